/**
 * The organisation a drawn post is of, when its title does not name it: a possessive before the
 * title (Gwalia Recycling's managing director; the company's chief executive, the body of that kind
 * named before), a possessive pronoun (its, ها), a minister's ministry, "of" after the name, or
 * "whose" after the body; and the membership a post of a body implies.
 */
import { organisationAt } from './organisations';
import { nameKeys } from '../knowledge';
import type { DrawContext, DrawnEvidence } from './context';
import { isSpeech, key, stemsOf, type TitleMatch } from './words';
import { PORTFOLIO_WORDS_EN, TITLE_MODIFIERS, possessiveBefore } from './postExtent';

/** Whether the organisation named in a title's words carries a possessive ('s): the post is then of a unit inside it. */
export function possessiveAfter(ctx: DrawContext, organisation: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (organisationAt(ctx, k) === organisation && organisationAt(ctx, k + 1) !== organisation && /^['’]s\s/.test(ctx.gap(k, k + 1))) return true;
  return false;
}

/**
 * The organisation whose possessive stands right before an English title: in apposition after the
 * name, "X, the opposition Labour Party's shadow home secretary" (at most three words between the
 * comma and it); before the name, "Gwalia Recycling's managing director, Sian Beddoe" (the owner
 * opening its clause or following a speech verb).
 */
export function possessiveOrganisation(ctx: DrawContext, titleStart: number, side: 'before' | 'after'): string | undefined {
  if (ctx.lang !== 'en') return undefined;
  let before = titleStart - 1;
  // Lower-case title words between the possessive and the title's head (Party's shadow foreign secretary).
  while (before > 0 && titleStart - before <= 2 && TITLE_MODIFIERS.has(ctx.tokens[before]!.key) && /^\s+$/.test(ctx.gap(before, before + 1))) before--;
  const organisation = organisationAt(ctx, before);
  if (!organisation || !/^['’]s\s/.test(ctx.gap(before, before + 1))) return undefined;
  let from = before;
  while (from > 0 && organisationAt(ctx, from - 1) === organisation) from--;
  if (side === 'before') {
    // Before the name: the owner opens its clause, or follows a speech verb (Alpine Lifts Group's chief executive, Marc Vernay, said; said the group's …).
    const previous = ctx.tokens[from - 1];
    return !previous || previous.clause !== ctx.tokens[from]!.clause || isSpeech(previous) || (previous.key === 'the' && (!ctx.tokens[from - 2] || ctx.tokens[from - 2]!.clause !== previous.clause)) ? organisation : undefined;
  }
  for (let k = from - 1; k >= 0 && from - k <= 3; k--) if (/[,،]/.test(ctx.gap(k, k + 1))) return organisation;
  return undefined;
}

/** English nouns that refer back to a body named before (the company's chief executive), with the kinds of body they refer to. */
const REFERRING_NOUNS: Readonly<Record<string, readonly string[]>> = {
  company: ['company', 'holding'], firm: ['company', 'holding'], group: ['company', 'holding'], business: ['company'], operator: ['company'], utility: ['company'],
  council: ['council'], ministry: ['ministry'], agency: ['agency'], club: ['club'], party: ['party'], union: ['union'], university: ['university'],
  bank: ['bank'],
};

/**
 * Whether a lower-case word between "the" and a referring noun names which body it is: "central"
 * before bank (the central bank's governor), a portfolio before ministry (the health ministry's
 * spokesman). Other words (the rival company's, the other bank's) may name another body.
 */
function bodyModifier(noun: string, modifier: string): boolean {
  return (noun === 'bank' && modifier === 'central') || (noun === 'ministry' && PORTFOLIO_WORDS_EN.has(modifier));
}

/**
 * Whether the drawn body `id` is the one "the central bank" or "the health ministry" names: a
 * central bank by its name (Bank of Ghana, Central Bank of Nigeria, Reserve Bank of India), a
 * ministry by its portfolio word in its English names.
 */
function namedBy(ctx: DrawContext, id: string, noun: string, modifier: string): boolean {
  const names = (ctx.out.organisations.find((organisation) => organisation.id === id)?.names as { en?: string[] } | undefined)?.en ?? [];
  if (noun === 'bank') return names.some((name) => /^(?:the )?(?:central |reserve |national )?bank of \p{Lu}/iu.test(name) || /\b(?:central|reserve) bank\b/i.test(name));
  return names.some((name) => name.toLowerCase().split(/[^a-z]+/).includes(modifier));
}

/**
 * The organisation a possessive pronoun in a title refers to (Its chief executive, Colin Ashby;
 * «رئيسها التنفيذي»; «مدير عملياتها، حسام الشريف»): the body named nearest before the title, in
 * its sentence or the one before. Unsure when those words name more than one body, or when the
 * pronoun is on the title's complement (its head of highways, «مدير عملياتها»): the post is then
 * of a unit inside the body, not of the body.
 */
export function pronounOrganisation(ctx: DrawContext, title: TitleMatch, start: number, end: number): { id: string; unsure: boolean } | undefined {
  const tokens = ctx.tokens;
  let pronoun: number | undefined;
  /** The kinds a definite noun with a possessive refers to (the company's chief executive): a body of those kinds named before. */
  let kinds: readonly string[] | undefined;
  /** With a word naming which body (the central bank's), whether a body of the kind is that one. */
  let named: ((id: string) => boolean) | undefined;
  if (ctx.lang === 'en') {
    for (const k of [start - 1, start]) if (tokens[k]?.key === 'its' && tokens[k].clause === tokens[title.start]!.clause && k < title.start) pronoun = k;
    // A place may stand between the noun's possessive and the title: the union's Western Australia secretary.
    let at = start;
    while (at > 0 && start - at < 3 && ctx.placeAt.has(at - 1) && !possessiveBefore(ctx, at)) at--;
    const noun = tokens[at - 1];
    // One word may stand between "the" and the noun when it names which body (the central bank's, the health ministry's).
    const modifier = tokens[at - 2] && tokens[at - 3]?.key === 'the' && /^[a-z]+ $/.test(ctx.article.slice(tokens[at - 2]!.oStart, tokens[at - 1]!.oStart)) ? tokens[at - 2]!.key : undefined;
    if (pronoun === undefined && noun && possessiveBefore(ctx, at) && (tokens[at - 2]?.key === 'the' || (modifier && bodyModifier(noun.key, modifier))) && REFERRING_NOUNS[noun.key]) {
      pronoun = at - 1;
      kinds = REFERRING_NOUNS[noun.key];
      if (tokens[at - 2]?.key !== 'the') named = (id) => namedBy(ctx, id, noun.key, modifier!);
    }
  } else {
    for (let k = title.start; k < end && pronoun === undefined; k++) if (/^.{3,}ها$/.test(tokens[k]!.key) && ctx.personAt[k] === -1) pronoun = k;
  }
  if (pronoun === undefined) return undefined;
  // On the head (رئيسها, المتحدث باسمها, رئيس مجلس إدارتها: the title's own words) or right before
  // it (its chief executive), the post is the body's; on a complement after them (مدير عملياتها), a unit's.
  const ofUnit = ctx.lang === 'en' ? tokens.slice(title.end, end).some((t) => t.key === 'of') : pronoun >= title.end && tokens[pronoun]!.key !== key('باسمها');
  const sentence = tokens[start]!.sentence;
  const found: string[] = [];
  // A noun of a kind (the company's) reaches further back than a pronoun, to the bodies of its kind.
  for (let k = Math.min(start, pronoun) - 1; k >= 0 && tokens[k]!.sentence >= sentence - (kinds ? 4 : 1); k--) {
    const id = organisationAt(ctx, k);
    const kind = id && kinds ? String(ctx.out.organisations.find((organisation) => organisation.id === id)?.kind) : undefined;
    if (id && !found.includes(id) && (!kinds || kinds.includes(kind!)) && (!named || named(id))) found.push(id);
  }
  return found.length === 0 ? undefined : { id: found[0]!, unsure: found.length > 1 || ofUnit };
}

/**
 * The person a possessive "his" or "her" right before a deputy's title refers to ("Governor Fethi
 * Nouri and his deputy governor, Nadia Gamha"): the person named nearest before it in its sentence,
 * as an index of `ctx.people`. The deputy's post is then of that person's organisation, read once all
 * posts are drawn. English only; -1 when there is none.
 */
export function possessorOfDeputy(ctx: DrawContext, start: number): number {
  const tokens = ctx.tokens;
  const pronoun = tokens[start - 1];
  if (ctx.lang !== 'en' || !pronoun || !['his', 'her'].includes(pronoun.key) || pronoun.clause !== tokens[start]!.clause) return -1;
  for (let k = start - 2; k >= 0 && tokens[k]!.sentence === pronoun.sentence && start - k <= 12; k--) if (ctx.personAt[k] !== -1) return ctx.personAt[k]!;
  return -1;
}

/**
 * The one drawn ministry of a minister's portfolio: وزير التربية → وزارة التربية (the word after
 * the title), Education Minister → the Ministry of Education (the word before it).
 */
export function ministryOf(ctx: DrawContext, title: TitleMatch, start: number): string | undefined {
  if (title.entry.role !== 'minister') return undefined;
  const word = ctx.lang === 'ar' ? ctx.tokens[title.end] : start < title.start ? ctx.tokens[title.start - 1] : undefined;
  if (!word || word.sentence !== ctx.tokens[title.start]!.sentence) return undefined;
  const stems = new Set(stemsOf(word));
  const found = ctx.out.organisations.filter((organisation) => {
    if (organisation.kind !== 'ministry') return false;
    const names = organisation.names as { ar?: string[]; en?: string[] };
    return [...(names.ar ?? []), ...(names.en ?? [])].some((name) => nameKeys(name).some((k, i) => i > 0 || ctx.lang === 'en' ? stems.has(k) : false));
  });
  return found.length === 1 ? found[0]!.id : undefined;
}

/** English heads of a councillor's title (folded). */
const COUNCILLOR_HEADS = new Set(['councillor', 'councilor']);

/**
 * The council a councillor whose title names none sits on, when the article names one council
 * and only one ("The council's cabinet member for health, Farida Begum, a Labour councillor for
 * Sparkhill": Birmingham City Council): an English councillor's title names a ward, not the
 * council, and a story of one council quotes that council's members. None with two councils.
 */
export function soleCouncil(ctx: DrawContext, title: TitleMatch): string | undefined {
  if (ctx.lang !== 'en' || title.end - title.start !== 1 || !COUNCILLOR_HEADS.has(ctx.tokens[title.start]!.key)) return undefined;
  const councils = ctx.out.organisations.filter((organisation) => organisation.kind === 'council');
  return councils.length === 1 ? councils[0]!.id : undefined;
}

/** Kinds of bodies that a person "of" them belongs to without holding a post of them (the city's mayor, Ruth Kemp of the Labour Party). */
const PARTY_KINDS = new Set(['party', 'movement', 'bloc', 'alliance']);

/**
 * The body named right after a name that a title stands right before, with "of" (Chief
 * Superintendent Owen Pugh of South Wales Police): the title's organisation. Not a party, which
 * the person belongs to whatever the post, nor after a title set off by a comma. English only;
 * Arabic names the body inside the title (مدير مستشفى X فلان).
 */
export function bodyOfAfterName(ctx: DrawContext, titleEnd: number, nameStart: number, nameEnd: number): string | undefined {
  const tokens = ctx.tokens;
  if (ctx.lang !== 'en' || titleEnd !== nameStart || !/^ +$/.test(ctx.gap(nameStart - 1, nameStart))) return undefined;
  if (tokens[nameEnd]?.key !== 'of' || !/^ +$/.test(ctx.gap(nameEnd - 1, nameEnd)) || tokens[nameEnd].clause !== tokens[nameEnd - 1]!.clause) return undefined;
  const k = tokens[nameEnd + 1]?.key === 'the' ? nameEnd + 2 : nameEnd + 1;
  const organisation = organisationAt(ctx, k);
  const kind = ctx.out.organisations.find((fact) => fact.id === organisation)?.kind;
  return organisation && organisationAt(ctx, k - 1) !== organisation && !PARTY_KINDS.has(String(kind)) ? organisation : undefined;
}

/**
 * The body named right before a title, with only a space between, before a name (Bank of England
 * Governor Andrew Bailey, NNPC chief executive Bayo Ojulari): the title's organisation. Not a party,
 * which the person belongs to whatever the post (Labour MP X). English only.
 */
export function attributiveOrganisation(ctx: DrawContext, start: number): string | undefined {
  const tokens = ctx.tokens;
  if (ctx.lang !== 'en' || start < 1 || tokens[start - 1]!.clause !== tokens[start]!.clause || !/^ +$/.test(ctx.gap(start - 1, start))) return undefined;
  const organisation = organisationAt(ctx, start - 1);
  const kind = ctx.out.organisations.find((fact) => fact.id === organisation)?.kind;
  return organisation && !PARTY_KINDS.has(String(kind)) ? organisation : undefined;
}

/**
 * The organisation whose relative "whose" opens the title before a name: "Medecins Sans
 * Frontieres, whose director general, Christos Christou, visited Mali" (the body right before the
 * comma and "whose"). English only.
 */
export function whoseOrganisation(ctx: DrawContext, start: number): string | undefined {
  const tokens = ctx.tokens;
  if (ctx.lang !== 'en' || start < 2 || tokens[start - 1]!.key !== 'whose' || !/^\s*,\s*$/.test(ctx.gap(start - 2, start - 1)) || !/^ $/.test(ctx.gap(start - 1, start))) return undefined;
  return organisationAt(ctx, start - 2);
}

/** Draws that a person holding a post of an organisation (its possessive) is a member of it. */
export function drawMembership(ctx: DrawContext, member: string, organisation: string, evidence: DrawnEvidence[]): void {
  if (ctx.out.affiliations.some((fact) => fact.member === member && fact.organisation === organisation)) return;
  ctx.out.affiliations.push({ id: ctx.id(`${member}-member-of-${organisation}`), member, relation: 'member-of', organisation, evidence });
}

/** Arabic definite kind nouns that name a body named before (مديرة المشاريع في الوزارة), with the kinds of body each refers to. */
const AR_REFERRING_NOUNS: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      ['الوزارة', ['ministry']],
      ['الشركة', ['company', 'holding']],
      ['الهيئة', ['agency', 'authority', 'regulator']],
      ['المجلس', ['council']],
      ['الجامعة', ['university']],
      ['البنك', ['bank']],
      ['المصرف', ['bank']],
      ['النادي', ['club']],
    ] as const
  ).map(([noun, kinds]) => [key(noun), kinds]),
);

/**
 * The body an Arabic title names by a definite kind noun alone («مدير الطرق الريفية في الوزارة»,
 * «أمين عام الوزارة», «مديرة الشركة»): the body of that kind its sentence names nearest before the
 * title, else the one body of that kind the article names before it. The noun must end the
 * title's words. None when the article names several before it and the sentence none: which one
 * is meant is not read.
 */
export function kindNounOrganisation(ctx: DrawContext, start: number, end: number): string | undefined {
  const tokens = ctx.tokens;
  if (ctx.lang !== 'ar') return undefined;
  // The noun ends the title's words: with words of its own after it (المجلس الأعلى للطرق) it
  // is the name of a body drawing did not read, not a reference.
  const last = tokens[end - 1];
  if (end <= start || !last || organisationAt(ctx, end - 1)) return undefined;
  const kinds = stemsOf(last)
    .map((stem) => AR_REFERRING_NOUNS.get(stem))
    .find((found) => found !== undefined);
  if (!kinds) return undefined;
  const sentence = tokens[start]!.sentence;
  const found: string[] = [];
  let inSentence: string | undefined;
  for (let k = start - 1; k >= 0; k--) {
    const id = organisationAt(ctx, k);
    if (!id || found.includes(id) || !kinds.includes(String(ctx.out.organisations.find((organisation) => organisation.id === id)?.kind))) continue;
    found.push(id);
    if (tokens[k]!.sentence === sentence) inSentence ??= id;
  }
  return inSentence ?? (found.length === 1 ? found[0] : undefined);
}
