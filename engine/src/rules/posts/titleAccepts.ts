/**
 * Which posts a title of each family names. A title names a post of its own family, and a few
 * titles name posts of other families too (ALSO_ACCEPTS); a verb of heading names any post that
 * heads its organisation (headingPosts).
 */
import { nameKeys, type Entity, type KnowledgeIndex } from '../../knowledge';
import type { Organisation, Post } from '../../factBase/schema';
import type { Title } from '../../titles';
import { CHAIRING_VERBS, DEPUTY_OF_FAMILIES, DEPUTY_WORDS, GENERIC_HEADS, HEADING_VERBS, ROLE_FAMILY, TITLE_HEADS, type RoleFamily } from '../../lexicon/words';

/**
 * Families whose titles a post of another family also accepts: a captain's title (قائد الفريق,
 * قائد المنتخب) for a post of role `leader`, which the guide long advised for an Arabic article's
 * captain, since قائد alone is a leader's title; a commissioner's title for the head of a service
 * (a police commissioner), a member of a commission (a European commissioner) or a director; a
 * mayor's title (رئيس بلدية) for the head of a council.
 */
const ALSO_ACCEPTS: Partial<Record<string, readonly string[]>> = { captain: ['leads'], commissioner: ['leads', 'member', 'director'], mayor: ['leads'] };

/**
 * The posts a staff title (a manager, a coordinator, «مسؤول») names: any post below an
 * organisation's head, a post the fact base gives as "other" (no family), a football club's
 * manager, who is its coach, and the head of a unit or a project, whom news calls its manager.
 * A chief executive, a managing director, a chair or a minister is no manager.
 */
const STAFF_POSTS = new Set(['director', 'member', 'deputy', 'spokesperson', 'adviser', 'representative', 'coach', 'leads']);

/** Whether a title of family `family` may name a post of role family `roleFamily`. */
export function titleAccepts(family: string, roleFamily: string | undefined): boolean {
  if (family === 'staff') return !roleFamily || STAFF_POSTS.has(roleFamily);
  return !!roleFamily && (roleFamily === family || !!ALSO_ACCEPTS[family]?.includes(roleFamily));
}

/**
 * Families of posts whose holder heads the post's organisation: its leader, chair, chief
 * executive or managing director, a prime minister (the government), a king, a mayor (the
 * council), a governor, a commissioner (a service). A minister heads a ministry only.
 */
const HEADING_FAMILIES = new Set(['leads', 'chair', 'chief-executive', 'managing-director', 'prime-minister', 'king', 'mayor', 'governor', 'commissioner']);

/**
 * The posts a verb of heading ("who heads Gwalia Recycling", «الذي يرأس وزارة النقل») or a
 * generic head with the body it heads ("head of Gwalia Recycling", «رئيس الشركة») names among the
 * person's: those that head their organisation. None for any other title.
 */
export function headingPosts(knowledge: KnowledgeIndex, title: Title, posts: readonly Entity<Post>[], bodyNamed = false): Entity<Post>[] {
  if (title.head.words.length !== 1) return [];
  const word = title.head.words[0]!;
  // A generic head names a heading post only with the body it heads: "head of Atlas Shipping",
  // «رئيسة شركة أطلس», "the firm's chief" (`bodyNamed`: a body the fact base does not know).
  if (!HEADING_VERBS.has(word) && !(GENERIC_HEADS.has(word) && (title.organisations.length > 0 || !!title.reference || bodyNamed))) return [];
  const verb = HEADING_VERBS.has(word);
  return posts.filter((post) => {
    const family = ROLE_FAMILY[post.fact.role];
    // "Who chairs X" names its chair or leader, not its chief executive or managing director.
    if (CHAIRING_VERBS.has(word)) return family === 'leads' || family === 'chair';
    // "Head of X" for its chief executive where someone else leads or chairs X names that other post.
    if (!verb && family && family !== 'leads' && family !== 'chair' && ledByAnother(knowledge, post)) return false;
    if (family && HEADING_FAMILIES.has(family)) return true;
    if (family === 'director' && (isDirectorGeneral(post) || directsWholeBody(knowledge, post))) return true;
    return family === 'minister' && knowledge.resolve<Organisation>(post, post.fact.organisation)?.fact.kind === 'ministry';
  });
}

/**
 * The head words of a director-general's title (folded keys): one person holds it and heads the body
 * (the WHO's, the BBC's; «المدير العام» of an authority or a company), where a director of a
 * department is one of many.
 */
const DIRECTOR_GENERAL_HEADS: readonly (readonly string[])[] = [['directorgeneral'], ['director', 'general'], ['المدير', 'العام'], ['مدير', 'عام'], ['المديره', 'العامه'], ['مديره', 'عامه']];

/** Whether the words `keys` hold a director-general's head words in a row. */
function holdsDirectorGeneral(keys: readonly string[]): boolean {
  return DIRECTOR_GENERAL_HEADS.some((head) => keys.some((_, i) => head.every((word, j) => keys[i + j] === word)));
}

/** Whether a director's post is a director-general's, by its titles (WHO Director-General, المدير العام لهيئة …). */
function isDirectorGeneral(post: Entity<Post>): boolean {
  return [...post.fact.title.en, ...post.fact.title.ar].some((form) => holdsDirectorGeneral(nameKeys(form)));
}

/** Whether a draft's title is a director-general's: its head is no more than those words. */
export function isDirectorGeneralTitle(title: Title): boolean {
  return title.family === 'director' && DIRECTOR_GENERAL_HEADS.some((head) => head.length === title.head.words.length && holdsDirectorGeneral(title.head.words));
}

/** A director's head words and the links of a title (folded keys), told apart from a body's words. */
const DIRECTOR_WORDS: ReadonlySet<string> = new Set(['director', 'مدير', 'مديره', 'المدير', 'المديره']);
const TITLE_LINKS: ReadonlySet<string> = new Set(['of', 'the', 'for']);

/**
 * Whether a director's post directs its whole organisation: a title of the director's word and the
 * body's own name and nothing else ("director of the Velmar Grain Board", «مديرة مديرية زراعة
 * سمرين»), so that its head is the body's head, where a director of a department ("director of
 * operations at X") is one of many.
 */
function directsWholeBody(knowledge: KnowledgeIndex, post: Entity<Post>): boolean {
  const org = knowledge.resolve<Organisation>(post, post.fact.organisation);
  if (!org) return false;
  const bodyWords = new Set([...org.fact.names.ar, ...org.fact.names.en].flatMap((name) => nameKeys(name)));
  return [...post.fact.title.en, ...post.fact.title.ar].some((form) => {
    const keys = nameKeys(form);
    const rest = keys.filter((word) => !DIRECTOR_WORDS.has(word) && !TITLE_LINKS.has(word));
    return rest.length < keys.length && rest.length > 0 && rest.every((word) => bodyWords.has(word) || bodyWords.has(word.replace(/^ال/, '')));
  });
}

/** Whether someone other than the post's holder holds a current post that leads or chairs its organisation. */
function ledByAnother(knowledge: KnowledgeIndex, post: Entity<Post>): boolean {
  const org = knowledge.resolve<Organisation>(post, post.fact.organisation);
  if (!org) return false;
  const holder = knowledge.resolve(post, post.fact.holder)?.key;
  return knowledge.postsAt(org.key).some((other) => {
    const family = ROLE_FAMILY[other.fact.role];
    return (family === 'leads' || family === 'chair') && other.fact.status !== 'former' && knowledge.resolve(other, other.fact.holder)?.key !== holder;
  });
}

const DEPUTY_KEYS: ReadonlySet<string> = new Set(DEPUTY_WORDS);

/**
 * The family of the post a deputy's title deputises for: the family of its head without the
 * deputy's word, first (deputy mayor, نائب وزير, نائب المحافظ) or last (الأمين العام المساعد), when
 * that is a head of a family that has deputies.
 */
export function deputisedFamily(title: Title): RoleFamily | undefined {
  const words = title.head.words;
  if (title.family !== 'deputy' || words.length < 2) return undefined;
  const rest = DEPUTY_KEYS.has(words[0]!) ? words.slice(1) : DEPUTY_KEYS.has(words[words.length - 1]!.replace(/^ال/, '')) ? words.slice(0, -1) : undefined;
  if (!rest) return undefined;
  const bare = rest.map((word, i) => (i === 0 && title.lang === 'ar' ? word.replace(/^ال/, '') : word));
  const head = TITLE_HEADS.find((h) => h.lang === title.lang && h.family !== 'deputy' && (sameWords(h.words, rest) || sameWords(h.words, bare)));
  return head && DEPUTY_OF_FAMILIES.has(head.family) ? head.family : undefined;
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, i) => word === b[i]);
}

/**
 * The person's post a deputy's title is given in place of: a post of the family the title
 * deputises for (a mayor called deputy mayor, a minister called نائب وزير), or, for a deputy of a
 * generic head (deputy head, نائب رئيس), a post that heads its organisation (a premier called
 * نائب رئيس الوزراء).
 */
export function deputisedPost(title: Title, posts: readonly Entity<Post>[]): Entity<Post> | undefined {
  const family = deputisedFamily(title);
  if (!family) return undefined;
  return posts.find((post) => {
    const own = ROLE_FAMILY[post.fact.role];
    if (!own || post.fact.status === 'former') return false;
    return titleAccepts(family, own) || (family === 'leads' && HEADING_FAMILIES.has(own));
  });
}
