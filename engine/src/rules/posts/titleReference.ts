/**
 * A title given through a reference to an organisation rather than its name: "the firm's chief
 * executive", "its managing director", «مديرة الشركة». The reference names the organisation the
 * story means by it: the one of the person's fact base whose name or kind is the reference's noun
 * (the council's, the agency's), else the one of the noun's class (a firm is a company), else, for
 * "its", the organisation named last before the title in the sentence. A reference the story
 * could mean more than one organisation by, or none, names none, and is not compared.
 */
import { nameKeys, type Entity } from '../../knowledge';
import type { Mention } from '../../mentions';
import type { Title } from '../../titles';
import type { Organisation } from '../../factBase/schema';
import { CLASS_OF_KIND, ORGANISATION_REFERENCES } from '../../lexicon/organisations';
import type { PostContext } from './context';

/** The organisations of the person's fact base the reference's noun fits, by name or kind, else by class. */
function candidates(ctx: PostContext, person: Mention, noun: string): Entity<Organisation>[] {
  const { knowledge } = ctx;
  const factBase = knowledge.entity(person.entity)?.factBase;
  if (!factBase) return [];
  const orgs = factBase.organisations.map((org) => knowledge.entity<Organisation>(`${factBase.id}:${org.id}`)).filter((org): org is Entity<Organisation> => !!org);
  const named = orgs.filter((org) => referenceNames(noun, org.fact));
  if (named.length > 0) return named;
  const cls = ORGANISATION_REFERENCES.get(noun);
  return cls ? orgs.filter((org) => CLASS_OF_KIND[org.fact.kind] === cls) : [];
}

/** The key of the one organisation of a list, when it holds no other. */
function onlyOne(orgs: readonly Entity<Organisation>[]): string | undefined {
  const keys = new Set(orgs.map((entity) => entity.key));
  return keys.size === 1 ? orgs[0]!.key : undefined;
}

/**
 * Of the organisations a reference's noun fits, those where the person holds a post: a writer who
 * says "the ministry's" of an official of one of the story's ministries means that official's own.
 */
function ownOrganisations(ctx: PostContext, person: Mention, orgs: readonly Entity<Organisation>[]): Entity<Organisation>[] {
  const { knowledge } = ctx;
  const own = new Set((knowledge.postsByHolder.get(person.entity) ?? []).map((post) => knowledge.resolve(post, post.fact.organisation)?.key));
  return orgs.filter((org) => own.has(org.key));
}

/**
 * Whether a reference's noun names the organisation itself, by its kind or a word of its name (the
 * ministry's, for a ministry), not only by the noun's class (a council's, for a committee).
 */
export function referenceNames(noun: string, org: Organisation): boolean {
  return org.kind === noun || [...org.names.ar, ...org.names.en].some((name) => nameHasNoun(name, noun));
}

/** Whether a name's folded words hold the noun, with or without the Arabic article. */
function nameHasNoun(name: string, noun: string): boolean {
  return nameKeys(name).some((key) => key === noun || key === 'ال' + noun);
}

/**
 * The organisation a pronoun ("its", Arabic ها) stands for: the one named last before the title in
 * its sentence, when no place is named between them (a place may be what the pronoun stands for:
 * «هيئة الميناء في بريطانيا … رئيسها»); for ها, only an organisation whose Arabic name starts with a
 * feminine noun (هيئة, وزارة, شركة), which that pronoun can stand for.
 */
function pronounOrganisation(ctx: PostContext, title: Title, feminine: boolean): Mention | undefined {
  const { tokens, nonPeople } = ctx;
  const sentence = tokens[title.start]!.sentence;
  const before = nonPeople.filter((m) => m.tokenEnd <= title.start && tokens[m.tokenStart]!.sentence === sentence && (m.kind === 'organisation' || m.kind === 'place'));
  const last = before[before.length - 1];
  if (!last || last.kind !== 'organisation') return undefined;
  if (feminine && !(last.form.lang === 'ar' && /ه$/.test(last.form.keys[0] ?? ''))) return undefined;
  // A body named before it by a reference noun alone ("Oman's telecoms regulator has awarded a
  // licence to Sahel Telecom, its chief executive said") fits the pronoun as well: neither is named.
  if (!feminine && referenceNounBefore(ctx, sentence, last.tokenStart)) return undefined;
  return last;
}

/** How far back a reference noun is looked for, in words: a sentence's subject, not a whole hostile line. */
const REFERENCE_REACH = 30;

/**
 * Whether a reference noun of an organisation (regulator, company), in no mention, stands in the
 * sentence before token `end`, within {@link REFERENCE_REACH} words.
 */
function referenceNounBefore(ctx: PostContext, sentence: number, end: number): boolean {
  const { tokens, nonPeople } = ctx;
  for (let k = end - 1; k >= 0 && end - k <= REFERENCE_REACH && tokens[k]!.sentence === sentence; k--) {
    if (ORGANISATION_REFERENCES.has(tokens[k]!.key) && !nonPeople.some((m) => m.tokenStart <= k && k < m.tokenEnd)) return true;
  }
  return false;
}

/** The organisation a title's reference names, as a mention over the reference's words. */
export function referencedOrganisation(ctx: PostContext, title: Title, person: Mention): Mention | undefined {
  const { tokens, knowledge } = ctx;
  const reference = title.reference;
  if (!reference || title.organisations.length > 0) return undefined;
  let org: string | undefined;
  // An Arabic pronoun stands on the head itself («رئيسها»): what a finding names is the
  // organisation it stands for, where the sentence names it.
  if (reference.noun === 'ها') return pronounOrganisation(ctx, title, true);
  if (reference.noun === 'its') {
    org = pronounOrganisation(ctx, title, false)?.entity;
  } else {
    org = onlyOne(candidates(ctx, person, reference.noun)) ?? onlyOne(ownOrganisations(ctx, person, candidates(ctx, person, reference.noun)));
  }
  if (!org) return undefined;
  const form = knowledge.nameForms.find((candidate) => candidate.entity === org);
  if (!form) return undefined;
  const first = tokens[reference.tokenStart]!;
  const last = tokens[reference.tokenEnd - 1]!;
  // An Arabic noun behind لـ (للشركة) starts after it, as a name's mention does.
  const start = first.key.startsWith('لل') ? first.oStart + 1 : first.oStart;
  return { kind: 'organisation', entity: org, form, tokenStart: reference.tokenStart, tokenEnd: reference.tokenEnd, start, end: last.oEnd, misspelt: undefined, lexicon: false };
}
