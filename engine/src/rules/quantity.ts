/**
 * Rule `quantity`: a count or a duration that the article states, written with another number
 * ("خمسة مصادر" for four sources, "a 10-month deadline" for eight months). The number is tied to
 * the fact through the counted noun (مصادر, sources) or the duration's noun (مهلة, deadline) next
 * to it, and a count's qualifier (عراقية, Iraqi) must be there too, so "three American soldiers" or
 * "about three months" elsewhere is never compared with the article's figures. Digits in any
 * script and number words in either language, gender and case are read. Money and percentages
 * are compared in `quantities/amounts.ts` (by currency), splits of votes (four to one, 5-0) in
 * `quantities/splits.ts`, measures of another unit given by a named body (a magnitude) in
 * `quantities/measures.ts`, a grade after its noun (category four) in `quantities/scales.ts`, a
 * count left in another's slot in `quantities/leftover.ts`, a figure of a series of places that
 * writes its noun once («45 مدرسة في صفاقس و30 في قابس») in `quantities/elidedCounts.ts`, a figure
 * set against the count before it with its noun left out ("needed 12,000 pickers, but only 7,500
 * signed up") in `quantities/contrastedCounts.ts`, and a known person's age ("Smith, 55,"
 * for the article's 54) or the age of an unnamed person at an event ("a 76-year-old man died") in
 * `quantities/age.ts`. A label names what its line counts (a bold label, a table row's first cell:
 * `quantities/labels.ts`).
 */
import { fateOf } from '../lexicon/fates';
import type { Rule } from './rule';
import { numbers, thousandsReading, type NumberExpression } from '../extract/numbers';
import { dates } from '../extract/dates';
import { amounts } from '../extract/amounts';
import { fractions } from '../extract/fractions';
import { afterRatioWords, beforeRatioWords, textHasRatio } from '../extract/ratios';
import { otherNationality } from './quantities/otherNationality';
import { ratioOfAnotherThing } from './quantities/ratioTerms';
import { modelTokens } from '../extract/modelCodes';
import { clockTimes } from '../extract/times';
import { tokenConcept, tokenStems, type Entity, type KnowledgeIndex } from '../knowledge';
import { wordKey } from '../tokenKey';
import { triggerHits } from '../events';
import type { Analysis } from '../analysis';
import { analyse, tokenLang } from '../analysis';
import { ANYONE_NOUNS, OF_THOSE, ARABIC_DISPLAY, ARABIC_UNITS, ARABIC_YEAR_SANA, EMPLOY_VERBS, ENGLISH_DISPLAY, STAFF_HOLDERS } from '../lexicon/numbers';
import { conceptKey, wordConcept } from '../lexicon/concepts';
import { contentStem } from '../text/stem';
import { arabicMeasureWord, MEASURE_SYMBOLS, type MeasureUnit } from '../lexicon/units';
import type { Quantity } from '../factBase/schema';
import type { Token } from '../analysis';
import { nameIn } from '../names';
import { mentions } from '../mentions';
import { wrongNumberFinding } from './quantities/finding';
import { digitsLike, inDigitsOf } from '../messages/digits';
import { articleSentencesOf, measureAt, restatedWith, restatesEvidence, restatesEvidenceAcross, unitAt } from '../align';
import { rangeHolds } from '../extract/numberRanges';
import { hedgeAgrees, hedgeLengthBefore, hedgesFor, LONGEST_HEDGE } from '../extract/hedges';
import { afterComparison, givenAsReached } from '../extract/comparisons';
import { checkAmounts } from './quantities/amounts';
import { givenAsChange } from './quantities/changeLevels';
import { checkSplits } from './quantities/splits';
import { checkMeasures } from './quantities/measures';
import { checkLeftoverCounts } from './quantities/leftover';
import { checkDurationSlots } from './quantities/durationSlots';
import type { Draft } from '../findingBuilder';
import { checkAges, checkEventAges } from './quantities/age';
import { checkScales } from './quantities/scales';
import { verbCountFacts } from './quantities/verbCounts';
import { openedNoun, openerOf, statedCount } from './quantities/statedCounts';
import { figureLabelledBy, labelledCount, labelNamesOnly, labelOfLine, withoutArticle } from './quantities/labels';
import { WEIGHTS, weightComparable, weightOfNoun } from './quantities/weights';
import { arabicDuration, arabicNumber } from '../messages';
import { englishNumber } from '../messages/english';
import { isIncrement } from '../extract/increments';
import { derivedFigure, shareOfFigure } from './quantities/derived';
import { anotherTime } from './quantities/occasions';
import { otherOccasionOfFigure } from './quantities/ownEventWeekday';
import { checkOrdinals } from './quantities/ordinals';
import { countPlaces } from './quantities/countPlaces';
import { placeAfterNoun } from './quantities/nounPlace';
import { incrementFact } from './quantities/evidenceClause';
import { checkSubGroups } from './quantities/subGroups';
import { checkElidedCounts } from './quantities/elidedCounts';
import { checkContrastedCounts } from './quantities/contrastedCounts';
import { partAndWhole, partOfGivenWhole, partOrWhole } from './quantities/partWhole';
import { fateMismatch } from './quantities/combinedFates';
import { combinedFigures } from '../extract/combinedFates';
import { otherDimension } from './quantities/dimensions';
import { compoundCount } from './quantities/compounds';
import { namesByUnitWord, namesInOtherLanguage, otherLanguageFacts, unitWordFacts } from './quantities/otherLanguageNouns';
/** The units the count and duration comparison reads. */
const COUNTED_UNITS = new Set(['count', 'day', 'week', 'month', 'year', 'hour', 'minute', 'km', 'metre', 'kg', 'tonne', 'square-km', 'square-metre']);

/**
 * The measures of the schema compared, each only with a figure written in the same unit: lengths
 * (a distance, a depth) and weights (a harvest's tonnes), these only over the fact's period and
 * order and not as a comparison value (`quantities/weights.ts`), as a story gives many of them for
 * other years and crops beside the fact's.
 */
const MEASURES = new Set(['km', 'metre', 'kg', 'tonne', 'square-km', 'square-metre']);

/**
 * Whether two time units measure lengths of one scale: hours and minutes, or days to years. A
 * figure in hours near the noun of a deadline in months ("within 24 hours of the deadline") is
 * another length than the fact's, not a wrong one.
 */
function sameScale(a: string, b: string): boolean {
  if (MEASURES.has(a) || MEASURES.has(b)) return a === b;
  const short = (unit: string) => unit === 'hour' || unit === 'minute';
  return short(a) === short(b);
}

const asLength = new WeakMap<Entity<Quantity>, boolean>();

/**
 * Whether the article gives the fact's hours or minutes as a length (11 hours, «لمدة 9 ساعات»,
 * ساعتين), its number before the unit: «في الدقيقة 67» or "the 67th minute" is a moment of a
 * match, which no draft's "N minutes" restates. The longer units are read as lengths always.
 */
function givenAsLength(fact: Entity<Quantity>): boolean {
  if (fact.fact.unit !== 'hour' && fact.fact.unit !== 'minute') return true;
  let known = asLength.get(fact);
  if (known === undefined) {
    known = fact.fact.evidence.some((evidence) => {
      const text = analyse(evidence.text, 'plaintext');
      return numbers(text).some((n) => n.value === fact.fact.value && unitAfter(text.tokens, n) === fact.fact.unit);
    });
    asLength.set(fact, known);
  }
  return known;
}

/**
 * The time unit or measure a number is written with: its own (eight-month, شهرين) or the word after
 * it; a length made an area by "square" before it or «مربع» after it (15 square kilometres, «12
 * كيلومتراً مربعاً») is the area's unit.
 */
function unitAfter(tokens: readonly Token[], number: NumberExpression): string | undefined {
  const own = number.unit ?? unitAt(tokens[number.tokenEnd]);
  if (own) return own;
  const square = tokens[number.tokenEnd]?.key === 'square' ? 1 : 0;
  const length = measureAt(tokens[number.tokenEnd + square]);
  if ((length === 'km' || length === 'metre') && (square === 1 || SQUARE_AFTER.has(tokens[number.tokenEnd + 1]?.key ?? ''))) return `square-${length}`;
  return square ? undefined : length;
}

/** The Arabic adjective that makes a length an area (كيلومتر مربع, كيلومتراً مربعاً), folded. */
const SQUARE_AFTER: ReadonlySet<string> = new Set(['مربع', 'مربعا', 'مربعة'].map(wordKey));

/** The Arabic unit nouns a fix writes after a number (شهر، أشهر، شهراً). */
const UNIT_AR: Record<string, (typeof ARABIC_UNITS)['year']> = ARABIC_UNITS;

/**
 * The Arabic words a fix writes for a time unit: the draft's own word for a year where it wrote
 * سنة, سنوات or سنتين (feminine), else the unit's usual words (عام, أعوام).
 */
function unitWordsOf(unit: string, written: Token): (typeof ARABIC_UNITS)['year'] {
  const sana = unit === 'year' && /^[وبل]?(?:ال)?سن(?:ة|ه|وات|تين|تان|ين)$/.test(written.key);
  return sana ? ARABIC_YEAR_SANA : UNIT_AR[unit as 'year'] as (typeof ARABIC_UNITS)['year'];
}

/** Writes `value` in the draft's style. */
function render(value: number, draft: NumberExpression, unit: string | undefined, lang: 'ar' | 'en', original: string): string {
  if (draft.style === 'en-words') {
    // A half of a scale (half a million, one and a half million) is answered in figures: 700,000, 2.5 million.
    let word = ENGLISH_DISPLAY[value] ?? (draft.joined ? englishNumber(value) : String(value));
    if (draft.capitalised) word = word[0]!.toUpperCase() + word.slice(1);
    if (draft.unit && draft.numberEnd !== undefined) return word + original.slice(draft.numberEnd - draft.start);
    return word;
  }
  // A figure of two scales joined by و is rewritten whole («3 ملايين و400 ألف» → «1.2 مليون»).
  if (draft.joined) return inDigitsOf(lang === 'ar' ? arabicNumber(value) : englishNumber(value), original);
  if (draft.style === 'digits') {
    // A figure with a scale word keeps it where the article's figure reads well with it (4.5
    // million tonnes → 4.1 million tonnes); 62,931 is no «62.931 ألف», so «58 ألفاً» → 62931.
    // A scale word the article's figure outgrows (86 thousand for 86 million) is replaced by the
    // article's own scale: «86 ألف» → «86 مليون», not «86000 ألف».
    // Either keeps the draft's digits (Arabic-Indic: «٨٦ ألف» → «٨٦ مليون»). A draft that writes
    // thousands of its scale itself keeps its form: «1300 ألف» → «1200 ألف», 2,800 thousand → 2,500.
    if (draft.scale && draft.numberEnd === undefined && value / draft.scale >= 1000 && draft.value / draft.scale >= 1000 && Number.isInteger(value / draft.scale)) {
      const figure = /^[\d.,\u0660-\u0669\u066B\u066C]+/.exec(original)?.[0] ?? '';
      return `${digitsLike(value / draft.scale, figure)}${original.slice(figure.length)}`;
    }
    if (draft.scale && draft.numberEnd === undefined && value / draft.scale >= 1000 && value >= 1e6) return inDigitsOf(lang === 'ar' ? arabicNumber(value) : englishNumber(value), original);
    if (draft.scale && draft.numberEnd === undefined && Math.abs((value / draft.scale) * 100 - Math.round((value / draft.scale) * 100)) < 1e-6) return `${inDigitsOf(String(Math.round((value / draft.scale) * 1000) / 1000), original)}${original.replace(/^[\d.,\u0660-\u0669\u066B\u066C]+/, '')}`;
    return digitsLike(value, original);
  }
  // A scale word alone (مليونَي for مليون) is answered with one: مليون, ملياران.
  if (draft.style === 'ar-words' && value >= 1e6 && !unit) return arabicNumber(value);
  if (draft.style === 'ar-words' && value <= 10 && ARABIC_DISPLAY[value] && !unit) {
    return draft.withTaMarbuta ? ARABIC_DISPLAY[value].m : ARABIC_DISPLAY[value].f;
  }
  void lang;
  return String(value);
}

const EMPLOYING = new Set(EMPLOY_VERBS.map(wordKey));
const HOLDING = new Set(STAFF_HOLDERS.map(wordKey));

/** How many words after a count's noun its predicate may say its qualifier (homes in the valley were completely destroyed). */
const PREDICATE_WINDOW = 6;

/**
 * The words after the noun at token `i`, past the two beside it, that may say what befell the
 * things counted: up to {@link PREDICATE_WINDOW} words on in the noun's clause, ending before
 * another number, whose own words they would be ("1,150 homes were rebuilt after 4,700 were destroyed").
 */
function predicateWords(tokens: readonly Token[], i: number): Token[] {
  const words: Token[] = [];
  for (let k = i + 3; k <= i + PREDICATE_WINDOW && k < tokens.length && tokens[k]!.clause === tokens[i]!.clause && tokens[k]!.script !== 'digit'; k++) words.push(tokens[k]!);
  return words;
}

/**
 * Whether a count's qualifier (عراقية, Iraqi) stands next to its noun, within three words
 * before its number in the number's clause, where a verb qualifies what it counts ("employs 120
 * people", «توظف الشركة 120 عاملاً»), or further on in the noun's clause, where a predicate says
 * it ("4,700 homes in the valley were destroyed", «600 أسرة لم تتسلم سندات الملكية»). Where
 * another noun qualifies the noun right before it (new walnut trees: `modified`), the word before
 * that one stands next to the noun too.
 */
function qualifiedBy(tokens: Token[], i: number, q: Quantity, numberStart?: number, modified = false): boolean {
  const qualifiers = [...(q.qualifier?.ar ?? []), ...(q.qualifier?.en ?? [])].map((text) => wordKey(text));
  const near = [tokens[i - 1], modified ? tokens[i - 2] : undefined, tokens[i + 1], tokens[i + 2], ...predicateWords(tokens, i)].filter((t): t is Token => !!t && t.sentence === tokens[i]!.sentence);
  const clause = numberStart === undefined ? undefined : tokens[numberStart]!.clause;
  const before = numberStart === undefined ? [] : [tokens[numberStart - 1], tokens[numberStart - 2], tokens[numberStart - 3]].filter((t): t is Token => !!t && t.clause === clause);
  // A qualifier may take the article (حالات الغش for غش), or be written in another form of its
  // word (teachers who marked the papers for the marking, evacuated for evacuation).
  const stems = new Set(qualifiers.map((word) => contentStem(word)).filter((stem): stem is string => !!stem && stem.length >= 4).flatMap((stem) => [stem, conceptKey(stem)]));
  const formOf = (token: Token) => {
    const stem = contentStem(token.key);
    return !!stem && (stems.has(stem) || stems.has(conceptKey(stem)));
  };
  if ([...near, ...before].some((token) => qualifiers.some((word) => token.key === word || withoutArticle(token.key) === word || (word.length >= 4 && token.key.startsWith(word.slice(0, word.length - 1)))) || formOf(token))) return true;
  // A workforce employed is one a firm has, or that works there, said before the number: "has 220 staff".
  return qualifiers.some((word) => EMPLOYING.has(word)) && conceptKey(contentStem(tokens[i]!.key) ?? '') === '~worker' && before.some((token) => HOLDING.has(token.key));
}

/** Words that mark a four-digit number after them as a year (in 2019, since 2012, «منذ 2012»), folded. */
const YEAR_LEADS = new Set(['in', 'since', 'by', 'until', 'till', 'from', 'during', 'before', 'after', 'في', 'منذ', 'عام', 'العام', 'لعام', 'سنه', 'السنه', 'لسنه', 'حتي', 'قبل', 'بعد', 'خلال'].map(wordKey));

/**
 * Whether a number may be a year rather than a count: four digits that the date reader takes as a
 * year (in 2011, عام 2011), or from 1900 on, unless the counted noun follows it at once and no
 * word before it marks a year: «2102 قتيل», «سجلت 2590 وفاة», "killed 2102 people" count, while
 * "since 2012 people have built with stone" and «في 2023 قتل» name years. `nounNext` says whether
 * the noun follows the number at once; a figure stated after its noun ("the toll reached 2102")
 * stays unread from 1900 on, as a year and a count cannot be told apart there.
 */
function yearLike(number: NumberExpression, tokens: readonly Token[], yearTokens: ReadonlyMap<number, boolean>, nounNext = false): boolean {
  const token = tokens[number.tokenStart]!;
  if (number.style !== 'digits' || !/^\d{4}$/.test(token.text.replace(/^\D+/, ''))) return false;
  // A year with its month (May 2021) is one; a bare four-digit number the date reader takes as a
  // year is one unless its noun follows it.
  const dated = yearTokens.get(number.tokenStart);
  if (dated) return true;
  if (dated === undefined && number.value < 1900) return false;
  const lead = tokens[number.tokenStart - 1];
  return !nounNext || (!!lead && lead.sentence === token.sentence && YEAR_LEADS.has(lead.key));
}

/**
 * The numbers a count or a duration may be: not a money amount, a percentage or a fraction, nor a word inside
 * one («64 في المئة من الوفيات» gives a share of the deaths, and its «المئة» is no hundred).
 * Amounts are compared by currency in `quantities/amounts.ts`.
 */
function countable(analysis: Analysis, knowledge: KnowledgeIndex): NumberExpression[] {
  const inAmount = new Set<number>();
  for (const amount of amounts(analysis)) for (let k = amount.number.tokenStart; k < amount.tokenEnd; k++) inAmount.add(k);
  // Nor the numbers of a fraction (one in four households counts no four).
  for (const fraction of fractions(analysis)) for (let k = fraction.tokenStart; k < fraction.tokenEnd; k++) inAmount.add(k);
  // Nor the day of a date written with its month (on 9 September, «في 9 سبتمبر»).
  for (const date of dates(analysis)) {
    if (!date.month) continue;
    if (date.day) inAmount.add(date.day.tokenStart);
    if (date.to?.day) inAmount.add(date.to.day.tokenStart);
  }
  // Nor the hour or the minutes of a clock time (**05:30** - the first vehicle crosses): they count nothing.
  for (const time of clockTimes(analysis)) for (let k = time.tokenStart; k < time.tokenEnd; k++) inAmount.add(k);
  // Nor the figures of a model (Boeing 777-9, F-16, «إف-16»).
  const models = modelTokens(analysis);
  // Nor the second term of a ratio (one doctor for every 4,000 people, «لكل 4000 نسمة»), which counts
  // nothing, unless the fact base gives a ratio of its own that it may be a slip for.
  // Nor its first term (3 workers for every 100 metres), a rate rather than a count of workers.
  const ratios = knowledge.quantities.some((q) => q.fact.evidence.some((range) => textHasRatio(range.text)));
  const all = numbers(analysis);
  const starts = new Set(all.map((number) => number.tokenStart));
  const figures = new Set(all.flatMap((number) => Array.from({ length: number.tokenEnd - number.tokenStart }, (_, k) => number.tokenStart + k)));
  // A ratio of another thing than the fact base's own (one bed for every 865 people, beside the
  // article's doctor for every 2,400) is left alone even where the fact base gives one.
  const inRatio = (number: NumberExpression) =>
    (afterRatioWords(analysis.tokens, number.tokenStart) || beforeRatioWords(analysis.tokens, number.tokenEnd, starts)) && (!ratios || ratioOfAnotherThing(knowledge, analysis.tokens, number, figures));
  return all.filter((number) => !inAmount.has(number.tokenStart) && !models[number.tokenStart] && !inRatio(number));
}

/** The first token of the model right before token `i` (14 Airbus A330-900 aircraft), or `i` when none stands there. */
function modelStartBefore(analysis: Analysis, i: number): number {
  const models = modelTokens(analysis);
  let start = i;
  while (start > 0 && models[start - 1] && analysis.tokens[start - 1]!.clause === analysis.tokens[i]!.clause) start--;
  return start;
}

/**
 * Whether a number agrees with one of the facts its noun may mean, in that fact's unit: the same
 * value, a bound or rounding of it («نحو 63 ألف مترشح» for the 62,931 who passed, when
 * مترشح also counts the 152,480 who sat), or an end of a range that holds it (between 400 and 500
 * for about 450). It is then that fact's figure, not a wrong one for another.
 */
function agreesWithOne(analysis: Analysis, facts: readonly Entity<Quantity>[], number: NumberExpression, unit: string | undefined): boolean {
  const hedges = hedgesFor(analysis.tokens, number.tokenStart, facts.filter((fact) => fact.fact.unit === unit).map((fact) => fact.fact));
  return facts.some(
    (fact) =>
      fact.fact.unit === unit &&
      (number.value === fact.fact.value || thousandsReading(analysis, number) === fact.fact.value || hedgeAgrees(hedges, number.value, fact.fact.value) || rangeHolds(analysis, number, fact.fact.value, !!fact.fact.approx)),
  );
}

/**
 * Whether the noun at token `noun` labels what follows it up to token `at` (a list item or a
 * line «الدفعة الثانية: 20 مليار دولار خلال شهرين»): the only clause break between them is a
 * colon, at most three words after the noun.
 */
function labelOf(analysis: Analysis, noun: number, at: number): boolean {
  const tokens = analysis.tokens;
  if (at <= noun || tokens[at]!.sentence !== tokens[noun]!.sentence) return false;
  let breaks = 0;
  let colon = false;
  for (let k = noun + 1; k <= at; k++) {
    if (tokens[k]!.clause === tokens[k - 1]!.clause) continue;
    breaks++;
    colon = k - noun <= 3 && analysis.text.slice(tokens[k - 1]!.oEnd, tokens[k]!.oStart).includes(':');
  }
  return breaks === 1 && colon;
}

/**
 * The one number of the fact's unit on a line the noun at token `noun` labels (a bold label, a
 * table row's first cell), whose other words are the fact's own; 'two' when the line has two or
 * more of that unit, as the label does not say which it means (none is then compared).
 */
function lineDuration(analysis: Analysis, all: readonly NumberExpression[], noun: number, fact: Entity<Quantity>): NumberExpression | 'two' | undefined {
  const q = fact.fact;
  const tokens = analysis.tokens;
  const label = labelOfLine(analysis, noun);
  if (!label || !labelNamesOnly(analysis, label, noun, fact)) return undefined;
  const sentence = tokens[noun]!.sentence;
  const ofUnit = all.filter((n) => tokens[n.tokenStart]!.sentence === sentence && n.tokenStart > label.last && unitAfter(tokens, n) === q.unit);
  return ofUnit.length === 1 ? ofUnit[0] : ofUnit.length > 1 ? 'two' : undefined;
}

/** Whether a sentence mentions an event the article reports right beside the quantity. */
function sameMatter(analysis: Analysis, knowledge: KnowledgeIndex, fact: Entity<Quantity>, sentence: number): boolean {
  const at = fact.fact.evidence[0]?.start ?? 0;
  return triggerHits(analysis, knowledge).some(
    (hit) =>
      analysis.tokens[hit.tokenStart]!.sentence === sentence &&
      hit.events.some((event) => event.factBase === fact.factBase && event.fact.evidence.some((evidence) => Math.abs(evidence.start - at) < 400)),
  );
}

/**
 * Whether a count's subject is a place that the sentence names neither itself nor through a place
 * inside it: "2,122 dead" over the whole quake is not the toll of one province. A sentence that
 * names no known place at all but restates the count's own article sentence speaks of that count
 * («ارتفع عدد الوفيات جراء تفشي الكوليرا إلى 121 حالة» for the province's toll of 112); a figure that
 * article sentence itself gives (a national toll beside it) is the article's (`restatedWith`).
 */
function placeUnnamed(analysis: Analysis, knowledge: KnowledgeIndex, fact: Entity<Quantity>, sentence: number): boolean {
  const subject = knowledge.resolve(fact, fact.fact.subject);
  if (!subject || subject.kind !== 'place') return false;
  const named = countPlaces(analysis, knowledge, sentence);
  if (named.some((mention) => knowledge.placeWithin(mention.entity, subject.key))) return false;
  return named.length > 0 || !restatesEvidence(analysis, knowledge, sentence, fact);
}

/**
 * Facts of one noun in the order a number at token `i` most likely means them: those whose
 * subject is a place named nearest in the sentence first (1293 وفاة في الحوز و542 وفاة في
 * تارودانت: the 542 is Taroudant's), then, given the figure the draft writes by the noun, the fact
 * whose value is nearest to it (49,500 homes still without power is a slip for the article's
 * 94,500, not for the 126,000 at the peak), the others after, in their own order.
 */
function byPlaceNearby(analysis: Analysis, knowledge: KnowledgeIndex, facts: Entity<Quantity>[], i: number, figure: number | undefined): Entity<Quantity>[] {
  if (facts.length < 2) return facts;
  const sentence = analysis.tokens[i]!.sentence;
  const places = countPlaces(analysis, knowledge, sentence);
  const distance = (fact: Entity<Quantity>) => {
    const subject = knowledge.resolve(fact, fact.fact.subject);
    if (!subject || subject.kind !== 'place') return Infinity;
    const near = places.filter((mention) => knowledge.placeWithin(mention.entity, subject.key)).map((mention) => Math.abs(mention.tokenStart - i));
    return near.length > 0 ? Math.min(...near) : Infinity;
  };
  const gap = (fact: Entity<Quantity>) => (figure !== undefined && figure > 0 && fact.fact.value > 0 ? Math.abs(Math.log(figure / fact.fact.value)) : 0);
  const ranked = facts.map((fact, order) => ({ fact, order, distance: distance(fact), gap: gap(fact) }));
  ranked.sort((a, b) => (a.distance === b.distance ? 0 : a.distance - b.distance) || a.gap - b.gap || a.order - b.order);
  return ranked.map((entry) => entry.fact);
}

/**
 * The first token of a known name of two words or more that ends right before token `i` in its
 * clause ("Royal Navy" in "200 Royal Navy sailors"): a number before it counts the noun after it,
 * as a count of the fact's when the fact has no subject or the name is its subject ("three Court
 * of Appeal judges" are not the Supreme Court's five justices).
 */
function nameBefore(analysis: Analysis, knowledge: KnowledgeIndex, i: number, fact: Entity<Quantity>): number | undefined {
  const tokens = analysis.tokens;
  const name = mentions(analysis, knowledge).find((mention) => mention.tokenEnd === i && mention.tokenEnd - mention.tokenStart >= 2 && tokens[mention.tokenStart]!.clause === tokens[i]!.clause);
  if (!name) return undefined;
  const subject = fact.fact.subject ? knowledge.resolve(fact, fact.fact.subject) : undefined;
  if (fact.fact.subject && (!subject || !knowledge.same(subject.key, name.entity))) return undefined;
  return name.tokenStart;
}

/**
 * What the nouns of the quantity facts start with, so that a draft's word is joined to the next
 * ones or to an alef only when a noun could be found that way: the first words of nouns of two
 * words or more, each with the lengths of its nouns (فرصة of فرصة عمل, heard of heard the case),
 * and the nouns ending in an alef without it (مترشح of مترشحا).
 */
function nounHeads(knowledge: KnowledgeIndex): NounHeads {
  let heads = nounHeadsOf.get(knowledge);
  if (!heads) {
    const firstWords = new Map<string, Set<number>>();
    const beforeAlef = new Set<string>();
    for (const key of knowledge.quantityNouns.keys()) {
      const words = key.split(' ');
      if (words.length > 1 && words.length <= 4) firstWords.set(words[0]!, (firstWords.get(words[0]!) ?? new Set()).add(words.length));
      if (key.endsWith('ا')) beforeAlef.add(key.slice(0, -1));
    }
    heads = { firstWords, beforeAlef };
    nounHeadsOf.set(knowledge, heads);
  }
  return heads;
}

interface NounHeads {
  firstWords: ReadonlyMap<string, ReadonlySet<number>>;
  beforeAlef: ReadonlySet<string>;
}

const nounHeadsOf = new WeakMap<KnowledgeIndex, NounHeads>();

/** The facts of a noun of several words whose first word's stem is `stem` at token `i`. */
function longNounFacts(tokens: readonly Token[], i: number, stem: string, lengths: ReadonlySet<number> | undefined, knowledge: KnowledgeIndex): Entity<Quantity>[] | undefined {
  for (const length of lengths ?? []) {
    const rest = tokens.slice(i + 1, i + length);
    if (rest.length !== length - 1 || rest.some((t) => t.sentence !== tokens[i]!.sentence)) continue;
    const facts = knowledge.quantityNouns.get([stem, ...rest.map((t) => t.key)].join(' '));
    if (facts) return facts;
  }
  return undefined;
}

const TIME_UNITS = new Set(['day', 'week', 'month', 'year', 'hour', 'minute']);
const durationConceptsOf = new WeakMap<KnowledgeIndex, Map<string, Entity<Quantity>[]>>();

/**
 * The duration facts of each concept one of their one-word nouns is a word of (`lexicon/concepts.ts`:
 * closed, closure and shut are one), so that a draft's other word of the concept finds them.
 */
function durationConcepts(knowledge: KnowledgeIndex): Map<string, Entity<Quantity>[]> {
  let map = durationConceptsOf.get(knowledge);
  if (map) return map;
  map = new Map();
  for (const fact of knowledge.quantities) {
    if (!TIME_UNITS.has(fact.fact.unit)) continue;
    const nouns = [...(fact.fact.noun?.ar ?? []), ...(fact.fact.noun?.en ?? [])].filter((noun) => !/\s/.test(noun.trim()));
    const concepts = new Set(nouns.map((noun) => wordConcept(wordKey(noun))).filter((concept): concept is string => !!concept));
    for (const concept of concepts) map.set(concept, [...(map.get(concept) ?? []), fact]);
  }
  durationConceptsOf.set(knowledge, map);
  return map;
}

/**
 * Whether the two English words before the noun at `i` are an adverb in -ly and the adjective it
 * qualifies (27 severely malnourished children, 2,100 newly displaced families): the number before
 * them counts the noun, as with one qualifier.
 */
function adverbAndAdjective(analysis: Analysis, i: number): boolean {
  const adverb = analysis.tokens[i - 2];
  const adjective = analysis.tokens[i - 1];
  if (!adverb || !adjective || adverb.script !== 'latin' || adjective.script !== 'latin') return false;
  const words = analysis.text.slice(adverb.oStart, analysis.tokens[i]!.oStart);
  return /^[a-z]{3,}ly [a-z]+ $/.test(words);
}

/**
 * The count and duration facts whose noun starts at token `i`: a one-word noun (مصادر, sources),
 * or one of several words whose other words follow it (فرصة عمل, فرص عمل, heard the case).
 * `heads` are what the fact base's nouns start with ({@link nounHeads}).
 */
function nounFacts(analysis: Analysis, knowledge: KnowledgeIndex, heads: NounHeads, i: number): Entity<Quantity>[] | undefined {
  const tokens = analysis.tokens;
  const token = tokens[i]!;
  let found: Set<Entity<Quantity>> | undefined;
  for (const { stem } of tokenStems(token)) {
    const facts = knowledge.quantityNouns.get(stem) ?? longNounFacts(tokens, i, stem, heads.firstWords.get(stem), knowledge);
    if (facts) for (const fact of facts) (found ??= new Set()).add(fact);
    // An Arabic noun and its indefinite accusative (مترشح, مترشحاً) are one word, whichever a
    // fact base lists.
    if (token.script === 'ar' && heads.beforeAlef.has(stem) && !/[اةى]$/.test(stem)) for (const fact of knowledge.quantityNouns.get(`${stem}ا`) ?? []) (found ??= new Set()).add(fact);
  }
  // "The death toll": a noun before "toll" is the singular of what it counts (deaths).
  if (!found && token.script === 'latin' && tokens[i + 1]?.key === 'toll') return knowledge.quantityNouns.get(`${token.key}s`);
  // A noun with its article found as another fact's noun (the death rate's «الوفيات») is still
  // the count's noun when «عدد» or «حصيلة» opens it («ارتفع عدد الوفيات إلى 121»).
  if (found && ![...found].some((fact) => COUNTED_UNITS.has(fact.fact.unit))) for (const fact of openedBare(analysis, knowledge, i) ?? []) found.add(fact);
  if (found) return [...found];
  // A duration's noun in another word of its concept (shut for closed, «أغلق» for إغلاق).
  const concept = tokenConcept(token);
  const byConcept = concept ? durationConcepts(knowledge).get(concept) : undefined;
  if (byConcept) return byConcept;
  // A noun of the other language than the fact's nouns («راكب» for passengers).
  // A duration's unit word in the other language than its nouns («ساعة» for hours).
  return openedBare(analysis, knowledge, i) ?? otherLanguageFacts(knowledge, token, COUNTED_UNITS) ?? unitWordFacts(knowledge, token);
}

/**
 * The facts of the Arabic noun at token `i` without its article, when a label or an opener shows it
 * is one: a label's noun keeps its article («**عدد المراكز:**», «| حالات الغش |»), and so does a
 * noun opened by «عدد» or «حصيلة» («بلغ عدد الجرحى 45»). Most words are no noun of a fact without
 * their article: the line is read only for one that is.
 */
function openedBare(analysis: Analysis, knowledge: KnowledgeIndex, i: number): Entity<Quantity>[] | undefined {
  const tokens = analysis.tokens;
  if (tokens[i]!.script !== 'ar') return undefined;
  const bare = withoutArticle(tokens[i]!.key);
  if (bare === tokens[i]!.key) return undefined;
  const labelled = knowledge.quantityNouns.get(bare);
  return labelled && (labelOfLine(analysis, i) || openedNoun(tokens, i)) ? labelled : undefined;
}

/**
 * Whether the noun at token `i` is opened as a whole count ("the number of", «عدد», «حصيلة») in a
 * sentence that names no known place: «بلغ عدد الناجحين 70 ألفاً» states the count the article
 * gives, while "the number of candidates in Sfax" counts a part of it.
 */
function countOfAll(analysis: Analysis, knowledge: KnowledgeIndex, i: number): boolean {
  if (openerOf(analysis.tokens, i) === undefined) return false;
  const sentence = analysis.tokens[i]!.sentence;
  return !mentions(analysis, knowledge).some((mention) => mention.kind === 'place' && analysis.tokens[mention.tokenStart]!.sentence === sentence);
}

/** Whether a token is a noun of a quantity fact other than `facts` (what another figure counts). */
function otherFactNoun(knowledge: KnowledgeIndex, token: Token, facts: readonly Entity<Quantity>[]): boolean {
  return tokenStems(token).some((s) => (knowledge.quantityNouns.get(s.stem) ?? []).some((fact) => !facts.includes(fact)));
}

/**
 * The range a fix rewrites and its text: the number alone for a count or a unit symbol (12 km), else
 * the number and its unit word together, so the word agrees with the number (14 hours → 11 hours,
 * «ساعتين» → «تسع ساعات», «5 كيلومترات» → «12 كيلومتراً»).
 */
function fixOf(analysis: Analysis, number: NumberExpression, q: Quantity, lang: 'ar' | 'en', original: string): { range: { start: number; end: number }; expected: string } {
  const tokens = analysis.tokens;
  // A count's compound (seven-member) keeps its noun: only the number part is replaced.
  let range = { start: number.start, end: q.unit === 'count' && number.numberEnd !== undefined ? number.numberEnd : number.end };
  let expected = render(q.value, number, q.unit === 'count' ? undefined : q.unit, lang, original);
  if (q.unit !== 'count' && !number.unit && number.style !== 'dual') {
    // Replace the number and its unit word together, so the unit agrees with the number.
    const unitToken = tokens[number.tokenEnd]!;
    // A unit symbol takes any number as it is: 20 km → 12 km.
    if (MEASURES.has(q.unit) && MEASURE_SYMBOLS.has(unitToken.key)) return { range, expected };
    // An area's words (square kilometres, «كيلومتراً مربعاً») are left as the draft wrote them.
    if (q.unit.startsWith('square-')) return { range, expected };
    range = { start: number.start, end: unitToken.oEnd };
    const joiner = analysis.text.slice(number.end, unitToken.oStart);
    if (joiner === '-') {
      // A compound adjective keeps its form: a 10-month deadline → an 8-month deadline.
      expected = `${render(q.value, number, q.unit, lang, original)}-${analysis.text.slice(unitToken.oStart, unitToken.oEnd)}`;
    } else if (lang === 'ar' && MEASURES.has(q.unit)) {
      expected = `${number.style === 'ar-words' ? String(q.value) : render(q.value, number, q.unit, lang, original)} ${arabicMeasureWord(q.value, q.unit as MeasureUnit)}`;
    } else if (lang === 'ar' && UNIT_AR[q.unit]) {
      const words = unitWordsOf(q.unit, unitToken);
      const unitWord = q.value === 1 ? words.one : q.value <= 10 ? words.few : words.many;
      // Words stay words where the duration writer has them (ستة أشهر → ثمانية أشهر).
      expected = number.style === 'ar-words' && q.value <= 10 ? arabicDuration(q.value, q.unit as 'month', words) : `${number.style === 'ar-words' ? String(q.value) : render(q.value, number, q.unit, lang, original)} ${unitWord}`;
    } else {
      // A length written in another unit (four years for 40 months) gets the fact's unit word.
      const written = analysis.text.slice(unitToken.oStart, unitToken.oEnd);
      const unitText = TIME_UNITS.has(q.unit) && unitAt(unitToken) !== q.unit ? q.unit : written;
      const plural = q.value === 1 ? unitText.replace(/s$/, '') : /s$/.test(unitText) ? unitText : unitText + 's';
      expected = `${render(q.value, number, q.unit, lang, original)} ${plural}`;
    }
  } else if (number.style === 'dual' && lang === 'ar' && UNIT_AR[q.unit]) {
    // A dual is a word: the article's duration in words where the writer has them (شهرين → ثلاثة أشهر).
    const words = unitWordsOf(q.unit, tokens[number.tokenStart]!);
    expected = q.value <= 10 ? arabicDuration(q.value, q.unit as 'month', words) : `${q.value} ${words.many}`;
  }
  return { range, expected };
}

/**
 * The number of the fact's time unit that the noun at token `i` measures: one within a few words
 * of it in its clause (مهلة 8 أشهر, eight-month deadline); the one number of that unit on a line
 * the noun labels («**الإصلاح:** … على مدى 12 يوماً»); or, in a sentence that restates the fact's
 * own sentence, the one number of that unit in the sentence, however far from the noun ("closed
 * the M4 between junctions 44 and 46 for 14 hours").
 */
function durationOf(analysis: Analysis, knowledge: KnowledgeIndex, all: readonly NumberExpression[], i: number, fact: Entity<Quantity>): { number: NumberExpression; unitTokenEnd: number } | undefined {
  const tokens = analysis.tokens;
  const q = fact.fact;
  if (!givenAsLength(fact)) return undefined;
  const line = lineDuration(analysis, all, i, fact);
  if (line === 'two') return undefined;
  for (const number of line ? [line] : all) {
    // A figure that opens its line may be labelled by the words after its colon («- 25 عاماً: مدة عقد التشغيل»).
    const figureLabel = !line && figureLabelledBy(analysis, number, number.unit ? number.tokenEnd : number.tokenEnd + 1, i);
    if (!line && !figureLabel && tokens[number.tokenStart]!.clause !== tokens[i]!.clause && !labelOf(analysis, i, number.tokenStart)) continue;
    // A clock's hour comes after its noun («الساعة 3 فجراً»): only the longer units are written first.
    const unitFirst = unitAt(tokens[number.tokenStart - 1]);
    const unitBefore = tokens[number.tokenStart - 1]?.key.startsWith('ال') && unitFirst !== 'hour' && unitFirst !== 'minute' ? unitFirst : undefined;
    const unit = unitAfter(tokens, number) ?? unitBefore;
    if (!unit || !sameScale(unit, q.unit)) continue;
    // A hedge between the noun and its figure (takes about 15 hours, «تستغرق نحو 15 ساعة») says nothing of what it measures.
    // It is read only where it decides, so that the pairs of a long sentence stay cheap.
    const gap = number.tokenStart - i;
    const after = gap > 6 && gap <= 6 + LONGEST_HEDGE ? gap - hedgeLengthBefore(tokens, number.tokenStart) : gap;
    const before = i - number.tokenEnd - (number.unit ? 0 : 1);
    // The noun may be the figure's own unit word, in the other language than the fact's nouns («4600 ساعة» for hours).
    const ownUnit = number.tokenEnd === i && namesByUnitWord(tokens[i]!, q);
    if (!line && !ownUnit && !figureLabel && !(after >= 1 && after <= 6) && !(before >= 0 && before <= 2)) continue;
    // مهلة الأشهر الستة: the unit comes first; report the pair (not when a measure follows the
    // figure: «هذا العام 1.2 مليون طن» is a weight, not a number of years).
    if (unitBefore && !number.unit && unitAfter(tokens, number) === undefined) {
      return { number: { ...number, start: tokens[number.tokenStart - 1]!.oStart, tokenStart: number.tokenStart - 1, unit: unitBefore }, unitTokenEnd: number.tokenEnd };
    }
    return { number, unitTokenEnd: number.unit ? number.tokenEnd : number.tokenEnd + 1 };
  }
  if (line) return undefined;
  const sentence = tokens[i]!.sentence;
  const ofUnit = all.filter((n) => tokens[n.tokenStart]!.sentence === sentence && unitAfter(tokens, n) === q.unit);
  const lone = ofUnit.length === 1 ? ofUnit[0]! : undefined;
  if (!lone || tokens[lone.tokenStart]!.clause !== tokens[i]!.clause || lone.tokenStart - i > 12 || lone.tokenStart < i) return undefined;
  if (!restatesEvidence(analysis, knowledge, sentence, fact)) return undefined;
  return { number: lone, unitTokenEnd: lone.unit ? lone.tokenEnd : lone.tokenEnd + 1 };
}

/** The finding of a wrong count or duration `number` for `fact`, with its fix in the draft's style. */
function numberFinding(analysis: Analysis, knowledge: KnowledgeIndex, fact: Entity<Quantity>, number: NumberExpression): Draft {
  const lang = tokenLang(analysis, analysis.tokens[number.tokenStart]!);
  const original = analysis.text.slice(number.start, number.end);
  const { range, expected } = fixOf(analysis, number, fact.fact, lang, original);
  const actual = analysis.text.slice(range.start, range.end);
  return wrongNumberFinding(knowledge, fact, { range, lang, actual, expected, fix: { text: expected } });
}

/** What one check reads once and every noun's comparison shares. */
interface CountScan {
  analysis: Analysis;
  knowledge: KnowledgeIndex;
  /** The numbers a count or a duration may be ({@link countable}). */
  all: readonly NumberExpression[];
  /** Each year the date reader takes, and whether a month (or a day) goes with it. */
  yearTokens: ReadonlyMap<number, boolean>;
  /** The figures of a combined fate (36 dead or missing), compared with combined facts only. */
  combined: ReturnType<typeof combinedFigures>;
}

/**
 * What a noun at a token may count: its facts, and the figures a compound or a part and its whole
 * give it; `modified` when an English noun right before it says what kind it is (walnut trees).
 */
interface NounAt {
  i: number;
  facts: Entity<Quantity>[];
  modified: boolean;
  compound: ReturnType<typeof compoundCount>;
  whole: ReturnType<typeof partAndWhole> | undefined;
  /** The facts of the English noun right after it, the head it modifies (olive trees), which a figure may agree with. */
  headFacts: Entity<Quantity>[];
}

/** A number found for a fact, with the token after its unit. */
interface Found {
  number: NumberExpression;
  unitTokenEnd: number;
}

/** Reports each Arabic dual of a counted noun whose fact is not two: «مصدران عراقيان» says two. */
function checkDuals(analysis: Analysis, knowledge: KnowledgeIndex, report: (draft: Draft) => void): void {
  const tokens = analysis.tokens;
  for (const token of tokens) {
    if (token.script !== 'ar') continue;
    for (const fact of knowledge.quantityDuals.get(token.key) ?? []) {
      if (fact.fact.value === 2) continue;
      if (!qualifiedBy(tokens, token.index, fact.fact) && (!sameMatter(analysis, knowledge, fact, token.sentence) || namesAnotherFate(tokens, fact.fact, token.index, token.index + 1))) continue;
      const lang = tokenLang(analysis, token);
      const actual = analysis.text.slice(token.oStart, token.oEnd);
      const expected = lang === 'ar' ? `${ARABIC_DISPLAY[fact.fact.value]?.m ?? fact.fact.value} ${nameIn(fact.fact.noun, 'ar')}` : String(fact.fact.value);
      report(wrongNumberFinding(knowledge, fact, { range: { start: token.oStart, end: token.oEnd }, lang, actual, expected, fix: { text: expected } }));
    }
  }
}

/**
 * The number a count fact's noun at `noun.i` counts: NUMBER [qualifier] NOUN, NUMBER NAME NOUN (200
 * Royal Navy sailors), NUMBER MODEL NOUN, NOUN NUMBER, a label's figure or a figure stated after
 * its noun; undefined where none is the fact's (no qualifier and another matter, a place unnamed).
 */
function countFound(scan: CountScan, noun: NounAt, fact: Entity<Quantity>): Found | undefined {
  const { analysis, knowledge, all, yearTokens } = scan;
  const { i, facts, compound, whole, modified } = noun;
  const tokens = analysis.tokens;
  const q = fact.fact;
  const name = nameBefore(analysis, knowledge, i, fact);
  const model = modelStartBefore(analysis, i);
  // A noun before "toll" names what the toll counts: no number before it counts it.
  const candidates = tokens[i + 1]?.key === 'toll' ? [] : all.filter(
    (n) =>
      (n.tokenEnd === i || n === compound?.number || (n.tokenEnd === i - 1 && tokens[i - 1]!.script !== 'digit') || (n.tokenEnd === i - 2 && ofThemBefore(tokens, i)) || (n.tokenEnd === i - 2 && (modified || adverbAndAdjective(analysis, i))) || n.tokenEnd === name || (model < i && n.tokenEnd === model)) &&
      tokens[n.tokenStart]!.clause === tokens[i]!.clause &&
      !yearLike(n, tokens, yearTokens, n.tokenEnd === i),
  );
  const next = candidates.find((n) => n.tokenEnd === i) ?? candidates[0];
  const split = next && whole && (next === whole.part || next === whole.whole) ? whole : undefined;
  const adjacent = split && next ? partOrWhole(knowledge, split, fact, facts, next) : next;
  if (split && !adjacent) return undefined;
  // A label names what its line counts: «**عدد المراكز:** 27», "| Rescues | 143 |".
  const labelled = adjacent ? undefined : labelledCount(analysis, knowledge, all, i, fact);
  // A figure stated after its noun: "the number of injured reached 45", «بلغ عدد الجرحى 45».
  const stated = adjacent || labelled ? undefined : statedCount(analysis, all, i, (token) => otherFactNoun(knowledge, token, facts));
  const number = adjacent ?? labelled ?? stated;
  // A label's figure is the label's count, whatever its digits (| القتلى | 2102 |).
  const found = number && (number === labelled || number === split?.whole || !yearLike(number, tokens, yearTokens, number.tokenEnd === i)) ? { number, unitTokenEnd: number.tokenEnd } : undefined;
  if (!found || placeUnnamed(analysis, knowledge, fact, tokens[i]!.sentence)) return undefined;
  // The label ties the figure to the fact on its own.
  if (labelled) return found;
  const hasQualifier = !!q.qualifier && !!(q.qualifier.ar?.length || q.qualifier.en?.length);
  if (hasQualifier && !qualifiedBy(tokens, i, q, number === stated ? Math.min(i, found.number.tokenStart) : found.number.tokenStart, modified)) {
    // A part of another nationality (3 English firms beside the article's 4 Scottish ones) is not the fact's.
    if (otherNationality(tokens, i, q)) return undefined;
    // (A count stated after its noun has its verb before the noun: "has a workforce of 1,580".)
    // Without its qualifier a count is the article's only when the sentence speaks of the
    // same matter (an event the article reports beside the count).
    return sameMatter(analysis, knowledge, fact, tokens[i]!.sentence) && !namesAnotherFate(tokens, q, Math.min(i, found.number.tokenStart), Math.max(i, found.number.tokenEnd)) ? found : undefined;
  }
  if (!hasQualifier && !(number === stated && countOfAll(analysis, knowledge, i)) && !(split ? facts : [fact]).some((one) => restatesEvidence(analysis, knowledge, tokens[i]!.sentence, one)) && !sameMatter(analysis, knowledge, fact, tokens[i]!.sentence) && !restatedAcross(scan, i, fact, found.number) && !(number === adjacent && placeAfterNoun(analysis, knowledge, i + 1, fact))) {
    // A bare noun (people, شخص) counts many things: the number is this fact's only in a
    // sentence that restates the fact's own sentence or speaks of its matter. A whole is of
    // the matter its part restates (the 2,012 deaths that Al Haouz's 1,293 are part of). The
    // fact's place right after the noun ties it too (15,000 trainees in Irbid).
    return undefined;
  }
  return found;
}

/** The English pronouns after "of" that make the figure before them a part with its own noun after (of them, of whom). */
const OF_THEM_PRONOUNS = new Set(OF_THOSE.en.map(wordKey));

/**
 * Whether "of them" or "of whom" stands right before the noun at token `i`, in its clause: the
 * figure before them counts the noun ("3,100 staff, 1,240 of them nurses").
 */
function ofThemBefore(tokens: readonly Token[], i: number): boolean {
  const of = tokens[i - 2];
  const pronoun = tokens[i - 1];
  return of?.key === 'of' && !!pronoun && OF_THEM_PRONOUNS.has(pronoun.key) && of.clause === tokens[i]!.clause && pronoun.clause === of.clause;
}

/**
 * Whether the words around a count (from `start` to `end`, two words either side, in its clause)
 * name another fate than the one its fact's qualifier names: «أدى إلى وفاة عاملين» counts the dead,
 * not the seven workers the article says were injured (lexicon/fates.ts).
 */
function namesAnotherFate(tokens: readonly Token[], q: Quantity, start: number, end: number): boolean {
  const own = new Set([...(q.qualifier?.ar ?? []), ...(q.qualifier?.en ?? [])].map((word) => fateOf(wordKey(word))?.fate).filter((fate) => fate !== undefined));
  if (own.size === 0) return false;
  const clause = tokens[start]!.clause;
  for (let k = Math.max(0, start - 2); k < Math.min(tokens.length, end + 2); k++) {
    if (tokens[k]!.clause !== clause) continue;
    const fate = fateOf(tokens[k]!.key)?.fate;
    if (fate && !own.has(fate)) return true;
  }
  return false;
}

/** The nouns that count anyone (people, «نسمة»), by key. */
const ANYONE = new Set(ANYONE_NOUNS.map(wordKey));

/**
 * Whether the noun at token `i`, in a sentence of the other language than the article, names `fact`
 * in a sentence that restates the fact's own sentence loosely, by a name or a figure and the noun
 * (`restatesEvidenceAcross`): a sentence in the other language shares few words with it. The noun
 * names the fact through a concept («مكالمة» for calls), or as the fact's own noun of the draft's
 * language (the editor's "provinces" for an Arabic article's «أقاليم») with stricter ties: not a
 * noun that counts anyone (people, «نسمة»); not where the sentence gives the fact's figure itself
 * (240 jobs, 90 of them …) or the fact's sentence gives the draft's figure (the 40,000 built beside
 * the 60,000 needed); and by a name other than a place's (the story's country is named everywhere)
 * or a telling figure other than the one compared.
 */
function restatedAcross(scan: CountScan, i: number, fact: Entity<Quantity>, figure: NumberExpression): boolean {
  const { analysis, knowledge, all } = scan;
  const token = analysis.tokens[i]!;
  if (namesInOtherLanguage(token, fact.fact)) return restatesEvidenceAcross(analysis, knowledge, token.sentence, fact);
  if (ANYONE.has(token.key)) return false;
  if (all.some((n) => n !== figure && n.value === fact.fact.value && analysis.tokens[n.tokenStart]!.sentence === token.sentence)) return false;
  if (figuresOfFactSentences(knowledge, fact).has(figure.value)) return false;
  const places = placeTokens(analysis, knowledge);
  return restatesEvidenceAcross(analysis, knowledge, token.sentence, fact, (at, key) => !places.has(at) && (at < figure.tokenStart || at >= figure.tokenEnd) && (!key.startsWith('#') || tellingFigure(Number(key.slice(1)))));
}

const figuresOfFactSentencesCache = new WeakMap<Entity<Quantity>, Set<number>>();

/** The figures of the article sentences that hold a fact's evidence, read once per fact. */
function figuresOfFactSentences(knowledge: KnowledgeIndex, fact: Entity<Quantity>): Set<number> {
  let figures = figuresOfFactSentencesCache.get(fact);
  if (!figures) {
    figures = new Set(articleSentencesOf(knowledge, fact).flatMap((sentence) => [...sentence.numbers]));
    figuresOfFactSentencesCache.set(fact, figures);
  }
  return figures;
}

const placeTokensCache = new WeakMap<KnowledgeIndex, WeakMap<Analysis, Set<number>>>();

/** The first tokens of the draft's place mentions, read once per draft and fact base. */
function placeTokens(analysis: Analysis, knowledge: KnowledgeIndex): Set<number> {
  let byDraft = placeTokensCache.get(knowledge);
  if (!byDraft) placeTokensCache.set(knowledge, (byDraft = new WeakMap()));
  let places = byDraft.get(analysis);
  if (!places) {
    places = new Set(mentions(analysis, knowledge).filter((mention) => mention.kind === 'place').map((mention) => mention.tokenStart));
    byDraft.set(analysis, places);
  }
  return places;
}

/**
 * Whether a figure shared by two sentences ties them: not one below ten (three waves, 3 June) nor
 * a year, which many sentences of a story give.
 */
function tellingFigure(value: number): boolean {
  return value >= 10 && !(Number.isInteger(value) && value >= 1900 && value <= 2100);
}

/**
 * The duration or measure a duration fact's noun at token `i` measures ({@link durationOf}), unless
 * it is another place's distance, a length of another dimension or a weight of another thing.
 */
function durationFound(scan: CountScan, noun: NounAt, fact: Entity<Quantity>): Found | undefined {
  const { analysis, knowledge, all } = scan;
  const { i, facts } = noun;
  const tokens = analysis.tokens;
  const q = fact.fact;
  const found = durationOf(analysis, knowledge, all, i, fact);
  // A unit word of the other language («ساعة» for hours) names a fact only as its figure's own
  // unit, in a sentence that restates the fact's sentence: most figures of hours are of other things.
  if (found && namesByUnitWord(tokens[i]!, q) && (found.number.tokenEnd !== i || !restatesEvidenceAcross(analysis, knowledge, tokens[i]!.sentence, fact))) return undefined;
  // A distance from a place is that place's only where the sentence names it.
  if (!found || placeUnnamed(analysis, knowledge, fact, tokens[i]!.sentence)) return undefined;
  // A length of another dimension (14 metres deep for a quay's length) is not the fact's.
  if ((q.unit === 'km' || q.unit === 'metre') && otherDimension(analysis, fact, i, found.number.tokenStart, found.unitTokenEnd)) return undefined;
  // A weight with another fact's noun between it and this noun is that fact's («محصول الشعير 1.5 مليون طن»).
  const between = tokens.slice(Math.min(i, found.number.tokenEnd) + 1, Math.max(i, found.number.tokenStart));
  if (WEIGHTS.has(q.unit) && (!weightComparable(analysis, all, found.number, found.unitTokenEnd, q) || between.some((token) => otherFactNoun(knowledge, token, facts)))) return undefined;
  // What a weight is of, in the article after the figure (tonnes of wheat), ties only a figure before it.
  if (WEIGHTS.has(q.unit) && found.number.tokenStart > i && weightOfNoun(q)) return undefined;
  return found;
}

/** The days in one of each long time unit, for lengths given in another unit than the article's. */
const DAYS_IN: Readonly<Record<string, number>> = { day: 1, week: 7, month: 365.25 / 12, year: 365.25 };

/**
 * Whether a length written in another long time unit than the fact's is the fact converted: the
 * same length exactly (two years for 24 months), or a bound or rounding of it that its hedge
 * allows (more than three years, «أكثر من ثلاث سنوات» for 40 months).
 */
function convertedAgrees(tokens: readonly Token[], number: NumberExpression, q: Quantity, foundUnit: string | undefined): boolean {
  const from = foundUnit ? DAYS_IN[foundUnit] : undefined;
  const to = DAYS_IN[q.unit];
  if (!from || !to || foundUnit === q.unit) return false;
  const converted = (q.value * to) / from;
  if (Math.abs(converted - number.value) < 0.01 * number.value) return true;
  return hedgeAgrees(hedgesFor(tokens, number.tokenStart, [q]), number.value, converted);
}

/**
 * Whether the number found for `fact` is not wrong: the fact's own figure, a bound or rounding of
 * it, another fact's of the noun, an increment, a derived figure, the restated sentence's own
 * figure, or a figure of another occasion.
 */
function excused(scan: CountScan, noun: NounAt, fact: Entity<Quantity>, number: NumberExpression): boolean {
  const { analysis, knowledge, combined } = scan;
  const tokens = analysis.tokens;
  const q = fact.fact;
  const foundUnit = q.unit === 'count' ? 'count' : (unitAfter(tokens, number) ?? unitAt(tokens[number.tokenStart - 1]));
  if ((number.value === q.value || thousandsReading(analysis, number) === q.value) && foundUnit === q.unit) return true;
  // A hedged figure (more than 150,000, «نحو 12 ألفاً») is a bound or a rounding of the article's.
  if (foundUnit === q.unit && hedgeAgrees(hedgesFor(tokens, number.tokenStart, [q]), number.value, q.value)) return true;
  // A length given in another unit (more than three years for 40 months) is compared in the draft's.
  if (convertedAgrees(tokens, number, q, foundUnit)) return true;
  if (agreesWithOne(analysis, [...noun.facts, ...noun.headFacts].filter((one) => !fateMismatch(knowledge, combined, one, number.tokenStart)), number, foundUnit)) return true;
  // An increment ("another 16 engines", «300 وفاة إضافية») is no total (unless the article
  // gives one too); a sum or a difference of two of the article's figures, or the share of one that a
  // percentage of the sentence gives, is worked out from them.
  if ((isIncrement(tokens, number.tokenStart, number.tokenEnd) && !incrementFact(fact)) || derivedFigure(knowledge, fact, number.value) || shareOfFigure(analysis, q, number)) return true;
  // The sentence restates an article sentence that gives this very number: it is the
  // article's figure for something else than the fact the noun pointed to; not the earlier
  // figure of a comparison given as the figure reached (rose to 31 for «إلى 48 … بعدما كانت 31»).
  const reached = givenAsReached(tokens, number.tokenStart) && !afterComparison(tokens, number.tokenStart);
  // Nor the change of a count given as the level it reached (rose to 45 for "rose by 45 to 312").
  const changeAsLevel = reached && q.unit === 'count' && givenAsChange(fact, number.value);
  // A combined toll is compared with the combined fact alone: the restated sentence's figure of
  // one fate (the 22 dead of 36 dead or missing) is no excuse for it.
  if (!combined.has(number.tokenStart) && !changeAsLevel && restatedWith(analysis, knowledge, tokens[number.tokenStart]!.sentence, (aligned) => (foundUnit === 'count' ? aligned.numbers.has(number.value) && !(reached && aligned.earlier.has(number.value)) : !!foundUnit && aligned.durations.has(`${number.value}:${foundUnit}`)))) return true;
  // A sentence about another occasion (another year, a later day) gives other figures.
  return otherOccasionOfFigure(analysis, knowledge, tokens[number.tokenStart]!.sentence, fact, number.tokenStart) || anotherTime(analysis, fact, number.tokenStart);
}

/**
 * Whether the English noun at token `i` is the head of a compound whose first noun, right before
 * it, is a noun of a fact too (walnut trees, prison officers): a number before the two counts the
 * head, and the first noun only says what kind it is. Arabic puts the head first (شجرة جوز).
 */
function compoundHead(analysis: Analysis, knowledge: KnowledgeIndex, heads: NounHeads, i: number): boolean {
  const tokens = analysis.tokens;
  const head = tokens[i];
  const first = tokens[i - 1];
  if (!head || !first || head.script !== 'latin' || first.script !== 'latin' || head.clause !== first.clause) return false;
  if (analysis.text.slice(first.oEnd, head.oStart) !== ' ') return false;
  return tokenStems(first).some(({ stem }) => knowledge.quantityNouns.has(stem)) && !!nounFacts(analysis, knowledge, heads, i);
}

/** What the noun at token `i` may count, or undefined where it is no noun of a count or a duration fact. */
function nounAt(scan: CountScan, heads: NounHeads, endingAt: ReadonlyMap<number, NumberExpression>, i: number): NounAt | undefined {
  const { analysis, knowledge, all } = scan;
  const before = endingAt.get(i - 1) ?? endingAt.get(i);
  // A noun that says what kind the next one is (walnut trees) is not what a number before it counts.
  if (before && compoundHead(analysis, knowledge, heads, i + 1)) return undefined;
  // People counted with a verb (64 people were killed, «قتل 64 شخصاً») are the verb's count.
  // A count written as a compound adjective (a seven-member committee, a 7-member committee).
  const compound = compoundCount(analysis, knowledge, all, i);
  const facts = (before && verbCountFacts(analysis, knowledge, i, before.tokenStart)) ?? nounFacts(analysis, knowledge, heads, i) ?? compound?.facts;
  if (!facts) return undefined;
  // A part of a whole: a place's figure is the part, the total's the whole ("1,293 of the 2,012 deaths").
  const whole = before && before.tokenEnd === i ? partAndWhole(analysis.tokens, all, before, i) : undefined;
  return { i, facts, compound, whole, modified: compoundHead(analysis, knowledge, heads, i), headFacts: englishHeadFacts(analysis, knowledge, heads, i) };
}

/**
 * The facts of the English noun right after the noun at token `i` in its clause: the head of the
 * phrase the noun modifies ("1 million new olive trees" counts trees, though a fact base may list
 * "olive" as a noun of another count), so a figure that agrees with one of them is not wrong.
 */
function englishHeadFacts(analysis: Analysis, knowledge: KnowledgeIndex, heads: NounHeads, i: number): Entity<Quantity>[] {
  const token = analysis.tokens[i]!;
  const next = analysis.tokens[i + 1];
  if (token.script !== 'latin' || next?.script !== 'latin' || next.clause !== token.clause) return [];
  return nounFacts(analysis, knowledge, heads, i + 1) ?? [];
}

/** Reports each count and duration whose noun names a fact and whose number is not the fact's. */
function checkCounts(scan: CountScan, report: (draft: Draft) => void, reported: Set<number>): void {
  const { analysis, knowledge, all } = scan;
  const tokens = analysis.tokens;
  // The fact base's nouns are read once per check, not once per word.
  const heads = nounHeads(knowledge);
  // The number that ends at each token, so that each noun finds its own at once.
  const endingAt = new Map(all.map((n) => [n.tokenEnd, n] as const));
  for (let i = 0; i < tokens.length; i++) {
    const noun = nounAt(scan, heads, endingAt, i);
    if (!noun) continue;
    // The figure the noun most likely counts ranks its facts: the one before it, else the first
    // after it in its sentence (a label's, a stated count's: "| Candidates | 125,480 |").
    const before = endingAt.get(i - 1) ?? endingAt.get(i) ?? (noun.modified ? endingAt.get(i - 2) : undefined);
    const figure = before?.value ?? all.find((n) => n.tokenStart > i && n.tokenStart - i <= 15 && tokens[n.tokenStart]!.sentence === tokens[i]!.sentence)?.value;
    for (const fact of byPlaceNearby(analysis, knowledge, noun.facts, i, figure)) {
      // Money and percentages are compared as amounts (elsewhere); other units are not read yet.
      if (!COUNTED_UNITS.has(fact.fact.unit)) continue;
      const found = fact.fact.unit === 'count' ? countFound(scan, noun, fact) : durationFound(scan, noun, fact);
      if (!found) continue;
      const number = found.number;
      if (fateMismatch(knowledge, scan.combined, fact, number.tokenStart) || reported.has(number.start) || excused(scan, noun, fact, number)) continue;
      // A part of the whole the sentence gave before with the fact's figure is no slip for it.
      if (partOfGivenWhole(tokens, all, number, fact.fact)) continue;
      reported.add(number.start);
      report(numberFinding(analysis, knowledge, fact, number));
    }
  }
}

export const quantity: Rule = {
  id: 'quantity',
  category: 'number',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    en: 'A count, duration, amount or person\'s age differs from the number the article gives.',
    ar: 'عدد أو مدة أو مبلغ أو عمر شخص يخالف الرقم الوارد في المقال.',
  },
  check({ analysis, knowledge, report }) {
    checkAmounts(analysis, knowledge, report);
    checkSplits(analysis, knowledge, report);
    const reported = new Set<number>();
    checkAges(analysis, knowledge, report, reported);
    checkEventAges(analysis, knowledge, report, reported);
    checkScales(analysis, knowledge, report, reported);
    checkOrdinals(analysis, knowledge, report, reported);
    if (knowledge.quantityNouns.size === 0) return;
    checkDuals(analysis, knowledge, report);
    const all = countable(analysis, knowledge);
    if (all.length === 0) return;
    const yearTokens = new Map(dates(analysis).flatMap((date) => (date.year ? [[date.year.tokenStart, !!date.month] as const] : [])));
    checkCounts({ analysis, knowledge, all, yearTokens, combined: combinedFigures(analysis.tokens, all) }, report, reported);
    checkSubGroups(analysis, knowledge, all, report, reported);
    checkElidedCounts(analysis, knowledge, all, report, reported);
    checkContrastedCounts(analysis, knowledge, all, report, reported);
    checkMeasures(analysis, knowledge, report, reported);
    checkLeftoverCounts(analysis, knowledge, report, reported);
    checkDurationSlots(analysis, knowledge, report, reported, (fact, number) => numberFinding(analysis, knowledge, fact, number));
  },
};
