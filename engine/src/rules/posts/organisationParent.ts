/**
 * `affiliation`: an organisation said to belong to another than the one the fact base gives as
 * its `parent` (or a parent of that): «الجامعة العامة للتعليم الثانوي تابعة للاتحاد …», «…
 * المنضوية تحت لواء …», "X, a wing of Y", "X, part of Y", "X, which belongs to Y", and the English
 * possessive "Y's X". The other organisation may be one the fact base knows, or one named by its
 * construction (a head word such as اتحاد or Union) of the parent's class whose words are not the
 * parent's. A bare preposition right after the organisation («X في Y», «X بـY», "X at Y", "X in
 * Y", "X within Y") places it inside Y only when Y is a body the fact base knows and no chamber:
 * after such a preposition a constructed name may be an occasion or a place, and a parliament or a
 * council is where the organisation sits (a bloc in parliament). An organisation without a parent
 * in the fact base is not judged.
 */
import { tokenLang, type Token } from '../../analysis';
import { tokenStems, type Entity } from '../../knowledge';
import type { Mention } from '../../mentions';
import type { Organisation } from '../../factBase/schema';
import { CLASS_OF_KIND } from '../../lexicon/organisations';
import { nationalityOf } from '../../titles';
import { inSet, keySet, orgChain, sameOrRelated, type PostContext } from './context';
import { behindClitic, cliticOf, constructedOrganisation, mentionIndex, phraseContent, type ConstructedOrganisation, withoutClitic } from './unknownOrganisation';
import { NOT_NAMES } from '../../lexicon/functionWords';
import { wrongParent } from '../../messages';
import { wordKey } from '../../tokenKey';

/** Arabic words after which the parent follows behind لـ: تابعة لـ, التابع لـ (folded). */
const AR_BELONGS_LAM = new Set(['تابعة', 'التابعة', 'تابع', 'التابع', 'تابعتان', 'التابعتين'].map(wordKey));
/** Arabic words after which a preposition and then the parent follow: المنضوية تحت, المنتمية إلى. */
const AR_BELONGS_PREP = new Set(['المنضوية', 'المنضوي', 'منضوية', 'منضو', 'المنتمية', 'المنتمي', 'منتمية', 'منتم'].map(wordKey));
const AR_PREPS = new Set(['تحت', 'في', 'ضمن', 'الى', 'إلى', 'لواء'].map(wordKey));
/** Arabic nouns the parent follows directly: ذراع الاتحاد, فرع الاتحاد. */
const AR_BELONGS_NOUN = new Set(['ذراع', 'فرع', 'جناح'].map(wordKey));
/** Words that may stand between the organisation and an Arabic cue: وهي تابعة, هي التابعة. */
const AR_BETWEEN = new Set(['وهي', 'هي', 'وهو', 'هو', 'وهما'].map(wordKey));

/** Arabic prepositions that place a body inside the known body right after them (folded). */
const AR_INSIDE = new Set(['في', 'ضمن', 'داخل', 'لدى'].map(wordKey));
/** English prepositions that place a body inside the known body right after them. */
const EN_INSIDE = new Set(['at', 'in', 'within', 'inside']);

/** English phrases after the organisation (and a comma) that put its parent next. */
const EN_BELONGS: readonly string[][] = [
  ['a', 'wing', 'of'], ['the', 'wing', 'of'], ['an', 'arm', 'of'], ['the', 'arm', 'of'], ['part', 'of'], ['a', 'part', 'of'], ['a', 'unit', 'of'],
  ['a', 'branch', 'of'], ['the', 'branch', 'of'], ['a', 'subsidiary', 'of'], ['a', 'division', 'of'], ['an', 'affiliate', 'of'], ['affiliated', 'to'],
  ['affiliated', 'with'], ['which', 'is', 'part', 'of'], ['which', 'belongs', 'to'], ['belongs', 'to'], ['is', 'part', 'of'], ['is', 'a', 'wing', 'of'],
  ['an', 'offshoot', 'of'], ['which', 'is', 'affiliated', 'to'], ['which', 'is', 'affiliated', 'with'],
];

/** Checks every known organisation that has a parent for a parent the draft gives it. */
export function checkOrganisationParents(ctx: PostContext): void {
  const { knowledge, tokens, all } = ctx;
  for (const mention of all) {
    if (mention.kind !== 'organisation') continue;
    const org = knowledge.entity<Organisation>(mention.entity);
    if (!org?.fact.parent || !knowledge.resolve(org, org.fact.parent)) continue;
    const after = parentAfter(tokens, mention);
    if (after !== undefined) judge(ctx, org, after);
    const inside = knownInside(ctx, mention);
    if (inside && !isChamber(ctx, inside.entity) && !tiedOtherwise(ctx, org.key, inside.entity)) judge(ctx, org, inside.tokenStart);
    const possessor = possessorBefore(ctx, mention);
    if (possessor) judge(ctx, org, possessor.tokenStart, possessor);
  }
}

/** The token where the draft names the organisation's parent after it, if a cue says so. */
function parentAfter(tokens: Token[], mention: Mention): number | undefined {
  let i = mention.tokenEnd;
  const sentence = tokens[mention.tokenStart]!.sentence;
  const at = (n: number) => (tokens[n] && tokens[n].sentence === sentence ? tokens[n] : undefined);
  const has = (n: number, set: Set<string>) => !!at(n) && tokenStems(at(n)!).some((s) => set.has(s.stem));
  if (at(i)?.script === 'ar' || tokens[mention.tokenStart]!.script === 'ar') {
    if (has(i, AR_BETWEEN)) i++;
    if (has(i, AR_BELONGS_LAM) && at(i + 1)?.key.startsWith('ل')) return i + 1;
    if (has(i, AR_BELONGS_PREP) && has(i + 1, AR_PREPS)) return at(i + 1)!.key === wordKey('لواء') ? i + 2 : has(i + 2, new Set([wordKey('لواء')])) ? i + 3 : i + 2;
    if (has(i, AR_BELONGS_NOUN) && at(i + 1)) return i + 1;
    return undefined;
  }
  for (const phrase of EN_BELONGS) {
    if (phrase.every((word, n) => at(i + n)?.key === word)) {
      const next = i + phrase.length;
      return at(next)?.key === 'the' ? next + 1 : next;
    }
  }
  return undefined;
}

/**
 * The known organisation a bare preposition right after the mention names, in its clause: «X في
 * Y», «X بـY» (the preposition on Y's first word), "X at the Y".
 */
function knownInside(ctx: PostContext, mention: Mention): Mention | undefined {
  const { tokens, all } = ctx;
  const last = tokens[mention.tokenEnd - 1]!;
  const preposition = tokens[mention.tokenEnd];
  if (!preposition || preposition.clause !== last.clause) return undefined;
  const arabic = preposition.script === 'ar';
  let at = mention.tokenEnd;
  if (arabic ? AR_INSIDE.has(preposition.key) : EN_INSIDE.has(preposition.key)) at++;
  else if (!arabic || cliticOf(preposition) !== 'ب') return undefined;
  if (!arabic && tokens[at]?.key === 'the') at++;
  const index = mentionIndex(tokens.length, all)[at] ?? -1;
  const named = index >= 0 ? all[index] : undefined;
  if (!named || named === mention || named.kind !== 'organisation' || named.tokenStart !== at || tokens[at]!.clause !== last.clause) return undefined;
  return named;
}

/** Kinds of body that are chambers: a body "in" one sits there (a bloc in parliament), it does not belong to it. */
const CHAMBER_KINDS = new Set(['parliament', 'council']);

/** Whether the body named after a bare preposition is a chamber the organisation sits in («كتلة الصادقون في البرلمان»). */
function isChamber(ctx: PostContext, named: string): boolean {
  const kind = ctx.knowledge.entity<Organisation>(named)?.fact.kind;
  return kind !== undefined && CHAMBER_KINDS.has(kind);
}

/**
 * Whether the fact base ties the organisation to the body named inside-of otherwise than as its
 * parent: a wing of the organisation, or a body it is a member of.
 */
function tiedOtherwise(ctx: PostContext, org: string, named: string): boolean {
  const { knowledge } = ctx;
  if (sameOrRelated(knowledge, org, named)) return true;
  return (knowledge.affiliationsByMember.get(org) ?? []).some((tie) => knowledge.same(knowledge.resolve<Organisation>(tie, tie.fact.organisation)?.key ?? '', named));
}

/** A known organisation written in the English possessive right before the mention: "the UGTT's teachers' union". */
function possessorBefore(ctx: PostContext, mention: Mention): Mention | undefined {
  const { analysis, tokens, all } = ctx;
  if (tokens[mention.tokenStart]!.script !== 'latin' || mention.tokenStart === 0) return undefined;
  const index = mentionIndex(tokens.length, all)[mention.tokenStart - 1] ?? -1;
  const before = index >= 0 ? all[index] : undefined;
  if (!before || before.kind !== 'organisation' || before === mention) return undefined;
  const between = analysis.text.slice(before.end, mention.start);
  return /^['’]s?\s+$/.test(between) ? before : undefined;
}

/**
 * An Arabic organisation's name read on past a nationality adjective (الاتحاد التونسي للصناعة
 * والتجارة), which the construction reader stops at, up to a function word, another clause or a
 * known name, six words at most.
 */
function arabicName(ctx: PostContext, found: ConstructedOrganisation): ConstructedOrganisation {
  const { tokens, all } = ctx;
  const index = mentionIndex(tokens.length, all);
  const first = tokens[found.tokenStart]!;
  let end = found.tokenEnd;
  while (end < tokens.length && end - found.tokenStart < 6 && tokens[end]!.sentence === first.sentence && tokens[end]!.clause === first.clause && index[end]! < 0 && !NOT_NAMES.has(tokens[end]!.key)) end++;
  return { ...found, tokenEnd: Math.max(found.tokenEnd, end) };
}

/** Compares the organisation named at token `at` (or the known mention `named`) with the parents of `org`. */
function judge(ctx: PostContext, org: Entity<Organisation>, at: number, named?: Mention): void {
  const { analysis, knowledge, tokens, all } = ctx;
  const chain = orgChain(knowledge, org.key).slice(1);
  const parent = knowledge.entity<Organisation>(chain[0]!)!;
  const index = mentionIndex(tokens.length, all)[at] ?? -1;
  const known = named ?? (index >= 0 && all[index]!.tokenStart === at && all[index]!.kind === 'organisation' ? all[index] : undefined);
  let range: { tokenStart: number; tokenEnd: number };
  if (known) {
    if (knowledge.same(known.entity, org.key) || chain.some((key) => knowledge.same(key, known.entity))) return;
    range = known;
  } else {
    const found = constructedOrganisation(analysis, at, Math.min(tokens.length, at + 7), all);
    if (!found || found.tokenStart !== at || found.partOf) return;
    if (CLASS_OF_KIND[parent.fact.kind] !== found.cls) return;
    const phrase = tokens[at]!.script === 'ar' ? arabicName(ctx, found) : found;
    const content = phraseContent(tokens, phrase).filter((token) => !nationalityOf(token));
    const allowed = keySet(chain.flatMap((key) => {
      const fact = knowledge.entity<Organisation>(key)!.fact;
      return [...fact.names.ar, ...fact.names.en];
    }));
    // The name is the parent's when all its words of content are; in Arabic, read on past the
    // construction, when its first one is (the words after it may be the sentence's own).
    const compared = tokens[at]!.script === 'ar' ? content.slice(0, 1) : content;
    if (content.length === 0 || compared.every((token) => inSet(allowed, token))) return;
    range = phrase;
  }
  const first = tokens[range.tokenStart]!;
  const start = known && !named ? Math.min(known.start, first.oStart) : named ? named.start : first.oStart;
  const end = named ? named.end : Math.max(tokens[range.tokenEnd - 1]!.oEnd, known?.end ?? 0);
  const written = analysis.text.slice(start, end);
  const clitic = first.script === 'ar' && !named ? cliticOf(first) || (first.key.startsWith('لل') ? 'لل' : first.key.startsWith('ل') ? 'ل' : '') : '';
  const actual = clitic ? withoutClitic(written, clitic) : named ? written.replace(/['’]s?$/, '') : written;
  const lang = tokenLang(analysis, first);
  const name = knowledge.canonicalName(parent.key, lang);
  const expected = behindClitic(name, clitic);
  ctx.push('affiliation', {
    range: { start, end },
    lang,
    message: wrongParent({ organisation: knowledge.names(org.key), parent: knowledge.names(parent.key), actual }),
    actual,
    expected,
    fix: { text: expected },
    factId: org.id,
    evidence: knowledge.evidenceOf(org.key),
  });
}
