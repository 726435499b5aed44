/**
 * Rule `organisation-seat`: an organisation of the fact base given another seat than its `base`
 * — «شركة القابضة، ومقرها دبي», «ومقره في X», «التي تتخذ من X مقراً لها», "ADQ, based in Dubai",
 * "headquartered in X", "whose headquarters are in X", "the Dubai-based ADQ", "the Dubai based
 * ADQ", "ADQ, which is Dubai-based", "the Dubai firm". The organisation is the nearest one named before the seat
 * words in the sentence (after them for "X-based" and for «وتتخذ ORG من X مقراً»), with no person
 * named in between (a person "based in X" is not the organisation). A seat that contains the base
 * or lies inside it agrees with it ("UAE-based" for a company of Abu Dhabi). An organisation may be
 * named by a noun of its kind ("the company", «الشركة»: `places/seatReference.ts`).
 */
import type { Rule } from './rule';
import type { Analysis } from '../analysis';
import { tokenLang } from '../analysis';
import { mentions, type Mention } from '../mentions';
import { perDraft } from '../memo';
import type { KnowledgeIndex } from '../knowledge';
import type { Organisation, Place } from '../factBase/schema';
import { SEAT_WORDS } from '../lexicon/words';
import { wrongSeat } from '../messages';
import { placeFix, placesAgree } from './places/relation';
import { referencedAt } from './places/seatReference';

const SEAT = new Set(SEAT_WORDS);
/** Words that may stand between the seat words and the place: في, in, the, main (الرئيسي), is, are. */
const LINKS = new Set(['في', 'الرييسي', 'in', 'the', 'is', 'are', 'main']);
/** «تتخذ من X مقراً»: the forms of اتخذ (to take) that open the construction, with or without و. */
const TAKES = new Set(['تتخذ', 'يتخذ', 'اتخذت', 'اتخذ', 'تتخذه', 'متخذه', 'متخذا']);
/** The seat noun that closes it: مقراً (لها), مقرا رئيسيا. */
const SEAT_NOUNS = new Set(['مقرا', 'مقر', 'مقرها', 'مقره']);

type SeatPair = { place: Mention; organisation: Mention };

/** The draft's mentions by the token they start at and the token they end before, once per draft. */
const mentionIndex = perDraft((analysis: Analysis, knowledge: KnowledgeIndex) => {
  const byStart = new Map<number, Mention>();
  const byEnd = new Map<number, Mention>();
  for (const mention of mentions(analysis, knowledge)) {
    byStart.set(mention.tokenStart, mention);
    byEnd.set(mention.tokenEnd, mention);
  }
  return { byStart, byEnd };
});

/** The place a seat word at `index` names: the next place mention after at most two link words. */
function seatPlace(analysis: Analysis, knowledge: KnowledgeIndex, index: number): Mention | undefined {
  const tokens = analysis.tokens;
  let k = index + 1;
  while (k < tokens.length && k - index <= 3 && LINKS.has(tokens[k]!.key)) k++;
  const place = mentionIndex(analysis, knowledge).byStart.get(k);
  if (!place || place.kind !== 'place' || tokens[k]!.sentence !== tokens[index]!.sentence) return undefined;
  // "based in X" needs its "in"; an Arabic مقرها may take the place directly (ومقرها دبي).
  if ((tokens[index]!.key === 'based' || tokens[index]!.key === 'headquartered') && tokens[index + 1]?.key !== 'in') return undefined;
  return place;
}

/** The organisation the seat words at `index` speak of: the nearest before (eight words at most), with no person between. */
function organisationBefore(analysis: Analysis, knowledge: KnowledgeIndex, index: number): Mention | undefined {
  const tokens = analysis.tokens;
  const { byEnd } = mentionIndex(analysis, knowledge);
  for (let end = index; end >= Math.max(1, index - 8); end--) {
    if (tokens[end - 1]!.sentence !== tokens[index]!.sentence) return undefined;
    const mention = byEnd.get(end) ?? referencedAt(analysis, knowledge, end - 1);
    if (!mention) continue;
    if (mention.kind === 'organisation') return mention;
    if (mention.kind === 'person' || mention.kind === 'group') return undefined;
  }
  return undefined;
}

/** The organisation named in the four words after `index`, before any person. */
function organisationAfter(analysis: Analysis, knowledge: KnowledgeIndex, index: number, limit = 4): Mention | undefined {
  const tokens = analysis.tokens;
  const { byStart } = mentionIndex(analysis, knowledge);
  for (let k = index + 1; k <= index + limit && k < tokens.length && tokens[k]!.sentence === tokens[index]!.sentence; k++) {
    const mention = byStart.get(k) ?? referencedAt(analysis, knowledge, k);
    if (mention?.kind === 'organisation') return mention;
    if (mention?.kind === 'person' || mention?.kind === 'group') return undefined;
  }
  return undefined;
}

/** The place form whose last word is `stem` and which ends at token `index` (one or two words). */
function placeEndingAt(analysis: Analysis, knowledge: KnowledgeIndex, index: number, stem: string): Mention | undefined {
  const tokens = analysis.tokens;
  const token = tokens[index]!;
  const previous = tokens[index - 1];
  const forms = [...knowledge.formsOf(stem), ...(previous && previous.sentence === token.sentence ? knowledge.formsStartingWith(previous.key, stem) : [])].filter(
    (form) => form.kind === 'place' && form.keys.at(-1) === stem,
  );
  const form = forms.sort((a, b) => b.keys.length - a.keys.length)[0];
  if (!form) return undefined;
  const first = index - form.keys.length + 1;
  return { kind: 'place', entity: form.entity, form, tokenStart: first, tokenEnd: index + 1, start: tokens[first]!.oStart, end: token.oEnd, misspelt: undefined, lexicon: form.lexicon };
}

/**
 * "Dubai-based ADQ", "the Dubai based ADQ", "ADQ, which is Dubai-based": the place fused to (or
 * standing before) -based or -headquartered at `index`, and the organisation right after it, or
 * else the nearest one before it.
 */
function basedCompound(analysis: Analysis, knowledge: KnowledgeIndex, index: number): SeatPair | undefined {
  const tokens = analysis.tokens;
  const token = tokens[index]!;
  const written = analysis.text.slice(token.oStart, token.oEnd);
  const fused = /^(.+?)[-\u2010-\u2014]?(based|headquartered)$/i.exec(written);
  let place: Mention | undefined;
  if (fused && fused[1]!.length > 0 && token.key !== 'based' && token.key !== 'headquartered') {
    place = placeEndingAt(analysis, knowledge, index, token.key.slice(0, -fused[2]!.length));
    if (place) place = { ...place, end: token.oStart + fused[1]!.length };
  } else if (index > 0 && tokens[index - 1]!.sentence === token.sentence) {
    // "the Dubai based ADQ": the place is the word (or two) before.
    place = mentionIndex(analysis, knowledge).byEnd.get(index);
    if (place?.kind !== 'place') place = undefined;
  }
  if (!place) return undefined;
  const organisation = organisationAfter(analysis, knowledge, index) ?? organisationBefore(analysis, knowledge, place.tokenStart);
  return organisation && { place, organisation };
}

/**
 * «وتتخذ شركة X من الرباط مقراً لها», «الشركة التي تتخذ من الرباط مقراً»: a form of اتخذ at
 * `index`, من, a place, then the seat noun; the organisation stands between the verb and من, or
 * before the verb.
 */
function takesAsSeat(analysis: Analysis, knowledge: KnowledgeIndex, index: number): SeatPair | undefined {
  const tokens = analysis.tokens;
  const sentence = tokens[index]!.sentence;
  const { byStart } = mentionIndex(analysis, knowledge);
  for (let k = index + 1; k <= index + 8 && k + 2 < tokens.length && tokens[k]!.sentence === sentence; k++) {
    if (tokens[k]!.key !== 'من') continue;
    const place = byStart.get(k + 1);
    if (place?.kind !== 'place' || !SEAT_NOUNS.has(tokens[place.tokenEnd]?.key ?? '') || tokens[place.tokenEnd]!.sentence !== sentence) return undefined;
    const organisation = organisationAfter(analysis, knowledge, index, k - index - 1) ?? organisationBefore(analysis, knowledge, index);
    return organisation && { place, organisation };
  }
  return undefined;
}

/** The nouns of a firm that a place before them gives the seat of ("the Cardiff firm"). */
const FIRM_NOUNS = new Set(['firm', 'company']);

/**
 * "the Cardiff firm", "a Swansea company": a place between an article and a noun of a firm at
 * `index` names where the firm is based.
 */
function placeBeforeFirm(analysis: Analysis, knowledge: KnowledgeIndex, index: number): SeatPair | undefined {
  const tokens = analysis.tokens;
  if (!FIRM_NOUNS.has(tokens[index]!.key)) return undefined;
  const place = mentionIndex(analysis, knowledge).byEnd.get(index);
  if (place?.kind !== 'place' || !['the', 'a'].includes(tokens[place.tokenStart - 1]?.key ?? '') || tokens[place.tokenStart - 1]!.sentence !== tokens[index]!.sentence) return undefined;
  const organisation = referencedAt(analysis, knowledge, index);
  return organisation && { place, organisation };
}

/** The place and organisation of a seat construction at token `index`, if one is there. */
function seatPair(analysis: Analysis, knowledge: KnowledgeIndex, index: number): SeatPair | undefined {
  const key = analysis.tokens[index]!.key;
  if (SEAT.has(key)) {
    const place = seatPlace(analysis, knowledge, index);
    const organisation = place && organisationBefore(analysis, knowledge, index);
    if (place && organisation) return { place, organisation };
    return key === 'based' || key === 'headquartered' ? basedCompound(analysis, knowledge, index) : undefined;
  }
  if (key.endsWith('based') || key.endsWith('headquartered')) return basedCompound(analysis, knowledge, index);
  if (TAKES.has(key.startsWith('و') ? key.slice(1) : key)) return takesAsSeat(analysis, knowledge, index);
  return placeBeforeFirm(analysis, knowledge, index);
}

export const organisationSeat: Rule = {
  id: 'organisation-seat',
  category: 'place',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    en: 'An organisation is said to be based somewhere other than where the article puts its seat.',
    ar: 'نسبة مقر لمنظمة أو شركة غير الذي يذكره المقال.',
  },
  check({ analysis, knowledge, report }) {
    const tokens = analysis.tokens;
    for (let index = 0; index < tokens.length; index++) {
      const pair = seatPair(analysis, knowledge, index);
      if (!pair) continue;
      const organisation = knowledge.entity<Organisation>(pair.organisation.entity);
      const base = organisation && knowledge.resolve<Place>(organisation, organisation.fact.base);
      if (!organisation || !base || placesAgree(knowledge, pair.place.entity, base.key)) continue;
      const lang = tokenLang(analysis, tokens[pair.place.tokenStart]!);
      const fix = placeFix(analysis, knowledge, pair.place, base.key, lang);
      const actual = analysis.text.slice(fix.start, fix.end);
      report({
        ruleId: 'organisation-seat',
        range: { start: fix.start, end: fix.end },
        lang,
        message: wrongSeat({ organisation: knowledge.names(organisation.key), seat: knowledge.names(base.key), actual }),
        actual,
        expected: fix.text,
        fix: { text: fix.text },
        factId: organisation.id,
        evidence: knowledge.evidenceOf(organisation.key),
      });
    }
  },
};
