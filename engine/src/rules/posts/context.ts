/**
 * What the post and affiliation checks share for one draft: its mentions and titles, one report
 * function that drops a second finding on the same range (the checks run in order, so an earlier
 * one wins), and the helpers that compare organisations and a title's words with the fact base.
 */
import type { Analysis, Token } from '../../analysis';
import { nameKeys, stems, tokenStems, type Entity, type KnowledgeIndex } from '../../knowledge';
import { contentStem } from '../../text/stem';
import type { Mention } from '../../mentions';
import { nationalityOf, FILLER, type Title } from '../../titles';
import { ACTING_AFTER, NATIONALITIES, PORTFOLIO_COMPANIONS, PORTFOLIOS, PRESENT_TITLE_WORDS, ROLE_FAMILY, TITLE_SKIP } from '../../lexicon/words';
import type { Draft } from '../../findingBuilder';
import type { Organisation, Post } from '../../factBase/schema';
import { HOUSE_MEMBER_HEADS } from '../../lexicon/parties';
import { canonicalNames } from '../../names';
import { referenceNames } from './titleReference';
import { wrongAffiliation, wrongPost, type PersonNamed } from '../../messages';

/** Organisation kinds whose membership is an affiliation rather than a post. */
export const POLITICAL_KINDS = new Set(['movement', 'faction', 'bloc', 'alliance', 'party', 'coalition']);

/** A finding of either category, before its rule id is set. */
export type PostDraft = Omit<Draft, 'ruleId'>;

/** The draft, its mentions and titles, and the report function every check writes to. */
export interface PostContext {
  analysis: Analysis;
  knowledge: KnowledgeIndex;
  tokens: Token[];
  /** Every mention of a known name. */
  all: Mention[];
  people: Mention[];
  nonPeople: Mention[];
  allTitles: Title[];
  /** Reports a finding of `post-holder` ('role') or `affiliation`, unless its range was reported. */
  push: (category: 'role' | 'affiliation', draft: PostDraft) => void;
  /** How many findings were reported so far. */
  reported: () => number;
}

export function orgChain(knowledge: KnowledgeIndex, key: string): string[] {
  const chain: string[] = [];
  let current: Entity | undefined = knowledge.entity(key);
  for (let depth = 0; current && depth < 8; depth++) {
    chain.push(current.key);
    current = knowledge.resolve(current, (current.fact as Organisation).parent);
  }
  return chain;
}

const countriesCache = new WeakMap<KnowledgeIndex, Map<string, Set<string>>>();

/**
 * The countries of the posts held in each organisation or in a body below it (a ministry's
 * minister is the government's too), once per index.
 */
function countriesByOrganisation(knowledge: KnowledgeIndex): Map<string, Set<string>> {
  let map = countriesCache.get(knowledge);
  if (map) return map;
  map = new Map();
  for (const post of knowledge.posts) {
    const country = post.fact.country;
    const org = knowledge.resolve<Organisation>(post, post.fact.organisation);
    if (!country || !org) continue;
    for (const key of orgChain(knowledge, org.key)) map.set(key, new Set([...(map.get(key) ?? []), country]));
  }
  countriesCache.set(knowledge, map);
  return map;
}

/**
 * Whether a government named in a person's title is another country's: its posts name countries,
 * and none of them is the country of any of the person's posts ("UK government spokeswoman" for
 * the Rwandan government's). A government the fact base gives no post with a country is not judged.
 */
export function anotherCountrysGovernment(knowledge: KnowledgeIndex, government: string, posts: readonly Entity<Post>[]): boolean {
  const theirs = countriesByOrganisation(knowledge).get(government);
  const own = posts.map((post) => post.fact.country).filter((country): country is string => !!country);
  return !!theirs && own.length > 0 && !own.some((country) => theirs.has(country));
}

/** Whether organisation mention `mentioned` is `expected`, one of its parents or one of its wings. */
export function sameOrRelated(knowledge: KnowledgeIndex, mentioned: string, expected: string): boolean {
  const up = orgChain(knowledge, expected);
  if (up.some((key) => knowledge.same(key, mentioned))) return true;
  const down = orgChain(knowledge, mentioned);
  return down.some((key) => knowledge.same(key, expected));
}

/** Words of a title's specifier that never say which post it is (fillers, body and place nouns, words of acting office, words of now). */
export const CONTENT_SKIP = new Set([...FILLER, ...TITLE_SKIP, ...ACTING_AFTER, ...PRESENT_TITLE_WORDS.keys()]);

export function contentTokens(tokens: Token[], from: number, to: number): Token[] {
  const out: Token[] = [];
  for (let k = from; k < to; k++) {
    const token = tokens[k]!;
    if (token.script === 'other' || token.script === 'digit') continue;
    if (CONTENT_SKIP.has(token.key) || nationalityOf(token)) continue;
    if (token.key.length < 2) continue;
    out.push(token);
  }
  return out;
}

export function keySet(texts: string[]): Set<string> {
  const set = new Set<string>();
  for (const text of texts) for (const key of nameKeys(text)) {
    set.add(key);
    for (const { stem } of stems(key)) set.add(stem);
    if (key.endsWith('s')) set.add(key.slice(0, -1));
    const content = arabicContentStem(key);
    if (content) set.add(CONTENT_MARK + content);
  }
  return set;
}

/** Marks a light stem in a key set, so that it meets only another word's light stem, never a whole word. */
const CONTENT_MARK = '~';

/**
 * The light stem of an Arabic word of four letters or more (`text/stem.ts`): a sound plural in
 * construct and its definite form meet (فلاحي المنطقة, الفلاحين: فلاح).
 */
function arabicContentStem(key: string): string | undefined {
  if (!/^[\u0621-\u064a]/.test(key)) return undefined;
  const content = contentStem(key);
  return content && content.length >= 4 ? content : undefined;
}

/**
 * The portfolio words of each meaning (PORTFOLIOS) with their companions, folded, by each of the
 * meaning's own forms (a companion alone names no portfolio).
 */
const PORTFOLIO_ROWS = new Map<string, readonly string[]>();
for (const [name, forms] of Object.entries(PORTFOLIOS)) {
  const keys = forms.flatMap((form) => nameKeys(form));
  const row = [...keys, ...(PORTFOLIO_COMPANIONS[name] ?? []).flatMap((form) => nameKeys(form))];
  for (const key of keys) PORTFOLIO_ROWS.set(key, [...(PORTFOLIO_ROWS.get(key) ?? []), ...row]);
}

/**
 * `set` with the other words of each portfolio it holds, in both languages: a post whose title
 * says "Home Secretary" or «وزيرة الداخلية» is called the interior minister too.
 */
export function withPortfolioWords(set: Set<string>): Set<string> {
  for (const key of [...set]) for (const other of PORTFOLIO_ROWS.get(key) ?? []) {
    set.add(other);
    for (const { stem } of stems(other)) set.add(stem);
  }
  return set;
}

/** Whether a draft token is a portfolio word of the table (finance, «المالية»), by its key or a stem. */
export function portfolioWord(token: Token): boolean {
  return PORTFOLIO_ROWS.has(token.key) || tokenStems(token).some(({ stem }) => PORTFOLIO_ROWS.has(stem));
}

export function inSet(set: ReadonlySet<string>, token: Token): boolean {
  if (set.has(token.key)) return true;
  // The article may be left off or put on a name: «صادقون» for الصادقون.
  if (set.has('ال' + token.key) || (token.key.startsWith('ال') && set.has(token.key.slice(2)))) return true;
  for (const { stem } of tokenStems(token)) if (set.has(stem)) return true;
  const content = arabicContentStem(token.key);
  if (content && set.has(CONTENT_MARK + content)) return true;
  return set.has(token.key.replace(/s$/, ''));
}

export function nationalityWord(country: string, draftToken: Token, analysis: Analysis, lang: 'ar' | 'en'): string {
  const forms = NATIONALITIES[country];
  if (!forms) return country;
  if (lang === 'en') return country === 'US' ? 'US' : forms.en[0]![0]!.toUpperCase() + forms.en[0]!.slice(1);
  const written = analysis.text.slice(draftToken.oStart, draftToken.oEnd);
  const feminine = /[ةه]$/.test(draftToken.key) || /ة$/.test(written);
  const definite = draftToken.key.startsWith('ال');
  const word = feminine ? forms.ar.f : forms.ar.m;
  return definite ? word : word.replace(/^ال/, '');
}


/**
 * A post of the person at the organisation the title names, when the title's kind of post differs.
 * A reference to the organisation ("the ministry's secretary-general", «الأمين العام للوزارة»)
 * names it too, when it is all that follows the head: a title that goes on ("the ministry's head
 * of rural support") may name a unit of it.
 */
export function sameOrgPost(knowledge: KnowledgeIndex, title: Title, posts: Entity<Post>[], tokens: Token[], referenced?: Mention): Entity<Post> | undefined {
  if (title.family !== 'leads' && title.family !== 'member' && title.family !== 'deputy' && title.family !== 'staff') return undefined;
  for (const post of posts) {
    if (ROLE_FAMILY[post.fact.role] === title.family) continue;
    const org = knowledge.resolve<Organisation>(post, post.fact.organisation);
    if (!org) continue;
    // "Labour MP": the party is the member's side, not the body of the membership.
    if (POLITICAL_KINDS.has(org.fact.kind) && HOUSE_MEMBER_HEADS.has(title.head.words[0]!)) continue;
    if (title.organisations.some((mention) => knowledge.same(mention.entity, org.key))) return post;
    // A reference that fits the body only by its class («عضو المجلس» for the chair of a council's
    // committee) may mean the larger body the person is a member of: it names no post to compare.
    if (referenced && referencedAlone(title) && knowledge.same(referenced.entity, org.key) && namedByReference(title, org.fact)) return post;
    const content = contentTokens(tokens, title.specStart, title.specEnd);
    if (content.length >= 2) {
      const allowed = keySet([...org.fact.names.ar, ...org.fact.names.en]);
      if (content.every((token) => inSet(allowed, token))) return post;
    }
  }
  return undefined;
}

/** Whether the title's reference names the organisation itself: a pronoun for the body named before it, or a noun of its kind or name. */
function namedByReference(title: Title, org: Organisation): boolean {
  const noun = title.reference!.noun;
  return noun === 'its' || noun === 'ها' || referenceNames(noun, org);
}

/** Whether nothing but the reference to an organisation goes with the title's head: "the ministry's secretary-general", «الأمين العام للوزارة». */
function referencedAlone(title: Title): boolean {
  const reference = title.reference;
  if (!reference) return false;
  return title.lang === 'en' ? reference.tokenEnd === title.headStart && title.end === title.headEnd : reference.tokenStart === title.headEnd && title.end === reference.tokenEnd;
}

/**
 * The expected organisation's name that fits where the draft wrote the wrong one: without a kind
 * noun the draft already has before it (كتلة «بدر» → الصادقون, not كتلة الصادقون).
 */
export function nameFitting(knowledge: KnowledgeIndex, key: string, lang: 'ar' | 'en', before: Token | undefined): string {
  const names = knowledge.entity<Organisation>(key)?.fact.names[lang] ?? [];
  if (before) {
    const previous = tokenStems(before).map((s) => s.stem);
    const fitting = names.filter((name) => {
      const first = nameKeys(name)[0] ?? '';
      return !previous.includes(first);
    });
    const reduced = names.map((name) => {
      const keys = nameKeys(name);
      return previous.includes(keys[0] ?? '') ? name.split(/\s+/).slice(1).join(' ') : undefined;
    }).find((name): name is string => !!name && name.length > 0);
    if (reduced) return reduced;
    if (fitting[0]) return fitting[0];
  }
  return knowledge.canonicalName(key, lang);
}

/** The words of the post's title that differ from the title head: الدفاع for وزير الدفاع. */
export function expectedSpecifier(post: Entity<Post>, lang: 'ar' | 'en', title: Title, knowledge: KnowledgeIndex, shared: Set<string>): string | undefined {
  const head = new Set(title.head.words);
  for (const form of post.fact.title[lang]) {
    const words = form.split(/\s+/).map((word) => word.replace(/[«»"“”]/g, '')).filter(Boolean);
    const keys = words.map((word) => nameKeys(word)[0] ?? '');
    // A nationality the draft's title writes itself stays out of the fix (وزير الخارجية الأردني → العمل, not «العمل الأردني»).
    const ownNationality = (key: string) => !!title.nationality && !!nationalityOf({ key } as Token);
    const rest = words.filter((_, index) => !head.has(keys[index]!) && !FILLER.has(keys[index]!) && !shared.has(keys[index]!) && !CONTENT_SKIP.has(keys[index]!) && !ownNationality(keys[index]!));
    if (rest.length > 0 && rest.length < words.length) return rest.join(' ');
  }
  const org = knowledge.resolve<Organisation>(post, post.fact.organisation);
  return org?.fact.names[lang][0];
}

/** Whether a post is held now: neither marked former nor given an end (`until`). */
export function heldNow(post: Entity<Post>): boolean {
  return post.fact.status !== 'former' && !post.fact.until;
}

/**
 * Reports the draft's title from token `start` to `end` as a wrong post of the person's `post`,
 * fixed with the post's title only when it is the person's one post held now (`single`).
 */
export function reportWrongTitle(ctx: PostContext, post: Entity<Post>, personName: PersonNamed, at: { start: number; end: number; lang: PostDraft['lang']; single: boolean }): void {
  const { analysis, knowledge, tokens, push } = ctx;
  const range = { start: tokens[at.start]!.oStart, end: tokens[at.end - 1]!.oEnd };
  const expected = at.single ? post.fact.title[at.lang][0] : undefined;
  push('role', wrongPostDraft(knowledge, post, personName, { range, lang: at.lang, actual: analysis.text.slice(range.start, range.end), expected }));
}

/**
 * The finding of a wrong post given to a known person: the range the draft's title spans, the
 * post the fact base gives, and the draft's words replaced by `expected` when there is one.
 */
export function wrongPostDraft(
  knowledge: KnowledgeIndex,
  post: Entity<Post>,
  person: PersonNamed,
  at: { range: { start: number; end: number }; lang: PostDraft['lang']; actual: string; expected: string | undefined },
): PostDraft {
  const { range, lang, actual, expected } = at;
  return {
    range,
    lang,
    message: wrongPost({ person, title: canonicalNames(post.fact.title, post.id), actual }),
    actual,
    expected,
    fix: expected ? { text: expected } : undefined,
    factId: post.id,
    evidence: knowledge.evidenceOf(post.key),
  };
}

/**
 * Reports the party words from `first` to `last` that name another party than the person's
 * (`parties`, the first of them in the message), fixed with `word` (their own party's word or
 * adjective) when there is one, else expecting the party's name.
 */
export function reportPartyWord(ctx: PostContext, first: Token, last: Token, parties: readonly Entity<Organisation>[], personName: PersonNamed, lang: 'ar' | 'en', word: string | undefined): void {
  const { analysis, knowledge, push } = ctx;
  const party = parties[0]!;
  const actual = analysis.text.slice(first.oStart, last.oEnd);
  push('affiliation', {
    range: { start: first.oStart, end: last.oEnd },
    lang,
    message: wrongAffiliation({ person: personName, organisation: knowledge.names(party.key), actual }),
    actual,
    expected: word ?? knowledge.canonicalName(party.key, lang),
    fix: word ? { text: word } : undefined,
    factId: party.id,
    evidence: knowledge.evidenceOf(party.key),
  });
}

/**
 * Reports words of a title that contradict the person's post (tokens `from..to`: a scope, an
 * area), with the words the post's own title writes there as the fix.
 */
export function reportPostWords(ctx: PostContext, person: Mention, post: Entity<Post>, written: string, from: number, to: number): void {
  const { analysis, knowledge, tokens, push } = ctx;
  const start = tokens[from]!.oStart;
  const end = tokens[to - 1]!.oEnd;
  const actual = analysis.text.slice(start, end);
  push('role', {
    range: { start, end },
    lang: tokens[from]!.script === 'ar' ? 'ar' : 'en',
    message: wrongPost({ person: knowledge.personNames(person.entity), title: canonicalNames(post.fact.title, post.id), actual }),
    actual,
    expected: written,
    fix: { text: written },
    factId: post.id,
    evidence: knowledge.evidenceOf(post.key),
  });
}
