/**
 * `post-holder` and `affiliation`: an organisation the fact base does not know, read by its
 * construction (شركة «مبادلة», الهيئة العامة للمنطقة الاقتصادية, Abu Dhabi Investment Authority,
 * Liberal Democrats), named in the title of a known person where the fact base gives that post
 * or tie to another organisation; and a body inside the right organisation (رئيس الجمعية العامة
 * للأمم المتحدة) named in the title of someone who holds another post there.
 */
import type { Analysis, Token } from '../../analysis';
import { nameKeys, tokenStems, type Entity, type KnowledgeIndex } from '../../knowledge';
import type { Mention } from '../../mentions';
import { HEADING_VERBS } from '../../lexicon/words';
import { FILLER, nationalityOf, type Title } from '../../titles';
import { ARABIC_HEADS_OF_ENGLISH, ARABIC_ORGANISATION_HEADS, CLASS_OF_KIND, ENGLISH_ORGANISATION_HEADS, INTERNATIONAL_DESCRIPTIONS, PARTY_NOUNS, type OrganisationClass } from '../../lexicon/organisations';
import type { Affiliation, Organisation, Post } from '../../factBase/schema';
import { arabicSkeleton, latinSkeletons } from '../../scope/skeleton';
import type { PersonNamed } from '../../messages';
import { wrongAffiliation, wrongOrganisation, wrongRepresented } from '../../messages';
import { wordKey } from '../../tokenKey';
import { crossScriptVerdict } from './crossScriptTie';
import { CONTENT_SKIP, POLITICAL_KINDS, inSet, keySet, orgChain, sameOrRelated, wrongPostDraft, type PostContext } from './context';

/** «لشؤون» (for the affairs of), which opens a spokesperson's portfolio after the party («لشؤون الصحة»). */
const FOR_AFFAIRS = wordKey('لشؤون');

/** An organisation named by its construction: its tokens, its head word's class, a known body next to it. */
export interface ConstructedOrganisation {
  tokenStart: number;
  tokenEnd: number;
  /** Index of the head word (شركة, Authority). */
  head: number;
  cls: OrganisationClass;
  /** A known organisation the phrase is a body of (الجمعية العامة «للأمم المتحدة», "UN" General Assembly). */
  partOf?: Mention;
}

/** The class of an organisation head word (its clitics and article stripped), if the token is one. */
export function organisationHead(analysis: Analysis, token: Token): OrganisationClass | undefined {
  if (token.script === 'ar') {
    for (const { stem } of tokenStems(token)) {
      const cls = ARABIC_ORGANISATION_HEADS.get(stem.replace(/^ال/, ''));
      if (cls) return cls;
    }
    return undefined;
  }
  if (token.script !== 'latin' || !/^[A-Z]/.test(analysis.text.slice(token.oStart, token.oEnd))) return undefined;
  return ENGLISH_ORGANISATION_HEADS.get(token.key);
}

/**
 * The first organisation named by construction in tokens [from, to) outside known mentions:
 * Arabic, a head word and the words after it up to a known organisation; English, a run of
 * capitalised words (with of, for, and inside) that holds a head word.
 */
export function constructedOrganisation(analysis: Analysis, from: number, to: number, known: readonly Mention[]): ConstructedOrganisation | undefined {
  const tokens = analysis.tokens;
  const index = mentionIndex(tokens.length, known);
  const knownAt = (k: number) => (index[k]! >= 0 ? known[index[k]!] : undefined);
  const capitalised = (k: number) => /^[A-Z]/.test(analysis.text.slice(tokens[k]!.oStart, tokens[k]!.oEnd));
  for (let k = from; k < to; k++) {
    if (knownAt(k)) continue;
    const cls = organisationHead(analysis, tokens[k]!);
    if (!cls) continue;
    if (tokens[k]!.script === 'ar') {
      let end = k + 1;
      // The name ends with its clause (حزب العمال، إن …).
      // A party's name ends before «لشؤون»: the portfolio after it is the title's (المتحدث باسم حزب العمال لشؤون الصحة).
      while (end < to && !knownAt(end) && !nationalityOf(tokens[end]) && tokens[end]!.clause === tokens[k]!.clause && !(cls === 'political' && tokens[end]!.key === FOR_AFFAIRS)) end++;
      // «المنظمة الدولية», «الهيئة الأممية»: a description of an international body, which refers
      // back to one the story names, is no name of another.
      if (end === k + 2 && INTERNATIONAL_DESCRIPTIONS.has(tokens[k + 1]!.key)) continue;
      const next = knownAt(end);
      return { tokenStart: k, tokenEnd: end, head: k, cls, partOf: next && next.kind === 'organisation' && next.tokenStart === end ? next : undefined };
    }
    let start = k;
    while (start > from && !knownAt(start - 1) && capitalised(start - 1)) start--;
    let end = k + 1;
    while (end < to && !knownAt(end) && (capitalised(end) || (['of', 'for', 'and'].includes(tokens[end]!.key) && end + 1 < to && capitalised(end + 1) && !knownAt(end + 1)))) end++;
    const before = start > from ? knownAt(start - 1) : undefined;
    let after: Mention | undefined;
    if (end + 1 < to && tokens[end]!.key === 'of') after = knownAt(tokens[end + 1]!.key === 'the' ? end + 2 : end + 1);
    const partOf = [before, after].find((mention) => mention && mention.kind === 'organisation');
    const head = lastEnglishHead(analysis, k, end);
    return { tokenStart: start, tokenEnd: end, head, cls: organisationHead(analysis, tokens[head]!) ?? cls, partOf };
  }
  return undefined;
}

/**
 * The head of an English name whose first head word is token `first`: English puts the head last
 * among the capitalised words before "of", "for" or "and", so the Centre Party is a party and the
 * Union Bank a bank, while the Centre for Policy Studies keeps its first word.
 */
function lastEnglishHead(analysis: Analysis, first: number, end: number): number {
  let head = first;
  for (let k = first + 1; k < end && !['of', 'for', 'and'].includes(analysis.tokens[k]!.key); k++) if (organisationHead(analysis, analysis.tokens[k]!)) head = k;
  return head;
}

const mentionIndexes = new WeakMap<readonly Mention[], Int32Array>();

/** The known mention (not a place) at each token, or -1, computed once per list of mentions. */
export function mentionIndex(length: number, known: readonly Mention[]): Int32Array {
  let index = mentionIndexes.get(known);
  if (index && index.length === length) return index;
  index = new Int32Array(length).fill(-1);
  known.forEach((mention, i) => {
    if (mention.kind === 'place') return;
    for (let k = mention.tokenStart; k < mention.tokenEnd && k < length; k++) index[k] = i;
  });
  mentionIndexes.set(known, index);
  return index;
}

/** What the check needs of one title given to one known person. */
export interface TitleOrganisationCheck {
  title: Title;
  lang: 'ar' | 'en';
  posts: Entity<Post>[];
  candidatePosts: Entity<Post>[];
  representsOrgs: Entity<Affiliation>[];
  personName: PersonNamed;
}

const RELATION_OF_FAMILY: Record<string, string> = { member: 'member-of', representative: 'represents', leads: 'leads' };

/**
 * Checks the organisation a title names by construction; returns whether it reported (the
 * title's specifier words are then not compared again).
 */
export function titleConstructedOrganisation(ctx: PostContext, check: TitleOrganisationCheck): boolean {
  const { analysis, knowledge, tokens, all } = ctx;
  const { title } = check;
  const found = constructedOrganisation(analysis, title.specStart, title.specEnd, all);
  if (!found) return false;
  // A head word alone before a known name is that name's own kind noun (حركة «عصائب أهل الحق»,
  // the X Party); a body of it has words of its own (الجمعية العامة للأمم المتحدة).
  if (found.partOf) return phraseContent(tokens, found).length > 0 && bodyOfOrganisation(ctx, check, found);
  const fromPosts = check.candidatePosts.length > 0;
  // A party named with the title of a person tied to no party ("a Conservative Party minister")
  // is the person's party, which the fact base does not name.
  const own = [...check.posts.map((post) => knowledge.resolve<Organisation>(post, post.fact.organisation)), ...check.representsOrgs.map((tie) => knowledge.resolve<Organisation>(tie, tie.fact.organisation))];
  if (found.cls === 'political' && !own.some((org) => !!org && CLASS_OF_KIND[org.fact.kind] === 'political')) return false;
  const expected = fromPosts
    ? check.candidatePosts.map((post) => knowledge.resolve<Organisation>(post, post.fact.organisation))
    : check.representsOrgs.filter((a) => a.fact.relation === RELATION_OF_FAMILY[title.family]).map((a) => knowledge.resolve<Organisation>(a, a.fact.organisation));
  // An organisation known only through a tie is compared with ties of its own class, and so is
  // a committee, council or board a verb of heading names: one may chair one beside one's post
  // («الذي يرأس لجنة وطنية للسلامة» for a minister).
  const chairs = found.cls === 'body' && title.head.words.length === 1 && HEADING_VERBS.has(title.head.words[0]!);
  const orgs = expected.filter((e): e is Entity<Organisation> => !!e).filter((e) => (fromPosts && !chairs) || CLASS_OF_KIND[e.fact.kind] === found.cls);
  if (orgs.length === 0) return false;
  // A member of a party («عضو حزب X», "a member of the X Party") is a tie, not the post of a
  // member of a council or house: the membership check compares the party with the person's.
  if (title.family === 'member' && found.cls === 'political' && !orgs.some((org) => CLASS_OF_KIND[org.fact.kind] === 'political')) return false;
  // An organisation the fact base names only in the other script («المحكمة البحرية» for the
  // Maritime Court, «شركة أطلس للشحن» for Atlas Shipping) cannot be told from its name here: only a
  // body of another class (a party for a court) is another body.
  let guessed = false;
  if (!namedInScript(orgs, tokens[found.head]!.script)) {
    // An Arabic phrase's own names (words without the article: «أشداون», «إرغون») are compared
    // with the English names by their consonants: one that matches is the body's name in Arabic,
    // whatever kind noun the draft gives it («شركة أتلانتيك دوك سيرفيسز» for Atlantic Dock
    // Services, which a drawing may call an agency by its last word); a phrase with none may be
    // the body's Arabic name when its kind noun is of the body's class, unless its words name
    // another party's side («حزب العمال» for a member of Plaid Cymru; crossScriptTie.ts).
    const names = tokens[found.head]!.script === 'ar' ? phraseContent(tokens, found).filter((token) => !/^(ال|بال|لل|وال|فال|كال)/.test(token.key) && token.key.length > 3) : [];
    if (names.some((token) => soundsLike(knowledge, orgs, token))) return false;
    // A party's phrase whose words name the person's party's side agrees with it, whatever words
    // run on after its name when no comma ends it («زعيم كتلة التحالف الديمقراطي الائتلاف …»).
    if (found.cls === 'political' && crossScriptVerdict(knowledge, phraseContent(tokens, found), orgs, found.cls) === 'agrees') return false;
    if (names.length === 0 && orgs.some((org) => CLASS_OF_KIND[org.fact.kind] === found.cls || !CLASS_OF_KIND[org.fact.kind]) && crossScriptVerdict(knowledge, phraseContent(tokens, found), orgs, found.cls) !== 'contradicts') return false;
    // A kind noun that translates the head word of the body's English name («مجلس» for a Board,
    // «جمعية» for an Association) may start its Arabic name: with no names of its own the phrase is
    // that name, and with words the English cannot be compared with («جمعية مزارعي الزيتون»
    // for the Olive Growers Association) it is only doubted (advice).
    if (translatesHead(knowledge, orgs, tokens[found.head]!)) {
      if (names.length === 0) return false;
      guessed = !namedAfterAnother(knowledge, orgs, tokens, found) && !namedAfterOtherPlace(knowledge, orgs, tokens, all, found);
    }
  }
  const content = phraseContent(tokens, found);
  if (content.length === 0) return false;
  const allowed = keySet([
    ...orgs.flatMap((org) => orgChain(knowledge, org.key).flatMap((key) => {
      const fact = knowledge.entity<Organisation>(key)!.fact;
      return [...fact.names.ar, ...fact.names.en];
    })),
    ...check.candidatePosts.flatMap((post) => [...post.fact.title.ar, ...post.fact.title.en]),
  ]);
  if (content.every((token) => inSet(allowed, token))) return false;
  const expectedOrg = orgs.find((org) => sharesHead(analysis, org, found)) ?? orgs[0]!;
  // A body of the post's own kind with other words (لجنة النزاهة for a member of لجنة الأمن
  // والدفاع): the differing words are reported by the specifier check.
  if (fromPosts && sharesHead(analysis, expectedOrg, found)) return false;
  reportOrganisation(ctx, check, found, expectedOrg, guessed);
  return true;
}

/** Whether an Arabic word has the consonants of a word of one of the organisations' English names. */
function soundsLike(knowledge: KnowledgeIndex, orgs: readonly Entity<Organisation>[], token: Token): boolean {
  const skeleton = arabicSkeleton(token.key);
  if (skeleton.length < 2) return false;
  return orgs.some((org) => orgChain(knowledge, org.key).some((key) => (knowledge.entity<Organisation>(key)?.fact.names.en ?? []).some((name) => nameKeys(name).some((word) => latinSkeletons(word).includes(skeleton)))));
}

const storySkeletonCache = new WeakMap<KnowledgeIndex, Map<string, string[]>>();

/**
 * The story's places and organisations by the consonant skeletons of the words of their English
 * names (three consonants or more), once per knowledge index.
 */
function storySkeletons(knowledge: KnowledgeIndex): Map<string, string[]> {
  let bySkeleton = storySkeletonCache.get(knowledge);
  if (bySkeleton) return bySkeleton;
  bySkeleton = new Map();
  for (const entity of knowledge.entities.values()) {
    if ((entity.kind !== 'place' && entity.kind !== 'organisation') || entity.factBase === undefined) continue;
    const names = (entity.fact as { names?: { en?: string[] } }).names?.en ?? [];
    for (const skeleton of new Set(names.flatMap((name) => nameKeys(name).flatMap((word) => latinSkeletons(word))))) {
      if (skeleton.length < 3) continue;
      const list = bySkeleton.get(skeleton) ?? [];
      list.push(entity.key);
      bySkeleton.set(skeleton, list);
    }
  }
  storySkeletonCache.set(knowledge, bySkeleton);
  return bySkeleton;
}

/**
 * Whether an Arabic body's name is made with another place or body of the story right after its
 * kind noun («هيئة كارديف الصحية», read by the consonants of Cardiff, for the Aneurin Bevan board):
 * it is another body, not a translation of the expected one's English name. A place after a
 * preposition («هيئة الإسعاف في ويلز») is where a body is, not its name, and is not read.
 */
function namedAfterAnother(knowledge: KnowledgeIndex, orgs: readonly Entity<Organisation>[], tokens: Token[], found: ConstructedOrganisation): boolean {
  const word = tokens[found.head + 1];
  if (!word || found.head + 1 >= found.tokenEnd || word.script !== 'ar' || word.key.length <= 3 || /^(ال|بال|لل|وال|فال|كال)/.test(word.key)) return false;
  const skeleton = arabicSkeleton(word.key);
  if (skeleton.length < 3) return false;
  const own = new Set(orgs.flatMap((org) => orgChain(knowledge, org.key)));
  return (storySkeletons(knowledge).get(skeleton) ?? []).some((key) => !own.has(key));
}

/** Nouns of a town or an area that may stand between a body's kind noun and its place («مجلس مدينة برمنغهام»). */
const TOWN_NOUNS = new Set(['مدينة', 'بلدية', 'محافظة', 'ولاية', 'مقاطعة', 'منطقة', 'إقليم'].map((word) => wordKey(word)));

/**
 * Whether an Arabic body's name holds a place («مجلس مدينة مانشستر») while every English name of
 * the expected body that holds a place holds another one (Birmingham City Council): a council,
 * authority or board named after one city is not the body of another. A body whose names hold no
 * place (the Welsh Ambulance Service) cannot be told from a place in the phrase, which may be
 * where it works, and a place after a preposition («هيئة الإسعاف في ويلز») is read by no one here.
 */
function namedAfterOtherPlace(knowledge: KnowledgeIndex, orgs: readonly Entity<Organisation>[], tokens: readonly Token[], all: readonly Mention[], found: ConstructedOrganisation): boolean {
  // The place stands right after the kind noun, or after one noun of a town («مجلس مدينة X»).
  const named = all.filter((mention) => mention.kind === 'place' && mention.tokenEnd <= found.tokenEnd && (mention.tokenStart === found.head + 1 || (mention.tokenStart === found.head + 2 && TOWN_NOUNS.has(tokens[found.head + 1]!.key))));
  if (named.length === 0) return false;
  const ownPlaces = orgs.flatMap((org) => orgChain(knowledge, org.key)).flatMap((key) => (knowledge.entity<Organisation>(key)?.fact.names.en ?? []).flatMap((name) => placesInName(knowledge, name)));
  if (ownPlaces.length === 0) return false;
  return named.every((mention) => ownPlaces.every((place) => !knowledge.placeWithin(mention.entity, place) && !knowledge.placeWithin(place, mention.entity)));
}

/** The places of the index named by one word or two of an English name (Birmingham, West Midlands). */
function placesInName(knowledge: KnowledgeIndex, name: string): string[] {
  const words = nameKeys(name);
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    for (const span of [2, 1]) {
      if (k + span > words.length) continue;
      const places = knowledge.placesNamed(words.slice(k, k + span).join(' '));
      if (places.length > 0) {
        out.push(...places);
        break;
      }
    }
  }
  return out;
}

/** Whether an Arabic head word translates the head word of an English name of one of the organisations (or a body above it). */
function translatesHead(knowledge: KnowledgeIndex, orgs: readonly Entity<Organisation>[], head: Token): boolean {
  if (head.script !== 'ar') return false;
  const heads = new Set(tokenStems(head).map((s) => s.stem.replace(/^ال/, '')));
  return orgs.some((org) =>
    orgChain(knowledge, org.key).some((key) =>
      (knowledge.entity<Organisation>(key)?.fact.names.en ?? []).some((name) => nameKeys(name).some((word) => [...(ARABIC_HEADS_OF_ENGLISH.get(word) ?? [])].some((arabic) => heads.has(arabic)))),
    ),
  );
}

/** Whether one of the organisations (or a body above it) has a name written in `script`. */
function namedInScript(orgs: readonly Entity<Organisation>[], script: Token['script']): boolean {
  const lang = script === 'ar' ? 'ar' : 'en';
  return orgs.some((org) => (org.fact.names[lang] ?? []).length > 0);
}

/** The words of the phrase that tell one organisation from another. */
export function phraseContent(tokens: Token[], found: ConstructedOrganisation): Token[] {
  const out: Token[] = [];
  for (let k = found.tokenStart; k < found.tokenEnd; k++) {
    const token = tokens[k]!;
    if (k === found.head || token.script === 'other' || token.script === 'digit' || token.key.length < 2) continue;
    if (CONTENT_SKIP.has(token.key) || FILLER.has(token.key)) continue;
    out.push(token);
  }
  return out;
}

/** Whether one of the organisation's names holds the phrase's head word (هيئة …, … Committee). */
function sharesHead(analysis: Analysis, org: Entity<Organisation>, found: ConstructedOrganisation): boolean {
  const head = analysis.tokens[found.head]!;
  const heads = new Set(tokenStems(head).map((s) => s.stem.replace(/^ال/, '')));
  return [...org.fact.names.ar, ...org.fact.names.en].some((name) => nameKeys(name).some((key) => heads.has(key.replace(/^ال/, ''))));
}

/**
 * Whether the organisation is a party the fact base knows by its name alone, none of whose names
 * holds a head word of its class (a name like Sinn Féin or Fatah), and the phrase's head is a
 * party's own noun (حزب, Party): the party is still the person's one of that kind, so another
 * party named by its kind noun is compared with it («العضوة في حزب الوسط»).
 */
function namedAloneOfHead(analysis: Analysis, org: Entity<Organisation>, found: ConstructedOrganisation): boolean {
  if (org.fact.kind !== 'party' || !tokenStems(analysis.tokens[found.head]!).some((s) => PARTY_NOUNS.has(s.stem.replace(/^ال/, '')))) return false;
  const cls = CLASS_OF_KIND[org.fact.kind];
  return [...org.fact.names.ar, ...org.fact.names.en].every((name) => nameKeys(name).every((key) => headClass(key) !== cls));
}

/** The class of an organisation's head word in either language, if the word is one. */
function headClass(key: string): OrganisationClass | undefined {
  return ARABIC_ORGANISATION_HEADS.get(key.replace(/^ال/, '')) ?? ENGLISH_ORGANISATION_HEADS.get(key);
}

function reportOrganisation(ctx: PostContext, check: TitleOrganisationCheck, found: ConstructedOrganisation, expected: Entity<Organisation>, advisory = false): void {
  const { analysis, knowledge, tokens, push } = ctx;
  const first = tokens[found.tokenStart]!;
  const start = first.oStart;
  const end = tokens[found.tokenEnd - 1]!.oEnd;
  // The message quotes the name without the draft's clitic (لشركة «…» → شركة «…»).
  const written = analysis.text.slice(start, end);
  const clitic = cliticOf(first);
  const actual = withoutClitic(written, clitic);
  const political = POLITICAL_KINDS.has(expected.fact.kind);
  const replacement = fittingName(analysis, first, found, expected, check.title.lang);
  push(political ? 'affiliation' : 'role', {
    range: { start, end },
    lang: check.lang,
    message: (political ? wrongAffiliation : check.candidatePosts.length === 0 && check.title.family === 'representative' ? wrongRepresented : wrongOrganisation)({
      person: check.personName,
      organisation: knowledge.names(expected.key),
      actual,
    }),
    actual,
    expected: replacement,
    fix: { text: replacement },
    factId: expected.id,
    evidence: [...knowledge.evidenceOf(expected.key), ...check.posts.flatMap((post) => knowledge.evidenceOf(post.key))].slice(0, 3),
    advisory,
  });
}

/** The expected organisation's name in the title's language, behind the draft's own clitic (لـ, بـ). */
function fittingName(analysis: Analysis, first: Token, found: ConstructedOrganisation, expected: Entity<Organisation>, lang: 'ar' | 'en'): string {
  const names = expected.fact.names[lang].length > 0 ? expected.fact.names[lang] : [...expected.fact.names.ar, ...expected.fact.names.en];
  const head = analysis.tokens[found.head]!;
  const heads = new Set(tokenStems(head).map((s) => s.stem.replace(/^ال/, '')));
  const name = names.find((n) => heads.has((nameKeys(n)[0] ?? '').replace(/^ال/, ''))) ?? names[0]!;
  if (lang !== 'ar') return name;
  return behindClitic(name, cliticOf(first));
}

/** An organisation's name as the draft wrote it, without its clitic (لشركة → شركة, للاتحاد → الاتحاد). */
export function withoutClitic(written: string, clitic: '' | 'لل' | 'ل' | 'ب'): string {
  if (clitic === 'لل') return 'ا' + written.slice(1);
  return clitic ? written.slice(1) : written;
}

/** A name written behind the draft's clitic: لـ before a name with ال keeps one lam (للاتحاد). */
export function behindClitic(name: string, clitic: '' | 'لل' | 'ل' | 'ب'): string {
  if (clitic === 'لل' || clitic === 'ل') return 'ل' + (name.startsWith('ال') ? name.slice(1) : name);
  if (clitic === 'ب') return 'ب' + name;
  return name;
}

/** The preposition an Arabic organisation head word is written behind: لل (لـ + ال), ل or ب. */
export function cliticOf(first: Token): '' | 'لل' | 'ل' | 'ب' {
  const key = first.key;
  if (first.script !== 'ar') return '';
  const isHead = (rest: string) => ARABIC_ORGANISATION_HEADS.has(rest.replace(/^ال/, ''));
  if (key.startsWith('لل') && isHead(key.slice(2))) return 'لل';
  if (key.startsWith('ل') && isHead(key.slice(1))) return 'ل';
  if (key.startsWith('ب') && isHead(key.slice(1))) return 'ب';
  return '';
}

/**
 * A body inside the person's own organisation (the General Assembly of the UN for its
 * Secretary-General): another post, unless the post's own title names that body.
 */
function bodyOfOrganisation(ctx: PostContext, check: TitleOrganisationCheck, found: ConstructedOrganisation): boolean {
  const { analysis, knowledge, tokens, push } = ctx;
  const { title } = check;
  const partOf = found.partOf!;
  const posts = check.candidatePosts.filter((post) => {
    const org = knowledge.resolve<Organisation>(post, post.fact.organisation);
    return !!org && sameOrRelated(knowledge, partOf.entity, org.key);
  });
  if (posts.length === 0) return false;
  const titleWords = keySet(posts.flatMap((post) => [...post.fact.title.ar, ...post.fact.title.en]));
  if (inSet(titleWords, tokens[found.head]!)) return false;
  const post = posts[0]!;
  const start = tokens[Math.min(title.headStart, found.tokenStart)]!.oStart;
  const end = tokens[Math.max(title.headEnd, found.tokenEnd) - 1]!.oEnd;
  const actual = analysis.text.slice(start, end);
  const expected = title.lang === 'ar' && found.tokenStart === title.headEnd ? titleWithoutOrganisation(knowledge, post, 'ar') : undefined;
  push('role', wrongPostDraft(knowledge, post, check.personName, { range: { start, end }, lang: check.lang, actual, expected }));
  return true;
}

/**
 * The words of a post's title before its organisation's name (الأمين العام of «الأمين العام للأمم
 * المتحدة», المديرة العالمية للعمليات في of «… في الاتحاد»), for a fix that keeps the draft's own
 * name of the organisation.
 */
export function titleWithoutOrganisation(knowledge: KnowledgeIndex, post: Entity<Post>, lang: 'ar' | 'en'): string | undefined {
  const org = knowledge.resolve<Organisation>(post, post.fact.organisation);
  if (!org) return undefined;
  const orgNames = [...org.fact.names.ar, ...org.fact.names.en].map((name) => nameKeys(name));
  for (const form of post.fact.title[lang]) {
    const words = form.split(/\s+/).filter(Boolean);
    const keys = words.map((word) => nameKeys(word)[0] ?? '');
    for (let i = 1; i < words.length; i++) {
      const rest = keys.slice(i);
      // A bare kind noun with the article ends the title alone (مدير شؤون الحج في الوزارة): the body's name opens with it without the article (وزارة الأوقاف).
      const firstForms = [rest[0]!, rest[0]!.replace(/^لل/, 'ال'), rest[0]!.replace(/^[لب]/, ''), ...(rest.length === 1 ? [rest[0]!.replace(/^(ال|لل)/, '')] : [])];
      const matches = orgNames.some((name) => rest.length <= name.length && firstForms.includes(name[0]!) && rest.slice(1).every((key, j) => name[j + 1] === key));
      if (matches) return words.slice(0, i).join(' ');
    }
  }
  return undefined;
}

/**
 * "Yvette Cooper of the Liberal Democrats", «فلان عن حزب …»: a known person tied by "of" (من,
 * عن for a party) to an organisation of the class of one of their own, which is not theirs.
 */
export function checkPersonOfOrganisation(ctx: PostContext): void {
  const { tokens, people } = ctx;
  for (const person of people) {
    const link = tokens[person.tokenEnd];
    if (!link || link.sentence !== tokens[person.tokenStart]!.sentence) continue;
    // "P of X", or in apposition "P, of X," (an English comma only: «فلان، من …» starts other clauses).
    const comma = link.clause !== tokens[person.tokenEnd - 1]!.clause;
    if (comma && !(link.key === 'of' && ctx.analysis.mask.slice(person.end, link.oStart).trim() === ',')) continue;
    const arabic = link.script === 'ar';
    if (!(arabic ? link.key === 'من' || link.key === 'عن' : link.key === 'of')) continue;
    compareTie(ctx, person, person.tokenEnd + 1, arabic ? 'ar' : 'en', false);
  }
}

/**
 * Compares the organisation named at token `from` (after an optional "the") with the
 * organisations of `person`'s posts and ties of the same class, and reports it when it is none
 * of them. An `explicit` tie (a member of, أحد قادة, النائب عن) may name a known organisation in
 * Arabic too, and is compared only with the person's organisations of the same kind (a party
 * with a party, a bloc with a bloc), or for an organisation the fact base does not know, with
 * those named with the same head word: a member of a bloc may belong to a party too. A cue that
 * ties a person to `only` one class of organisation ("joined" a party, "plays for" a club) is
 * compared only when the organisation is of that class.
 */
export function compareTie(ctx: PostContext, person: Mention, from: number, lang: 'ar' | 'en', explicit: boolean, only?: OrganisationClass): void {
  const { analysis, knowledge, tokens, all } = ctx;
  const arabic = lang === 'ar';
  if (tokens[from]?.key === 'the') from++;
  const orgs = personOrganisations(knowledge, person.entity);
  if (orgs.length === 0 || from >= tokens.length) return;
  let at = mentionIndex(tokens.length, all)[from] ?? -1;
  // An Arabic kind noun before a body known by its name alone (منظمة أطباء بلا حدود) is that body's.
  if (at < 0 && ARABIC_ORGANISATION_HEADS.has(tokens[from]!.key)) {
    const next = mentionIndex(tokens.length, all)[from + 1] ?? -1;
    if (next >= 0 && all[next]!.tokenStart === from + 1 && all[next]!.kind === 'organisation') [at, from] = [next, from + 1];
  }
  const known = at >= 0 && all[at]!.tokenStart === from && all[at]!.kind === 'organisation' ? all[at] : undefined;
  const found = known ? undefined : constructedOrganisation(analysis, from, Math.min(tokens.length, from + 6), all);
  if (found && (found.tokenStart !== from || found.partOf)) return;
  if (arabic && !explicit && (!found || found.cls !== 'political')) return;
  const knownKind = known ? knowledge.entity<Organisation>(known.entity)?.fact.kind : undefined;
  const cls = known ? CLASS_OF_KIND[knownKind ?? ''] : found?.cls;
  if (!cls || (only && cls !== only)) return;
  let sameClass = orgs.filter((org) => CLASS_OF_KIND[org.fact.kind] === cls);
  // An organisation named by construction in the other script than all the person's ones of its
  // class is read by its consonants and its party's side (crossScriptTie.ts).
  if (found && sameClass.length > 0 && !namedInScript(sameClass, tokens[found.head]!.script)) {
    if (crossScriptVerdict(knowledge, phraseContent(tokens, found), sameClass, cls) !== 'contradicts') return;
    reportOrganisation(ctx, { title: { lang, family: 'member' } as Title, lang, posts: [], candidatePosts: [], representsOrgs: [], personName: knowledge.personNames(person.entity) }, found, sameClass[0]!);
    return;
  }
  if (explicit && !only) sameClass = sameClass.filter((org) => (known ? org.fact.kind === knownKind : sharesHead(analysis, org, found!) || namedAloneOfHead(analysis, org, found!)));
  if (sameClass.length === 0) return;
  if (known) {
    if (orgs.some((org) => sameOrRelated(knowledge, known.entity, org.key))) return;
  } else if (found) {
    const content = phraseContent(tokens, found);
    const allowed = keySet(sameClass.flatMap((org) => [...org.fact.names.ar, ...org.fact.names.en]));
    if (content.length === 0 || content.every((token) => inSet(allowed, token))) return;
  } else return;
  const range = known ? { tokenStart: known.tokenStart, tokenEnd: known.tokenEnd, head: known.tokenStart, cls } : found!;
  const personName = knowledge.personNames(person.entity);
  reportOrganisation(ctx, { title: { lang, family: 'member' } as Title, lang, posts: [], candidatePosts: [], representsOrgs: [], personName }, range, sameClass[0]!);
}

/** The organisations of a person's posts and ties. */
function personOrganisations(knowledge: KnowledgeIndex, person: string): Entity<Organisation>[] {
  const out: Entity<Organisation>[] = [];
  for (const post of knowledge.postsByHolder.get(person) ?? []) {
    const org = knowledge.resolve<Organisation>(post, post.fact.organisation);
    if (org && post.fact.status !== 'former') out.push(org);
  }
  for (const tie of knowledge.affiliationsByMember.get(person) ?? []) {
    const org = knowledge.resolve<Organisation>(tie, tie.fact.organisation);
    if (org) out.push(org);
  }
  return out;
}
