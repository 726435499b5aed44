/**
 * Aligns a draft sentence with the article sentences it restates. A sentence that restates an
 * article sentence shares its content words (light stems in both languages, see `text/stem.ts`);
 * the article sentences that share the most with it are its alignment. The rules then compare a
 * claim's slot (a number, a date, a place) with the same slot of the aligned sentence: a value the
 * aligned sentence itself holds is the article's, whichever fact the rule first tied it to.
 *
 * The article comes from the fact base (`factBase/article.ts`); without it, the evidence texts of
 * the facts stand in for it. Sentences are indexed by stem once per knowledge index, and a draft
 * sentence is aligned once, by looking its stems up, so the cost is linear in the draft.
 */
import { analyse, type Analysis, type Token } from './analysis';
import { distanceBefore } from './extract/placeDistances';
import { departureVerb } from './extract/departures';
import { routes } from './extract/routes';
import { placeLists } from './rules/places/lists';
import { articleOf } from './factBase/article';
import { proseMask } from './text/markdown';
import type { FactBaseData } from './factBase/schema';
import { mentions, type Mention } from './mentions';
import type { Entity } from './knowledge';
import type { EvidenceRef } from './types';
import { numbers } from './extract/numbers';
import { apposedAgeBefore } from './extract/ages';
import { dates, wireDateline, type DateExpression } from './extract/dates';
import { yearOfBareMonth } from './extract/monthYears';
import { relativeDayIn, weekdayOfDay, weekdays } from './extract/weekdays';
import { amounts } from './extract/amounts';
import { clockTimes } from './extract/times';
import { afterSpeechVerb } from './rules/dates/cutOffs';
import { contentStem } from './text/stem';
import { alignmentKey, dateTieKey, isNationConcept, nationConcept } from './lexicon/concepts';
import { UNIT_WORDS, type TimeUnit } from './lexicon/numbers';
import { MEASURE_SCHEMA_UNITS, type MeasureUnit } from './lexicon/units';
import { tokenContentStem, tokenStems, type KnowledgeIndex } from './knowledge';
import { perDraft } from './memo';
import { emptyListOfObjects, mapList } from './emptyList';
import { nationalityOf } from './titles';
import { ARRIVAL_VERBS, COUNTRY_PLACE, HEADING_WORDS, LEAVING_FOR_VERBS, ORIGIN_WORDS, PLACE_UNIT_LEVEL } from './lexicon/words';
import { afterComparison } from './extract/comparisons';
import { combinedFigures } from './extract/combinedFates';

/** The time unit a token names (أشهر, months), if any. */
export function unitAt(token: Token | undefined): TimeUnit | undefined {
  if (!token) return undefined;
  for (const { stem } of tokenStems(token)) {
    const unit = UNIT_WORDS[stem] ?? (stem.startsWith('ال') ? UNIT_WORDS[stem.slice(2)] : undefined);
    if (unit) return unit;
  }
  return undefined;
}

/** The measure of the schema a token names (كيلومترات, metres, طن), if any. */
export function measureAt(token: Token | undefined): MeasureUnit | undefined {
  if (!token) return undefined;
  return MEASURE_SCHEMA_UNITS.get(token.key) ?? tokenStems(token).map(({ stem }) => MEASURE_SCHEMA_UNITS.get(stem)).find((unit) => unit !== undefined);
}

/** One sentence of an article, with the values it holds. */
export interface ArticleSentence {
  text: string;
  /** The fact base whose article this is, and the sentence's range in that article. */
  factBase: FactBaseData;
  start: number;
  end: number;
  stems: Set<string>;
  /**
   * The same with each stem of a concept read as its concept (`lexicon/concepts.ts`): the keys a
   * sentence in other words or in the other language is aligned by when no sentence shares its stems.
   */
  concepts: Set<string>;
  /** Folded token keys and their stems. */
  keys: Set<string>;
  /** Every number, scaled (300 ألف → 300000). */
  numbers: Set<number>;
  /** The numbers given as the earlier value of a comparison (up from 31, «بعدما كانت 31»: `extract/comparisons.ts`). */
  earlier: Set<number>;
  /** The figures given as a combined fate's (36 dead or missing: `extract/combinedFates.ts`), each value by its offset in the article. */
  combined: Map<number, number>;
  years: Set<number>;
  /** Months the article calls next or last (سبتمبر المقبل) when it gives no publication date to tell their year. */
  yearlessMonths: Set<number>;
  months: Set<number>;
  /**
   * Years with a month (`2025-4`) the sentence rules out though it names both: a lead's own month
   * without a year that its tense puts in another year than its wire dateline's ("MUSCAT, June 12,
   * 2025 - … will open in April": next April, not April 2025).
   */
  ruledOut: Set<string>;
  days: Set<number>;
  /**
   * Days with their month (`9-22`, the last day of a range too): a draft's day and month that are
   * both in the sentence but never together («28 سبتمبر» beside «22 سبتمبر» and «28 يوليو») are
   * not a date the sentence gives.
   */
  monthDays: Set<string>;
  /** Parts of months said (early, mid, late). */
  parts: Set<string>;
  /**
   * The sentence's dates in their order, each as `month-day` when it is one day of a month and as
   * the empty string otherwise (a year, a month alone, a range): a draft sentence that gives two of
   * them in the same order restates the pair (`rules/dates/pairedDates.ts`).
   */
  dayList: string[];
  /** Durations and measures as `value:unit` (8:month, 12:km). */
  durations: Set<string>;
  /** Weekdays named (fri, sat). */
  weekdays: Set<string>;
  /** Weekdays a speech verb governs (the agency said on Thursday, «وقالت يوم الخميس»): the day of a statement. */
  statementWeekdays: Set<string>;
  /**
   * For each weekday named (not a wire dateline's), the folded keys and content stems of the words
   * just before it in its sentence («أعلنت وزيرة التربية … كرامي، الجمعة»: أعلنت, كرامي …): a draft
   * that ties the same weekday by one of those words restates the article's own pairing.
   */
  dayWords: Map<string, Set<string>>;
  /** The currencies each money figure is given in (24000000000 → USD). */
  money: Map<number, Set<string>>;
  /** Clock times said, as hours on the twelve-hour clock (23:11 → 11). */
  hours: Set<number>;
  /** The same times with their minutes, as `hour:minute` on the twelve-hour clock (23:11 → 11:11, 11pm → 11:0). */
  clockMinutes: Set<string>;
  /** The places named, each with the content stems around it (its slot, see `placeSlots`). */
  places: PlaceSlot[];
}

/** A place a sentence names and the content stems of the words around it. */
export interface PlaceSlot {
  entity: string;
  /** Token range of the name in its analysis. */
  tokenStart: number;
  tokenEnd: number;
  window: Set<string>;
  /**
   * What the place is attached to: the named entity or content word right before its locative
   * ("the European Court of Human Rights in Strasbourg" → the court).
   */
  head?: string;
  /** The place is the container of another place named right before it (رأس الحكمة في محافظة مطروح). */
  container: boolean;
  /** The place follows another place with a comma alone between them (Swansea, south Wales). */
  apposed?: boolean;
  /** The place is its sentence's dateline, whose window is the words no other place of the sentence claims. */
  dateline?: boolean;
  /** The place is an end of a route ("from Tanta to Alexandria": `extract/routes.ts`), with the route's other end. */
  route?: { role: 'from' | 'to'; other: string };
  /** The place stands in a list of places ("in Nabeul and Zaghouan": `rules/places/lists.ts`): the first token of the list's first place. */
  list?: number;
  /**
   * The content word right before the place, past an English article and a locative ("held at the
   * Movenpick hotel" → held, «عقدتها بمقر الولاية» → عقد): what a venue of another noun is
   * compared by (`rules/places/venues.ts`).
   */
  lead?: string;
}

const slotConcepts = new WeakMap<PlaceSlot, Set<string>>();
const slotConceptsAcross = new WeakMap<PlaceSlot, Set<string>>();

/** A place slot's head read as a concept (a named head stays itself), across languages or not (`alignmentKey`). */
export function headConcept(slot: PlaceSlot, acrossLanguages: boolean): string | undefined {
  return slot.head === undefined || slot.head.startsWith('@') ? slot.head : alignmentKey(slot.head, acrossLanguages);
}

/** A place slot's window read as concepts, for a sentence aligned through concepts (made once per slot). */
export function windowConcepts(slot: PlaceSlot, acrossLanguages: boolean): Set<string> {
  const cache = acrossLanguages ? slotConceptsAcross : slotConcepts;
  let found = cache.get(slot);
  if (!found) cache.set(slot, (found = new Set([...slot.window].map((stem) => alignmentKey(stem, acrossLanguages)))));
  return found;
}

/** Locatives a place slot's head stands before. */
const SLOT_LOCATIVES = new Set(['في', 'in', 'at', 'inside', 'داخل', 'within', 'to', 'into', 'الي']);
/** Words of a heading a slot's place may follow (towards X, «نحو X»): not locatives between a verb and its slot, as «نحو» is also "about". */
const HEADINGS = new Set(HEADING_WORDS);

/** Verbs of leaving whose destination follows "for" (bound for X, headed for X), for which "for" is a locative of direction. */
const LEAVING_FOR = new Set(LEAVING_FOR_VERBS);

/** Whether the token before `first` is "for" after a verb of leaving (a lorry bound for Oban, left for Cairo). */
export function forAfterLeaving(tokens: readonly Token[], first: number): boolean {
  return tokens[first - 1]?.key === 'for' && LEAVING_FOR.has(tokens[first - 2]?.key ?? '') && tokens[first - 2]!.sentence === tokens[first]!.sentence;
}

/** Words before the place someone or something comes from (a farmer from Ajloun, «مزارع من عجلون»). */
const ORIGINS = new Set(ORIGIN_WORDS);
/** The mark of a slot of origin's head, before the word it hangs on. */
const ORIGIN_HEAD = '~from:';

/** Words of nearness before a place (near Kandahar, «قرب الموصل»): the slot hangs on nearness. */
const NEAR_WORDS = new Set(['near', 'قرب', 'بقرب']);
/** The head of a slot near its place, by a word of nearness or a distance. */
const NEAR_HEAD = '~near';

/** Verbs of arriving, each heading its slot as one (arrived in, docked at, reached, «وصل … إلى»). */
const ARRIVALS = new Set(ARRIVAL_VERBS);
/** The head of a slot where someone or something arrived, whichever verb of arriving says so. */
const ARRIVAL_HEAD = '~arrive';
/** The head of a slot where a journey began, whichever verb of setting out says so (sailed from, «أبحر … من»). */
const DEPARTURE_HEAD = '~depart';
/** How many words of an Arabic subject may stand between a verb of arriving and its locative («وصل وزير الداخلية الهندي أنيل كومار إلى»). */
const SUBJECT_WORDS = 7;

/** Whether a token is a verb of arriving, with or without a clitic (ووصل). */
function arrivalVerb(token: Token): boolean {
  return ARRIVALS.has(token.key) || tokenStems(token).some((form) => ARRIVALS.has(form.stem));
}

/**
 * Whether a verb of arriving heads a slot whose head word is at `before`: that word itself (arrived
 * in, reached Malta), or, after a locative, a verb up to `SUBJECT_WORDS` words earlier in the same
 * clause with only its subject between («ووصل الوزير إلى», a verb before its subject).
 */
function arrivalHead(tokens: readonly Token[], before: number, locative: boolean): boolean {
  const head = tokens[before];
  if (!head) return false;
  if (arrivalVerb(head)) return true;
  if (!locative) return false;
  for (let k = before - 1; k >= 0 && k >= before - SUBJECT_WORDS; k--) {
    const token = tokens[k]!;
    if (token.clause !== head.clause || SLOT_LOCATIVES.has(token.key)) return false;
    if (arrivalVerb(token)) return token.script === 'ar';
  }
  return false;
}

/** How many words on each side of a place make its slot. */
const SLOT_WINDOW = 6;

/**
 * The places an analysed text names, each with the content stems of up to six content words on
 * each side in its sentence (other places' names left out): what the place is the place of. A draft place
 * and an article place that share these words fill the same slot ("the news conference in …").
 */
export const placeSlots = perDraft(computePlaceSlots);

/** Whether a token is a unit noun, with or without a clitic (بمدينة, وبلدة, town). */
function isUnitNoun(token: Token | undefined): boolean {
  return !!token && (PLACE_UNIT_LEVEL[token.key] !== undefined || tokenStems(token).some((form) => PLACE_UNIT_LEVEL[form.stem] !== undefined));
}

/** Whether a unit noun carries a fused ب (بمدينة, وبمحافظة), which stands for the locative. */
function unitWithBa(token: Token): boolean {
  if (PLACE_UNIT_LEVEL[token.key] !== undefined) return false;
  return tokenStems(token).some((form) => PLACE_UNIT_LEVEL[form.stem] !== undefined && /ب$/.test(token.key.slice(0, form.prefix)));
}

/**
 * The first token of a place together with the unit noun before it that its name leaves out
 * (بمدينة صحم when the fact base lists صحم and بلدة صحم; "the town of Stanley"), so that a slot's
 * head and window are the same whether the noun is part of the matched name or not.
 */
function withUnitNoun(tokens: readonly Token[], start: number): number {
  const sentence = tokens[start]!.sentence;
  const same = (k: number) => k >= 0 && tokens[k]!.sentence === sentence;
  if (same(start - 1) && isUnitNoun(tokens[start - 1])) return start - 1;
  if (same(start - 2) && tokens[start - 1]!.key === 'of' && isUnitNoun(tokens[start - 2])) return start - 2;
  return start;
}

/** What slots are read with: the text's tokens, which of them name places, and its mentions by their end. */
interface SlotContext {
  tokens: readonly Token[];
  inPlace: Uint8Array;
  endingAt: Map<number, Mention>;
}

const slotContexts = perDraft((analysis: Analysis, knowledge: KnowledgeIndex): SlotContext => {
  const tokens = analysis.tokens;
  const all = mentions(analysis, knowledge);
  const inPlace = new Uint8Array(tokens.length);
  for (const mention of all) if (mention.kind === 'place') inPlace.fill(1, mention.tokenStart, mention.tokenEnd);
  const endingAt = new Map<number, Mention>();
  for (const mention of all) endingAt.set(mention.tokenEnd, mention);
  return { tokens, inPlace, endingAt };
});

/** A name's tokens and where it starts in the original text (after a fused locative: بالرباط). */
interface SlotName {
  tokenStart: number;
  tokenEnd: number;
  start: number;
}

/** English particles of a verb that may stand before "from" (flew in from, moved over from). */
const PARTICLES = new Set(['in', 'over', 'up', 'down', 'out', 'across']);

/** Words that number a thing after its noun («الحافلة رقم 14», "bus number 14"). */
const NUMBERING = new Set(['number', 'no', 'رقم']);

/**
 * The noun a numbering that ends at `before` numbers («الحافلة رقم 14 إلى …» hangs on الحافلة, as
 * "the number 14 bus to …" hangs on bus), else `before` itself.
 */
function beforeNumbering(tokens: readonly Token[], before: number): number {
  const figure = tokens[before];
  const word = tokens[before - 1];
  if (!figure || !word || figure.script !== 'digit' || !NUMBERING.has(word.key) || before < 2) return before;
  return tokens[before - 2]!.sentence === figure.sentence ? before - 2 : before;
}

/**
 * The slot of the place `entity` named at `name`: six content words on each side of it, or its
 * whole sentence for a `dateline`; the word or named thing it hangs on; whether it contains the
 * place before it, or follows it after a comma.
 */
function slotOf(analysis: Analysis, context: SlotContext, entity: string, name: SlotName, dateline: boolean): PlaceSlot {
  const { tokens, inPlace, endingAt } = context;
  const sentence = tokens[name.tokenStart]!.sentence;
  const first = withUnitNoun(tokens, name.tokenStart);
  const window = new Set<string>();
  const span = analysis.sentences[sentence]!;
  if (dateline) {
    for (let k = span.tokenStart; k < span.tokenEnd; k++) {
      const stem = inPlace[k] ? undefined : tokenContentStem(tokens[k]!);
      if (stem) window.add(stem);
    }
  } else {
    // Six content words on each side (function words do not count).
    for (const step of [-1, 1]) {
      let taken = 0;
      const limit = step < 0 ? first - 3 * SLOT_WINDOW : name.tokenEnd + 3 * SLOT_WINDOW;
      for (let k = step < 0 ? first - 1 : name.tokenEnd; k >= 0 && k < tokens.length && k !== limit && taken < SLOT_WINDOW && tokens[k]!.sentence === sentence; k += step) {
        const stem = inPlace[k] ? undefined : tokenContentStem(tokens[k]!);
        if (!stem) continue;
        window.add(stem);
        taken++;
      }
    }
  }
  // The word before the locative (none to skip when ب is fused to the place: بالرباط).
  const fused = first === name.tokenStart ? /^و?ب/.test(analysis.text.slice(tokens[first]!.oStart, name.start)) : unitWithBa(tokens[first]!);
  // "bound for Oban", "headed for Sousse": "for" after a verb of leaving is a locative of direction, so the slot hangs on the verb.
  const locative = fused || SLOT_LOCATIVES.has(tokens[first - 1]?.key ?? '') || HEADINGS.has(tokens[first - 1]?.key ?? '') || forAfterLeaving(tokens, first);
  // "a farmer from Ajloun", «مزارع من عجلون»: a slot of origin hangs on the word before "from" too.
  const origin = !locative && ORIGINS.has(tokens[first - 1]?.key ?? '');
  let before = fused || !(locative || origin) ? first - 1 : first - 2;
  // "who flew in from London": a slot of origin hangs on the verb, not on its particle.
  if (origin && PARTICLES.has(tokens[before]?.key ?? '') && tokens[before - 1]?.sentence === sentence) before--;
  // "Doreen Whitfield, 82, from Bradford", «فلان (67 عاماً) من تطوان»: a home town after an age
  // hangs on the person the age follows, not on the age's figure or year word, which name nobody.
  const agedName = origin ? apposedAgeBefore(analysis, first - 1) : undefined;
  if (agedName !== undefined) before = agedName - 1;
  // The noun, not its nationality adjective: «الوجود الأمريكي في العراق» hangs on الوجود.
  while (before > 0 && nationalityOf(tokens[before]) && tokens[before - 1]!.sentence === sentence) before--;
  before = beforeNumbering(tokens, before);
  const headMention = endingAt.get(before + 1);
  const headToken = tokens[before];
  // "30 km south of Kandahar", "near Kandahar", «على بعد 30 كلم جنوب غرب الموصل»: a slot near the
  // place, whichever distance, direction or word of nearness says so (`extract/placeDistances.ts`).
  const near = !locative && (distanceBefore(tokens, first) || NEAR_WORDS.has(tokens[first - 1]?.key ?? ''));
  const arrival = !near && !!headToken && headToken.sentence === sentence && arrivalHead(tokens, before, locative);
  // "sailed from the port of X", «أبحر القارب من ميناء X»: a slot where a journey began (`extract/departures.ts`).
  const departure = !near && !arrival && departureVerb(tokens, name.tokenStart) !== undefined;
  const word = headToken && headToken.sentence === sentence ? (headMention ? `@${headMention.entity}` : tokenContentStem(headToken)) : undefined;
  // A slot of origin is its own: "flights from X" fills no slot of "flights to Y".
  const head = near ? NEAR_HEAD : arrival ? ARRIVAL_HEAD : departure ? DEPARTURE_HEAD : origin && word !== undefined ? `${ORIGIN_HEAD}${word}` : word;
  const container = locative && headMention?.kind === 'place';
  // "X, Y" with nothing but a comma between two places (Swansea, south Wales).
  const apposed = !locative && headMention?.kind === 'place' && /^\s*[,،]\s*$/.test(analysis.text.slice(headMention.end, name.start));
  return { entity, tokenStart: name.tokenStart, tokenEnd: name.tokenEnd, window, head, container, apposed, lead: leadWord(tokens, first) };
}

/** Words a slot's lead word is read past: English articles and locatives ("at the", «في»). */
const LEAD_SKIPPED = new Set(['the', 'a', 'an', 'at', 'in', 'inside', 'في', 'داخل']);

/** The content stem of the word before token `first`, past up to two articles and locatives, in its sentence (see `PlaceSlot.lead`). */
function leadWord(tokens: readonly Token[], first: number): string | undefined {
  const sentence = tokens[first]!.sentence;
  let k = first - 1;
  while (k >= 0 && k >= first - 2 && tokens[k]!.sentence === sentence && LEAD_SKIPPED.has(tokens[k]!.key)) k--;
  return k >= 0 && tokens[k]!.sentence === sentence ? tokenContentStem(tokens[k]!) : undefined;
}

/**
 * The slot of a place name no gazetteer lists, at tokens `tokenStart`–`tokenEnd` of a draft (the
 * town of Sehwan, «بمدينة العبور»), read as a known place's slot is; its entity is empty.
 */
export function unlistedSlot(analysis: Analysis, knowledge: KnowledgeIndex, tokenStart: number, tokenEnd: number): PlaceSlot {
  return slotOf(analysis, slotContexts(analysis, knowledge), '', { tokenStart, tokenEnd, start: analysis.tokens[tokenStart]!.oStart }, false);
}

/** What follows a dateline's place: a comma or a dash, then a date or a dash; or an agency in brackets, then a dash. */
const DATELINE_AFTER_PLACE = /^\s*(?:[,،–—-][^.\n]{0,40}?(?:\d{4}|\s[–—-]\s)|\([^()\n]{1,30}\)\s*[–—-]\s)/u;

function computePlaceSlots(analysis: Analysis, knowledge: KnowledgeIndex): PlaceSlot[] {
  const context = slotContexts(analysis, knowledge);
  const tokens = analysis.tokens;
  const slots: PlaceSlot[] = [];
  const datelines = new Set<number>();
  const all = mentions(analysis, knowledge);
  const ends = routeEnds(analysis, all);
  const lists = placeLists(analysis.text, all);
  for (const mention of all) {
    if (mention.kind !== 'place') continue;
    // "Britain's Supreme Court": a place in the possessive is who acts, not where.
    if (/^['’]s\b/i.test(analysis.text.slice(mention.end, mention.end + 3))) continue;
    // A dateline ("LONDON, 15 November -", «الرباط – …», «بنغازي (رويترز) -» with its agency in
    // brackets) is the place of its whole sentence.
    const span = analysis.sentences[tokens[mention.tokenStart]!.sentence]!;
    const dateline = mention.tokenStart === span.tokenStart && DATELINE_AFTER_PLACE.test(analysis.text.slice(mention.end, mention.end + 60));
    slots.push(slotOf(analysis, context, mention.entity, mention, dateline));
    const route = ends.get(mention);
    if (route) slots[slots.length - 1]!.route = route;
    const first = lists.get(mention);
    if (first) slots[slots.length - 1]!.list = first.tokenStart;
    if (dateline) {
      slots[slots.length - 1]!.dateline = true;
      datelines.add(slots.length - 1);
    }
  }
  // A dateline's sentence leaves it the words the sentence's other places do not claim: the
  // article's own "news conference in Leeds" stays Leeds's, not the dateline's London.
  for (const index of datelines) {
    const dateline = slots[index]!;
    const sentence = tokens[dateline.tokenStart]!.sentence;
    // Slots are in text order and a dateline opens its sentence: its sentence's others follow it.
    for (let other = index + 1; other < slots.length && tokens[slots[other]!.tokenStart]!.sentence === sentence; other++) for (const stem of slots[other]!.window) dateline.window.delete(stem);
  }
  return slots;
}

/** The ends of the routes among `all`, each with its role and the route's other end (`extract/routes.ts`). */
function routeEnds(analysis: Analysis, all: readonly Mention[]): Map<Mention, { role: 'from' | 'to'; other: string }> {
  const ends = new Map<Mention, { role: 'from' | 'to'; other: string }>();
  for (const route of routes(analysis, all)) {
    ends.set(route.from, { role: 'from', other: route.to.entity });
    ends.set(route.to, { role: 'to', other: route.from.entity });
  }
  return ends;
}

interface ArticleIndex {
  sentences: ArticleSentence[];
  byStem: Map<string, number[]>;
  byConcept: Map<string, number[]>;
}

const indexes = new WeakMap<KnowledgeIndex, ArticleIndex>();

function sentencesOf(analysis: Analysis, knowledge: KnowledgeIndex, factBase: FactBaseData, offset: number): ArticleSentence[] {
  const out: ArticleSentence[] = analysis.sentences.map((sentence) => ({
    text: analysis.text.slice(sentence.start, sentence.end),
    factBase,
    start: offset + sentence.start,
    end: offset + sentence.end,
    stems: new Set(),
    concepts: new Set(),
    keys: new Set(),
    numbers: new Set(),
    earlier: new Set(),
    combined: new Map(),
    years: new Set(),
    yearlessMonths: new Set(),
    months: new Set(),
    ruledOut: new Set(),
    days: new Set(),
    monthDays: new Set(),
    parts: new Set(),
    dayList: [],
    durations: new Set(),
    weekdays: new Set(),
    statementWeekdays: new Set(),
    dayWords: new Map(),
    money: new Map(),
    hours: new Set(),
    clockMinutes: new Set(),
    places: [],
  }));
  for (const token of analysis.tokens) {
    const sentence = out[token.sentence];
    if (!sentence) continue;
    sentence.keys.add(token.key);
    const stem = contentStem(token.key);
    if (stem) {
      sentence.stems.add(stem);
      // Read by a draft sentence of the same language or of the other (`alignmentKey`).
      sentence.concepts.add(alignmentKey(stem, false)).add(alignmentKey(stem, true));
      sentence.keys.add(stem);
    }
  }
  for (const feature of anchors(analysis, knowledge)) {
    out[feature.sentence]?.stems.add(feature.key);
    out[feature.sentence]?.concepts.add(feature.key);
    if (feature.concept) out[feature.sentence]?.concepts.add(feature.concept);
  }
  const figures = numbers(analysis);
  const combined = combinedFigures(analysis.tokens, figures);
  for (const number of figures) {
    const sentence = out[analysis.tokens[number.tokenStart]!.sentence];
    if (!sentence) continue;
    sentence.numbers.add(number.value);
    if (afterComparison(analysis.tokens, number.tokenStart)) sentence.earlier.add(number.value);
    if (combined.has(number.tokenStart)) sentence.combined.set(offset + analysis.tokens[number.tokenStart]!.oStart, number.value);
    const unit = number.unit ?? unitAt(analysis.tokens[number.tokenEnd]) ?? measureAt(analysis.tokens[number.tokenEnd]);
    if (unit) sentence.durations.add(`${number.value}:${unit}`);
  }
  // A wire dateline's day and weekday ("SWANSEA, Thursday 12 November 2026 - A fire …") are the
  // day of writing, not a day the lead sentence after it gives its events; its year is the
  // article's, which a draft's year of the same time may name.
  const datelineWeekdays = new Set<number>();
  const all = dates(analysis);
  for (const date of all) {
    const sentence = out[analysis.tokens[date.tokenStart]!.sentence];
    if (!sentence) continue;
    if (date.year) sentence.years.add(date.year.value);
    if (wireDateline(analysis, date)) {
      datelineWeekdays.add(date.tokenStart - 1);
      ruleOutDatelineYear(analysis, all, date, sentence);
      continue;
    }
    // A month the article calls next or last (سبتمبر المقبل) without a publication date: its year is not known.
    if (!date.year && date.month && date.relative && !factBase.source?.published) sentence.yearlessMonths.add(date.month.value);
    if (date.month) sentence.months.add(date.month.value);
    if (date.day) sentence.days.add(date.day.value);
    if (date.day && date.month) sentence.monthDays.add(`${date.month.value}-${date.day.value}`);
    if (date.to && (date.to.month ?? date.month)) sentence.monthDays.add(`${(date.to.month ?? date.month)!.value}-${date.to.day.value}`);
    if (date.part) sentence.parts.add(date.part);
    sentence.dayList.push(date.day && date.month && !date.to ? `${date.month.value}-${date.day.value}` : '');
  }
  for (const { token, weekday } of weekdays(analysis)) if (!datelineWeekdays.has(token)) out[analysis.tokens[token]!.sentence]?.weekdays.add(weekday);
  for (const { token, weekday } of weekdays(analysis)) if (!datelineWeekdays.has(token) && afterSpeechVerb(analysis, token)) out[analysis.tokens[token]!.sentence]?.statementWeekdays.add(weekday);
  for (const { token, weekday } of relativeWeekdays(analysis, factBase.source?.published)) out[analysis.tokens[token]!.sentence]?.weekdays.add(weekday);
  for (const { token, weekday } of weekdays(analysis)) if (!datelineWeekdays.has(token)) addDayWords(analysis, out, token, weekday);
  for (const { token, weekday } of relativeWeekdays(analysis, factBase.source?.published)) addDayWords(analysis, out, token, weekday);
  for (const time of clockTimes(analysis)) {
    out[analysis.tokens[time.tokenStart]!.sentence]?.hours.add(time.hour % 12);
    out[analysis.tokens[time.tokenStart]!.sentence]?.clockMinutes.add(`${time.hour % 12}:${time.minute ?? 0}`);
  }
  for (const slot of placeSlots(analysis, knowledge)) out[analysis.tokens[slot.tokenStart]!.sentence]?.places.push(slot);
  for (const amount of amounts(analysis)) {
    const sentence = out[analysis.tokens[amount.number.tokenStart]!.sentence];
    if (!sentence || amount.kind !== 'money' || !amount.currency) continue;
    const currencies = sentence.money.get(amount.number.value) ?? new Set<string>();
    currencies.add(amount.currency);
    sentence.money.set(amount.number.value, currencies);
  }
  return out;
}

/**
 * The weekdays an article's relative days name (أمس, أول أمس, yesterday), counted from its
 * publication date (YYYY-MM-DD), so that a sentence dated «فجر أمس» names its day as a weekday
 * would: a draft's figure for another day is then of another occasion.
 */
function relativeWeekdays(analysis: Analysis, published: string | undefined): { token: number; weekday: string }[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published ?? '');
  if (!match) return [];
  const day = Math.floor(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000);
  const tokens = analysis.tokens;
  const out: { token: number; weekday: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const relative = relativeDayIn(analysis, i);
    if (!relative) continue;
    out.push({ token: i, weekday: weekdayOfDay(day + relative.offset) });
    i += relative.keys.length - 1;
  }
  return out;
}

/** How many words before a weekday of the article are the words it is paired with. */
const DAY_WORDS_BEFORE = 10;

/** Adds the keys and stems of the words before an article's weekday to its sentence's `dayWords`. */
function addDayWords(analysis: Analysis, out: ArticleSentence[], token: number, weekday: string): void {
  const tokens = analysis.tokens;
  const sentence = out[tokens[token]!.sentence];
  if (!sentence) return;
  const words = sentence.dayWords.get(weekday) ?? new Set<string>();
  for (let k = token - 1; k >= 0 && k >= token - DAY_WORDS_BEFORE && tokens[k]!.sentence === tokens[token]!.sentence; k--) {
    words.add(tokens[k]!.key);
    const stem = contentStem(tokens[k]!.key);
    if (stem) words.add(stem);
  }
  sentence.dayWords.set(weekday, words);
}

/**
 * Analyses an article as its writer laid it out: each line (the headline, the dateline, a
 * paragraph) ends its sentences, so the dateline's day never joins the headline's claims.
 */
function analyseArticle(article: string): Analysis {
  const mask = proseMask(article, 'plaintext');
  let text = '';
  for (let i = 0; i < article.length; i++) text += article[i] === '\n' ? '\n' : mask.text[i];
  return analyse(article, 'plaintext', { ...mask, text });
}

function articleIndex(knowledge: KnowledgeIndex): ArticleIndex {
  const cached = indexes.get(knowledge);
  if (cached) return cached;
  const sentences: ArticleSentence[] = [];
  for (const factBase of knowledge.factBases) {
    const article = articleOf(factBase);
    if (article !== undefined) {
      sentences.push(...sentencesOf(analyseArticle(article), knowledge, factBase, 0));
      continue;
    }
    const texts = new Map<string, number>();
    for (const entity of knowledge.entities.values()) {
      if (entity.factBase !== factBase) continue;
      for (const evidence of (entity.fact as { evidence?: { text: string; start: number }[] }).evidence ?? []) if (!texts.has(evidence.text)) texts.set(evidence.text, evidence.start);
    }
    for (const [text, start] of texts) sentences.push(...sentencesOf(analyse(text, 'plaintext'), knowledge, factBase, start));
  }
  const byStem = new Map<string, number[]>();
  const byConcept = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, index: number) => {
    const list = map.get(key);
    if (list) list.push(index);
    else map.set(key, [index]);
  };
  sentences.forEach((sentence, index) => {
    for (const stem of sentence.stems) add(byStem, stem, index);
    for (const concept of sentence.concepts) add(byConcept, concept, index);
  });
  const index = { sentences, byStem, byConcept };
  indexes.set(knowledge, index);
  return index;
}

const alignments = new WeakMap<Analysis, WeakMap<KnowledgeIndex, Map<number, ArticleSentence[]>>>();

/**
 * The article sentences draft sentence `sentence` restates: those that share at least three
 * content stems with it (two for a short sentence) and at least two thirds as many as the best.
 */
export function alignedSentences(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number): ArticleSentence[] {
  let perKnowledge = alignments.get(analysis);
  if (!perKnowledge) alignments.set(analysis, (perKnowledge = new WeakMap()));
  let perSentence = perKnowledge.get(knowledge);
  if (!perSentence) perKnowledge.set(knowledge, (perSentence = new Map<number, ArticleSentence[]>()));
  const cached = perSentence.get(sentence);
  if (cached) return cached;
  let result = alignBy(analysis, knowledge, sentence, false);
  // A sentence that shares no article sentence's words may say one in other words or in the
  // other language: its words are then read as concepts.
  if (result.length === 0) {
    result = alignBy(analysis, knowledge, sentence, true);
    if (result.length > 0) throughConcepts(analysis, knowledge).add(sentence);
  }
  perSentence.set(sentence, result);
  return result;
}

/** The article sentences that share enough stems (or concepts) with draft sentence `sentence`. */
function alignBy(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number, concepts: boolean): ArticleSentence[] {
  const stems = sentenceStems(analysis, knowledge, sentence, concepts);
  // Through concepts a sentence is kept only when it shares a name or a figure, or, with an article
  // of the other language, a country named by its adjective (the Libyan city of …): without one, none is.
  const anchored = concepts ? [...(sentenceAnchors(analysis, knowledge).get(sentence) ?? []).map((feature) => feature.key), ...nationsOf(analysis, knowledge, sentence)] : [];
  // Lists of sentences, empty or not, are made as lists of objects: one hidden class where they are read.
  if (concepts && anchored.length === 0) return emptyListOfObjects();
  const shared = sharedCounts(knowledge, stems, concepts);
  let best = 0;
  for (const count of shared.values()) best = Math.max(best, count);
  // Concepts are looser than shared words: only the sentences that share the most are kept.
  const floor = Math.max(stems.size <= 5 ? 2 : 3, concepts ? best : Math.ceil((best * 2) / 3));
  const index = articleIndex(knowledge);
  const result: ArticleSentence[] = emptyListOfObjects();
  for (const [id, count] of shared) if (count >= floor) result.push(index.sentences[id]!);
  if (!concepts) return result;
  // And they must share a name or a figure with the draft sentence, not words of meaning alone.
  const kept: ArticleSentence[] = emptyListOfObjects();
  for (const article of result) if (anchored.some((key) => article.concepts.has(key))) kept.push(article);
  return kept;
}

/**
 * The article sentences draft sentence `sentence` restates most closely: of those it restates
 * (`alignedSentences`), the ones that share the most words, names and figures with it. A sentence
 * that merges two of the article's ("who travelled from Cairo …, said the line would open")
 * restates the one it shares most with.
 */
export function closestSentences(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number): ArticleSentence[] {
  const aligned = alignedSentences(analysis, knowledge, sentence);
  const shared = aligned.map((article) => featuresShared(analysis, knowledge, sentence, article).size);
  const best = Math.max(0, ...shared);
  return aligned.filter((_, index) => shared[index] === best);
}

/** The draft sentences aligned through concepts rather than shared stems, per draft and fact bases. */
const throughConcepts = perDraft((): Set<number> => new Set());

/**
 * Whether draft sentence `sentence` was aligned through concepts (other words, the other
 * language): its place slots are then compared by concept too.
 */
export function alignedThroughConcepts(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number): boolean {
  alignedSentences(analysis, knowledge, sentence);
  return throughConcepts(analysis, knowledge).has(sentence);
}

/** The key a token is aligned by through concepts (`alignmentKey` of its light stem). */
function tokenAlignmentKey(token: Token, acrossLanguages: boolean): string | undefined {
  const stem = tokenContentStem(token);
  return stem === undefined ? undefined : alignmentKey(stem, acrossLanguages);
}

/** Whether draft sentence `sentence` is in another language than an article of the knowledge index. */
export function acrossLanguages(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number): boolean {
  const lang = analysis.sentences[sentence]?.lang ?? analysis.lang;
  return knowledge.factBases.some((factBase) => factBase.source.lang !== lang);
}

/**
 * Each content stem (or its concept) and anchor of draft sentence `sentence`, with the token it
 * stands on; read through concepts, a sentence of the other language than the article's reads its
 * weekdays, nationalities and countries by the keys of alignment alone (`alignmentKey`).
 */
function sentenceKeys(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number, concepts: boolean, visit: (key: string, token: number) => void): void {
  const span = analysis.sentences[sentence];
  if (!span) return;
  const across = concepts && acrossLanguages(analysis, knowledge, sentence);
  for (let k = span.tokenStart; k < span.tokenEnd; k++) {
    const key = concepts ? tokenAlignmentKey(analysis.tokens[k]!, across) : tokenContentStem(analysis.tokens[k]!);
    // A nationality ties the sentence to the article's country (`nationsOf`), which most of its
    // sentences name: it does not tell which of them the sentence restates.
    if (key && !isNationConcept(key)) visit(key, k);
  }
  for (const feature of sentenceAnchors(analysis, knowledge).get(sentence) ?? []) visit(feature.key, feature.token);
}

/**
 * The countries draft sentence `sentence` names, read against an article of the other language:
 * its nationality adjectives and its countries' names (`~nation:LY`), which tie it to an article
 * sentence that names the country either way (the Libyan city of …, ليبيا, الليبية).
 */
function nationsOf(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number): string[] {
  const span = analysis.sentences[sentence];
  if (!span || !acrossLanguages(analysis, knowledge, sentence)) return [];
  const found: string[] = [];
  for (let k = span.tokenStart; k < span.tokenEnd; k++) {
    const key = tokenAlignmentKey(analysis.tokens[k]!, true);
    if (key && isNationConcept(key)) found.push(key);
  }
  for (const feature of sentenceAnchors(analysis, knowledge).get(sentence) ?? []) if (feature.concept) found.push(feature.concept);
  return found;
}

/** The content stems (or their concepts) and anchors of draft sentence `sentence`. */
function sentenceStems(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number, concepts = false): Set<string> {
  const stems = new Set<string>();
  sentenceKeys(analysis, knowledge, sentence, concepts, (key) => stems.add(key));
  return stems;
}

/** How many of `stems` each article sentence shares, by the sentence's index. */
function sharedCounts(knowledge: KnowledgeIndex, stems: ReadonlySet<string>, concepts = false): Map<number, number> {
  const index = articleIndex(knowledge);
  const by = concepts ? index.byConcept : index.byStem;
  const shared = new Map<number, number>();
  for (const stem of stems) for (const id of by.get(stem) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
  return shared;
}

/**
 * Every article sentence that shares at least three content stems with draft sentence `sentence`
 * and a third as many as the best one: a draft sentence may merge two article sentences (the signing
 * and where its ceremony took place), and a slot comparison needs both.
 */
export function overlappingSentences(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number): ArticleSentence[] {
  const perSentence = overlapping(analysis, knowledge);
  let result = perSentence.get(sentence);
  if (!result) {
    const index = articleIndex(knowledge);
    const concepts = alignedThroughConcepts(analysis, knowledge, sentence);
    const shared = sharedCounts(knowledge, sentenceStems(analysis, knowledge, sentence, concepts), concepts);
    let best = 0;
    for (const count of shared.values()) best = Math.max(best, count);
    // Mapped by mapList: a list V8's compiled `map` made holey threw slotPlace's loop over it away.
    result = mapList(
      [...shared].filter(([, count]) => count >= Math.max(3, best / 3)),
      ([id]) => index.sentences[id]!,
    );
    perSentence.set(sentence, result);
  }
  return result;
}

const overlapping = perDraft((): Map<number, ArticleSentence[]> => new Map());

/** The draft's content stems (or concepts) and anchors each article sentence shares, with the tokens they stand on, per sentence. */
const sharedFeatures = perDraft((): Map<number, Map<ArticleSentence, Map<string, number[]>>> => new Map());

/**
 * The features of draft sentence `sentence` that `article` holds (content stems, or their
 * concepts, and anchors: `@` a known name, `#` a figure), each with the tokens it stands on (made
 * once per pair).
 */
export function featuresShared(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number, article: ArticleSentence): Map<string, number[]> {
  const perSentence = sharedFeatures(analysis, knowledge);
  let perArticle = perSentence.get(sentence);
  if (!perArticle) perSentence.set(sentence, (perArticle = new Map<ArticleSentence, Map<string, number[]>>()));
  const cached = perArticle.get(article);
  if (cached) return cached;
  const found = new Map<string, number[]>();
  const concepts = alignedThroughConcepts(analysis, knowledge, sentence);
  const held = concepts ? article.concepts : article.stems;
  sentenceKeys(analysis, knowledge, sentence, concepts, (key, token) => {
    if (!held.has(key)) return;
    const list = found.get(key);
    if (list) list.push(token);
    else found.set(key, [token]);
  });
  perArticle.set(article, found);
  return found;
}

/** The anchors of the draft by sentence. */
const sentenceAnchors = perDraft((analysis: Analysis, knowledge: KnowledgeIndex): Map<number, Anchor[]> => {
  const bySentence = new Map<number, Anchor[]>();
  for (const feature of anchors(analysis, knowledge)) {
    const list = bySentence.get(feature.sentence);
    if (list) list.push(feature);
    else bySentence.set(feature.sentence, [feature]);
  }
  return bySentence;
});

/**
 * How many of draft sentence `sentence`'s content stems and anchors (names, figures) outside its
 * tokens `from..to` the article sentence `article` holds, read as concepts for a sentence aligned
 * through them: what the two share besides a name at `from..to` (a place named in both is no
 * restatement by itself).
 */
export function sharedOutside(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number, article: ArticleSentence, from: number, to: number): number {
  let count = 0;
  for (const tokens of featuresShared(analysis, knowledge, sentence, article).values()) if (tokens.some((token) => token < from || token >= to)) count++;
  return count;
}

/** Each article sentence's stems read by the groups that tie a date across languages (`dateTieKey`), made once per sentence. */
const dateTieKeysOf = new WeakMap<ArticleSentence, Set<string>>();

/** The keys of `dateTieKey` an article sentence's stems give. */
function articleDateTieKeys(article: ArticleSentence): Set<string> {
  let keys = dateTieKeysOf.get(article);
  if (keys) return keys;
  keys = new Set();
  for (const stem of article.stems) {
    const key = dateTieKey(stem);
    if (key) keys.add(key);
  }
  dateTieKeysOf.set(article, keys);
  return keys;
}

/**
 * How many keys of draft sentence `sentence`, read through concepts (`alignmentKey`, across
 * languages the keys of alignment alone too, and the groups that tie a date, `dateTieKey`) with
 * its names and figures, each article sentence shares, leaving out the tokens `skip` accepts: for
 * a sentence that is aligned with none, how near it comes to each (`rules/dates/crossDate.ts`).
 */
export function conceptsSharedOutside(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number, skip: (token: number) => boolean): Map<ArticleSentence, number> {
  const keys = new Set<string>();
  sentenceKeys(analysis, knowledge, sentence, true, (key, token) => {
    if (skip(token)) return;
    const stem = key.startsWith('@') || key.startsWith('#') ? undefined : tokenContentStem(analysis.tokens[token]!);
    keys.add((stem && dateTieKey(stem)) || key);
  });
  const out = new Map<ArticleSentence, number>();
  for (const article of articleIndex(knowledge).sentences) {
    let count = 0;
    for (const key of keys) if (article.concepts.has(key) || articleDateTieKeys(article).has(key)) count++;
    if (count > 0) out.set(article, count);
  }
  return out;
}

/** Whether an article sentence the draft sentence restates holds `test`'s value. */
export function restatedWith(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number, test: (aligned: ArticleSentence) => boolean): boolean {
  return alignedSentences(analysis, knowledge, sentence).some(test);
}

/**
 * A feature that ties sentences across languages: its key, and for a country its concept
 * (`~nation:LY`), which the country's nationality adjective in a sentence of the other language
 * meets (`nationsOf`, `lexicon/concepts.ts`).
 */
interface Anchor {
  sentence: number;
  key: string;
  token: number;
  concept?: string;
}


/** The gazetteer country each nationality code names, reversed (libya → LY). */
const CODE_OF_COUNTRY = new Map(Object.entries(COUNTRY_PLACE).map(([code, place]) => [`lexicon:${place}`, code]));

/** The nationality code of a country the knowledge index knows, itself or as a fact-base twin of the gazetteer's. */
function nationCode(knowledge: KnowledgeIndex, key: string): string | undefined {
  const direct = CODE_OF_COUNTRY.get(key);
  if (direct) return direct;
  const entity = knowledge.entity(key);
  if (!entity?.factBase) return undefined;
  const twin = `lexicon:${entity.id}`;
  const code = CODE_OF_COUNTRY.get(twin);
  return code && knowledge.same(twin, key) ? code : undefined;
}

const anchorCache = new WeakMap<Analysis, WeakMap<KnowledgeIndex, Anchor[]>>();

/**
 * Features that tie sentences across languages: the known names a sentence mentions (by the
 * entity's canonical English name, so a place of the fact base meets its gazetteer twin) and the
 * numbers it gives.
 */
function anchors(analysis: Analysis, knowledge: KnowledgeIndex): Anchor[] {
  let perKnowledge = anchorCache.get(analysis);
  if (!perKnowledge) anchorCache.set(analysis, (perKnowledge = new WeakMap()));
  const cached = perKnowledge.get(knowledge);
  if (cached) return cached;
  const out: Anchor[] = [];
  for (const mention of mentions(analysis, knowledge)) {
    const name = knowledge.canonicalName(mention.entity, 'en') || knowledge.canonicalName(mention.entity, 'ar');
    const code = mention.kind === 'place' ? nationCode(knowledge, mention.entity) : undefined;
    out.push({ sentence: analysis.tokens[mention.tokenStart]!.sentence, key: '@' + name.toLowerCase(), token: mention.tokenStart, concept: code ? nationConcept(code) : undefined });
  }
  for (const number of numbers(analysis)) out.push({ sentence: analysis.tokens[number.tokenStart]!.sentence, key: '#' + number.value, token: number.tokenStart });
  perKnowledge.set(knowledge, out);
  return out;
}

/** The article sentences the draft sentence restates that hold evidence of `entity`. */
function evidenceSentences(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number, entity: Entity): ArticleSentence[] {
  const evidence = (entity.fact as { evidence?: { start: number; end: number }[] }).evidence ?? [];
  return alignedSentences(analysis, knowledge, sentence).filter(
    (aligned) => aligned.factBase === entity.factBase && evidence.some((range) => range.start < aligned.end && aligned.start < range.end),
  );
}

/** Words that mark a number after them as a year. */
const YEAR_MARKERS = new Set(['in', 'since', 'عام', 'العام', 'سنه', 'في', 'منذ']);

/**
 * The years (with a month or a year word) and weekdays that the tokens `within` accepts name; for
 * each year, the days of their months (`month-day`) it is written with, or undefined where it is
 * written once without a day (in 2004, May 2004), and the months it is written with, or undefined
 * where it is written once without a month (in 2004).
 */
function occasionsIn(analysis: Analysis, within: (token: number) => boolean): Occasions {
  const years = new Set<number>();
  const yearDays = new Map<number, Set<string> | undefined>();
  const yearMonths = new Map<number, Set<number> | undefined>();
  // A year alone counts where a word marks it as one (in 2004, عام 2004): 2059 injured is no year.
  const marked = (start: number) => !!analysis.tokens[start - 1] && YEAR_MARKERS.has(analysis.tokens[start - 1]!.key);
  for (const date of dates(analysis)) {
    if (!date.year || !within(date.tokenStart) || !(date.month || marked(date.year.tokenStart))) continue;
    const dayOfMonth = date.day && date.month && !date.to ? `${date.month.value}-${date.day.value}` : undefined;
    const known = yearDays.has(date.year.value) ? yearDays.get(date.year.value) : new Set<string>();
    yearDays.set(date.year.value, dayOfMonth && known ? known.add(dayOfMonth) : undefined);
    const months = yearMonths.has(date.year.value) ? yearMonths.get(date.year.value) : new Set<number>();
    yearMonths.set(date.year.value, date.month && !date.to && months ? months.add(date.month.value) : undefined);
    years.add(date.year.value);
  }
  // A year before those the date reader takes (in 1899, عام 1870) where a word marks it as one.
  for (const number of numbers(analysis)) {
    const text = analysis.tokens[number.tokenStart]!.text;
    if (number.style === 'digits' && /^\d{4}$/.test(text) && number.value >= 1000 && number.value < 1900 && within(number.tokenStart) && marked(number.tokenStart)) years.add(number.value);
  }
  const days = new Set<string>();
  for (const { token, weekday } of weekdays(analysis)) if (within(token)) days.add(weekday);
  for (const year of years) if (!yearDays.has(year)) yearDays.set(year, undefined);
  for (const year of years) if (!yearMonths.has(year)) yearMonths.set(year, undefined);
  return { years, days, yearDays, yearMonths };
}

/** The occasions a draft sentence names ({@link occasionsIn}). */
interface Occasions {
  years: Set<number>;
  days: Set<string>;
  yearDays: Map<number, Set<string> | undefined>;
  yearMonths: Map<number, Set<number> | undefined>;
}

/**
 * The years of a draft sentence that are slips in the year of the article's own dates: each time
 * the year is written, it is with a day and month that one of the `aligned` article sentences
 * gives (12 March 2018 for the article's 12 March 2019), which none of them gives with that year.
 * Such a sentence speaks of the article's occasion with a wrong year (the date rule's matter), not
 * of another occasion.
 */
function slippedYears(occasions: Occasions, aligned: readonly ArticleSentence[]): Set<number> {
  const slipped = new Set<number>();
  for (const year of occasions.years) {
    if (aligned.some((sentence) => sentence.years.has(year))) continue;
    const written = occasions.yearDays.get(year);
    if (written && written.size > 0 && [...written].every((dayOfMonth) => aligned.some((sentence) => sentence.monthDays.has(dayOfMonth)))) slipped.add(year);
    else if (!written && monthSlipped(year, occasions.yearMonths.get(year), aligned)) slipped.add(year);
  }
  return slipped;
}

/**
 * Whether `year`, written each time with a month and no day (September 2031), is a slip in the
 * year of an article's month: each month is one that an `aligned` sentence names beside a year
 * that differs from the draft's in one digit only (the article's September 2030). Another
 * occasion of that month is seldom a digit away ("February 1960" beside "February 2004").
 */
function monthSlipped(year: number, months: ReadonlySet<number> | undefined, aligned: readonly ArticleSentence[]): boolean {
  if (!months || months.size === 0) return false;
  return [...months].every((month) => aligned.some((sentence) => sentence.months.has(month) && [...sentence.years].some((own) => oneDigitApart(own, year))));
}

/** Whether two years of four digits differ in one digit only (2030 and 2031, 2019 and 2018). */
function oneDigitApart(a: number, b: number): boolean {
  const first = String(a);
  const second = String(b);
  if (first.length !== second.length) return false;
  let differing = 0;
  for (let k = 0; k < first.length; k++) if (first[k] !== second[k]) differing++;
  return differing === 1;
}

/**
 * Records in `sentence` the dateline's year with each month of the lead sentence that gives none
 * and that its tense puts in another year: a month to come before the dateline's own (will open in
 * April, written in June) is next year's, a past month after it (handled … in September, written
 * in June) last year's. A month without a cue of tense keeps the dateline's year.
 */
function ruleOutDatelineYear(analysis: Analysis, all: readonly DateExpression[], dateline: DateExpression, sentence: ArticleSentence): void {
  if (!dateline.year || !dateline.month) return;
  const written = { year: dateline.year.value, month: dateline.month.value, day: dateline.day?.value ?? 1 };
  const at = analysis.tokens[dateline.tokenStart]!.sentence;
  for (const date of all) {
    if (date === dateline || date.year || !date.month || date.relative || analysis.tokens[date.tokenStart]!.sentence !== at) continue;
    if (yearOfBareMonth(analysis, date.tokenStart, date.month.value, written, dateline.day ? date.day?.value : undefined).year !== written.year) sentence.ruledOut.add(`${written.year}-${date.month.value}`);
  }
}

/**
 * Whether draft sentence `sentence`, though tied to `entity`, speaks of another occasion: it
 * names a year or a weekday, the article's sentences of the entity's evidence name some of that
 * kind, and none is the draft's (another earthquake "in 2004" beside the article's of 1960; a toll
 * "by Sunday evening" beside the article's of Saturday). Its figures are then not the article's.
 * Given the figure's `token`, a clause of that sentence that names a year or a weekday of its own
 * speaks for the figure («… عام 1960، فيما أودى زلزال الحسيمة في 2004 بحياة 600 شخص»: the 600
 * belongs to 2004, though the sentence also names the article's 1960). Given `weekdays: false`,
 * only years are compared (the caller found the entity's event named in the sentence).
 */
export function otherOccasion(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number, entity: Entity, token?: number, options: { weekdays?: boolean } = {}): boolean {
  const kind = otherOccasionKind(analysis, knowledge, sentence, entity, token);
  return kind === 'year' || (kind === 'weekday' && options.weekdays !== false);
}

/**
 * Why draft sentence `sentence` speaks of another occasion than `entity`'s, as {@link otherOccasion}
 * reads it: by its years (another year, or only years before the article's), else by its
 * weekdays alone; undefined when it does not. A caller that treats the two apart reads them in
 * one pass.
 */
export function otherOccasionKind(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number, entity: Entity, token?: number): 'year' | 'weekday' | undefined {
  const tokens = analysis.tokens;
  const clause = token === undefined ? undefined : tokens[token]?.clause;
  let occasions = occasionsIn(analysis, (t) => tokens[t]!.sentence === sentence && (clause === undefined || tokens[t]!.clause === clause));
  if (clause !== undefined && occasions.years.size === 0 && occasions.days.size === 0) occasions = occasionsIn(analysis, (t) => tokens[t]!.sentence === sentence);
  let { years } = occasions;
  const { days } = occasions;
  if (years.size === 0 && days.size === 0) return undefined;
  const evidence = (entity.fact as { evidence?: { start: number; end: number }[] }).evidence ?? [];
  const aligned = articleIndex(knowledge).sentences.filter(
    (article) => article.factBase === entity.factBase && evidence.some((range) => range.start < article.end && article.start < range.end),
  );
  // The article's day and month with a wrong year is the article's occasion: its year is left out.
  const slipped = slippedYears(occasions, aligned);
  if (slipped.size > 0) years = new Set([...years].filter((year) => !slipped.has(year)));
  if (years.size === 0 && days.size === 0) return undefined;
  const differs = <T>(draft: Set<T>, article: (s: ArticleSentence) => Set<T>) =>
    draft.size > 0 && aligned.some((s) => article(s).size > 0) && !aligned.some((s) => [...draft].some((value) => article(s).has(value)));
  if (differs(years, (s) => s.years) || (aligned.every((s) => s.years.size === 0) && beforeTheArticle(knowledge, entity, years))) return 'year';
  // A sentence that names the entity's own event by its trigger keeps that occasion whatever
  // weekday it gives it: another weekday there is a wrong one, which the date rule reports, so
  // callers that found the event read the years alone.
  return differs(days, (s) => s.weekdays) ? 'weekday' : undefined;
}

/**
 * Whether every year the draft names is before the year of the article that gives `entity`, whose
 * evidence names no year of its own: such a figure is of the article's time, and a sentence about
 * 1899 speaks of another occasion ("Cyclone Mahina in 1899, which killed more than 300 people"
 * beside the article's 8,300 evacuees). The article's year is its publication's, or the year of
 * the event the fact is about; a later year (a forecast, a deadline) is not read as another one.
 */
function beforeTheArticle(knowledge: KnowledgeIndex, entity: Entity, years: ReadonlySet<number>): boolean {
  if (years.size === 0) return false;
  const published = Number(/^(\d{4})-/.exec(entity.factBase?.source?.published ?? '')?.[1]);
  const subject = (entity.fact as { subject?: string }).subject;
  const event = subject ? knowledge.resolve(entity, subject) : undefined;
  const eventYear = event?.kind === 'event' ? (event.fact as { date?: { year?: number } }).date?.year : undefined;
  const own = eventYear ?? (Number.isFinite(published) && published > 0 ? published : undefined);
  return own !== undefined && [...years].every((year) => year < own);
}

/** Whether article sentence `sentence` holds some of `entity`'s evidence. */
function holdsEvidence(sentence: ArticleSentence, entity: Entity): boolean {
  const evidence = (entity.fact as { evidence?: { start: number; end: number }[] }).evidence ?? [];
  return sentence.factBase === entity.factBase && evidence.some((range) => range.start < sentence.end && sentence.start < range.end);
}

/** The slots of the article's sentences where it names place `entity` (or its twin), each with its sentence. */
export function articleSlotsOf(knowledge: KnowledgeIndex, entity: string): { slot: PlaceSlot; sentence: ArticleSentence }[] {
  return articleIndex(knowledge).sentences.flatMap((sentence) => sentence.places.filter((slot) => knowledge.same(slot.entity, entity)).map((slot) => ({ slot, sentence })));
}

/** The article sentences that name every place of `places` (none for no places). */
export function sentencesNamingAll(knowledge: KnowledgeIndex, places: readonly Mention[]): ArticleSentence[] {
  let shared: ArticleSentence[] | undefined;
  for (const place of places) {
    const naming = new Set(articleSlotsOf(knowledge, place.entity).map(({ sentence }) => sentence));
    shared = shared ? shared.filter((sentence) => naming.has(sentence)) : [...naming];
    if (shared.length === 0) break;
  }
  return shared ?? [];
}

/** An article sentence as a finding's evidence. */
export function sentenceEvidence(sentence: ArticleSentence): EvidenceRef {
  return { factBaseId: sentence.factBase.id, sourceFile: sentence.factBase.source.file, start: sentence.start, end: sentence.end, text: sentence.text };
}

/** The article sentences that hold evidence of `entity`, whatever a draft says. */
export function articleSentencesOf(knowledge: KnowledgeIndex, entity: Entity): ArticleSentence[] {
  return articleIndex(knowledge).sentences.filter((sentence) => holdsEvidence(sentence, entity));
}

/**
 * Whether draft sentence `sentence` restates a sentence that holds evidence of `entity` (and,
 * given `test`, passes it: one that holds a clock time, say).
 */
export function restatesEvidence(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number, entity: Entity, test?: (aligned: ArticleSentence) => boolean): boolean {
  return evidenceSentences(analysis, knowledge, sentence, entity).some((aligned) => !test || test(aligned));
}

/**
 * Whether draft sentence `sentence`, in the other language than the article, restates a sentence
 * that holds evidence of `entity` more loosely than `alignedSentences` asks: beside the word at
 * token `noun` that names the entity in the other language (an Arabic «مكالمة» for an English
 * article's calls, «ساعة» for its hours), it shares a name or a figure with that sentence. A
 * restatement in the other language shares fewer words with its sentence than one in the
 * article's own language shares stems, and the noun and a name together tie it to the sentence.
 * `keep` says which anchors may tie it, by the token they start at and their key (`@name`, `#figure`; all by default).
 */
export function restatesEvidenceAcross(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number, entity: Entity, keep: (token: number, key: string) => boolean = () => true): boolean {
  if (!acrossLanguages(analysis, knowledge, sentence)) return false;
  const anchored = (sentenceAnchors(analysis, knowledge).get(sentence) ?? []).filter((feature) => keep(feature.token, feature.key)).map((feature) => feature.key);
  if (anchored.length === 0) return false;
  return articleSentencesOf(knowledge, entity).some((article) => anchored.some((key) => article.concepts.has(key)));
}

/** Whether one article sentence holds evidence of both `entity` and `other` (the first and the last of a series the article dates in one sentence). */
export function sameArticleSentence(knowledge: KnowledgeIndex, entity: Entity, other: Entity): boolean {
  return articleSentencesOf(knowledge, entity).some((sentence) => holdsEvidence(sentence, other));
}
