/**
 * Automatic story detection: which stories a draft names enough of. Each anchor (a person,
 * organisation, group, place or `scope.anchors` word of a fact base, a dated event, a distinctive
 * figure of its article) found in the draft counts once, with the weight of its most distinctive
 * form found (a name written in the other script than the fact base's is found by its consonant
 * skeleton, see `skeleton.ts`); a story whose anchors add up to {@link DETECTION_THRESHOLD} is
 * the draft's story.
 */
import type { Analysis } from '../analysis';
import { tokenStems } from '../knowledge';
import { dates } from '../extract/dates';
import { numbers } from '../extract/numbers';
import { CROSS_SCRIPT_PENALTY, EVENT_DAY_WEIGHT, SPECIFIC_WEIGHT, draftKeys, type AnchorForm, type CrossForm, type ScopeIndex } from './profile';
import { SPELLING } from '../text/skeleton';
import { editDistance } from '../knowledge';
import { mapList } from '../emptyList';
import { figureWeight } from './figures';
import { COUNTED_FIGURE_WEIGHT, findCounted } from './counts';
import { arabicSkeleton, latinSkeletons } from './skeleton';
import { findSites } from './sites';
import { findCompanies } from './companies';
import { findEnglishSites } from './englishSites';

/**
 * The score at which a draft is about a story, provided it names at least
 * {@link DETECTION_MIN_NAMES} of the story's specific names (weight {@link SPECIFIC_WEIGHT} or
 * more): two people; a person and a specific organisation, place or dated event; a specific place
 * and two event days; two of the story's large figures and its headline's country. One person
 * with well-known places (another deal signed by the same prime minister in Cairo), or
 * well-known names alone, never reach it.
 */
export const DETECTION_THRESHOLD = 4;

/** How many specific names of a story a draft must name to be about it. */
export const DETECTION_MIN_NAMES = 2;

/**
 * How many of a story's distinctive figures, event days or specific places and organisations a
 * short draft must repeat beside one of its people's full names, when that name is its only
 * specific one ("Priya Dhaliwal said … more than 14,000 hectares … about 3,800 residents").
 */
export const DETECTION_MIN_CORROBORATING = 2;

/**
 * How many of a story's distinct figures and counted figures a numbers piece ("the strike in
 * numbers", «… بالأرقام») must repeat, one of its names being specific to the story (a figure of
 * three significant digits, 5,730, is), to be about it when it names almost none of its people or
 * bodies: another story of the same kind shares a few of its figures, seldom four. Event days are
 * left out: one day and month may date several of the story's events at once.
 */
export const DETECTION_MIN_FIGURES = 4;

/** How much a person's full name weighs less when one of its later words is one letter off. */
const NEAR_MISS_PENALTY = 1;

/** The weight of a person's full name, the only kind of name matched with a letter off. */
const PERSON_WEIGHT = 3;

/**
 * The weight of a person's full name found by its consonants, in the other script or in another
 * Latin spelling than the fact base's (Moncef Riahi for a drawn Mansef al-Rayahi): it names one of
 * the story's people as surely, but a skeleton is looser than the name's own letters, so such a
 * name needs one corroboration more than {@link DETECTION_MIN_CORROBORATING}.
 */
const SPELLED_PERSON_WEIGHT = PERSON_WEIGHT - CROSS_SCRIPT_PENALTY;

/** Anchors found in some text: anchor index → the weight of the best form found and whether it is specific. */
export type AnchorHits = Map<number, { weight: number; specific: boolean }>;

/** Finds the anchors of every story in an analysed text (a block of a draft). */
export function findAnchors(analysis: Analysis, index: ScopeIndex): AnchorHits {
  const hits: AnchorHits = new Map();
  if (index.byFirstKey.size === 0) return hits;
  const starts = startWords(index);
  const loose = looseHeads(index);
  const pairs = pairsOf(index);
  const tokens = analysis.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.script !== 'ar' && token.script !== 'latin') continue;
    const next = tokens[i + 1];
    const second = next && next.sentence === token.sentence ? next.key : undefined;
    // Most words start no anchor: the set of forms already considered is made only on a hit.
    let seen: Set<AnchorForm> | undefined;
    for (const stemmed of tokenStems(token)) {
      if (stemmed.anchorsOf !== starts.serial) {
        stemmed.anchors = starts.words.has(stemmed.stem);
        stemmed.anchorsOf = starts.serial;
      }
      if (!stemmed.anchors) continue;
      const stem = stemmed.stem;
      if (loose.has(stem)) {
        for (const lookup of draftKeys(stem, second)) seen = considerAll(index.byFirstKey.get(lookup), i, seen);
      } else {
        // No form starting here is found with its second word a letter off (a quote's window, an
        // organisation's name): its one-word forms and its exact two-word key are all to look up.
        seen = considerAll(index.byFirstKey.get(stem), i, seen);
        if (second !== undefined && index.heads.has(stem)) seen = considerAll(pairs.get(stem)?.get(second), i, seen);
      }
    }
  }
  findEventDays(analysis, index, hits);
  findFigures(analysis, index, hits);
  findCounted(analysis, index.counted, (anchor) => record(hits, anchor, COUNTED_FIGURE_WEIGHT, false));
  findCrossScript(analysis, index, hits);
  findSites(analysis, index.sites, (anchor, weight) => record(hits, anchor, weight, weight >= SPECIFIC_WEIGHT));
  findCompanies(analysis, index.companies, (anchor, weight) => record(hits, anchor, weight, weight >= SPECIFIC_WEIGHT));
  findEnglishSites(analysis, index.englishSites, (anchor, weight) => record(hits, anchor, weight, weight >= SPECIFIC_WEIGHT));
  return hits;

  /** Considers each form not yet seen at token i; returns the set of forms seen (made on the first hit). */
  function considerAll(forms: readonly AnchorForm[] | undefined, i: number, seen: Set<AnchorForm> | undefined): Set<AnchorForm> | undefined {
    if (!forms) return seen;
    const known = seen ?? new Set<AnchorForm>();
    for (const form of forms) {
      if (known.has(form)) continue;
      known.add(form);
      consider(form, i);
    }
    return known;
  }

  /** Records a form found at token i when the rest of it is there (a later word at most a letter off). */
  function consider(form: AnchorForm, i: number): void {
    const token = tokens[i]!;
    if (form.caps && !isCapitals(analysis.text.slice(token.oStart, token.oEnd))) return;
    const misses = laterWordsMissed(tokens, i, form.keys);
    if (misses > 1 || (misses === 1 && !mayMissALetter(form))) return;
    // A full name with one later word a letter off (Lord Reid for Lord Reed) still names the
    // person: a misspelling is what the draft is checked for. The penalty is taken off in every
    // case (nothing for a form found whole), so that V8 has met the subtraction before compiling
    // this: a subtraction first met in compiled code threw the story detection's code away.
    const weight = form.weight - (misses === 0 ? 0 : NEAR_MISS_PENALTY);
    if (weight > 0) record(hits, form.anchor, weight, form.specific && weight >= SPECIFIC_WEIGHT);
  }
}

/**
 * The words an anchor's form may start with: the first words of longer forms and the one-word
 * forms, so that a draft's word that starts none is passed over with one look-up, remembered on
 * the word's stem under the set's number (`serial`, from 1).
 */
function startWords(index: ScopeIndex): { words: ReadonlySet<string>; serial: number } {
  let starts = startWordsOf.get(index);
  if (!starts) {
    const words = new Set(index.heads);
    for (const key of index.byFirstKey.keys()) if (!key.includes('\u0000')) words.add(key);
    starts = { words, serial: ++startSetsMade };
    startWordsOf.set(index, starts);
  }
  return starts;
}

const startWordsOf = new WeakMap<ScopeIndex, { words: ReadonlySet<string>; serial: number }>();
let startSetsMade = 0;

/**
 * The forms keyed by two words (`first\u0000second` in {@link ScopeIndex.byFirstKey}) by their first
 * word and then their second, so that a draft's two words are looked up as they are, without a key
 * made of both for every word that starts a longer form (a quote's words make many such).
 */
function pairsOf(index: ScopeIndex): ReadonlyMap<string, ReadonlyMap<string, readonly AnchorForm[]>> {
  let pairs = pairsOfIndex.get(index);
  if (!pairs) {
    pairs = new Map();
    for (const [key, forms] of index.byFirstKey) {
      const cut = key.indexOf('\u0000');
      if (cut < 0) continue;
      const first = key.slice(0, cut);
      let bySecond = pairs.get(first);
      if (!bySecond) pairs.set(first, (bySecond = new Map<string, readonly AnchorForm[]>()));
      bySecond.set(key.slice(cut + 1), forms);
    }
    pairsOfIndex.set(index, pairs);
  }
  return pairs;
}

const pairsOfIndex = new WeakMap<ScopeIndex, Map<string, Map<string, readonly AnchorForm[]>>>();

/** Whether a form is still found with one of its later words a letter off: a person's full name. */
function mayMissALetter(form: AnchorForm): boolean {
  return form.keys.length >= 2 && form.weight >= PERSON_WEIGHT;
}

/**
 * The first words of the forms that may be found with their second word a letter off (see
 * {@link mayMissALetter}; a word of four letters or more): only at these does a draft's next word
 * need its one-deletion keys. The stories' quotes make many content words first words of forms,
 * and each of those is found only as written.
 */
function looseHeads(index: ScopeIndex): ReadonlySet<string> {
  let words = looseHeadsOf.get(index);
  if (!words) {
    words = new Set();
    for (const forms of index.byFirstKey.values()) for (const form of forms) if (mayMissALetter(form) && form.keys[1]!.length >= 4) words.add(form.keys[0]!);
    looseHeadsOf.set(index, words);
  }
  return words;
}

const looseHeadsOf = new WeakMap<ScopeIndex, Set<string>>();

/** Finds the days and months the stories date an event on (and its year, when the draft gives one). */
function findEventDays(analysis: Analysis, index: ScopeIndex, hits: AnchorHits): void {
  if (index.eventDays.size === 0) return;
  for (const date of dates(analysis)) {
    if (!date.day || !date.month) continue;
    for (const event of index.eventDays.get(`${date.month.value}-${date.day.value}`) ?? []) {
      if (date.year && date.year.value !== event.year) continue;
      record(hits, event.anchor, EVENT_DAY_WEIGHT, true);
    }
  }
}

/** Finds the stories' distinctive figures (see `figures.ts`). */
function findFigures(analysis: Analysis, index: ScopeIndex, hits: AnchorHits): void {
  if (index.figures.size === 0) return;
  for (const number of numbers(analysis)) {
    const found = index.figures.get(number.value);
    if (!found || figureWeight(analysis, number, index.figureCounts) === 0) continue;
    for (const { anchor, weight } of found) record(hits, anchor, weight, weight >= SPECIFIC_WEIGHT);
  }
}

const skeletonCache = new Map<string, readonly string[]>();
const spellingCache = new Map<string, readonly string[]>();

/** The skeletons of a draft's word, for one of the two readings of `skeleton.ts`. */
type Skeletons = (token: Analysis['tokens'][number]) => readonly string[];

/** The skeletons a draft's word may stand for: an Arabic word's with each of its proclitics left off, and its article. */
const tokenSkeletons: Skeletons = (token) => {
  const cacheKey = token.key;
  let found = skeletonCache.get(cacheKey);
  if (found) return found;
  // An Arabic word is read without its article and, for a name of which it is the second half
  // (عبد القادر, Abdelkader), with it.
  found =
    token.script === 'ar'
      ? [...new Set(tokenStems(token).flatMap(({ stem }) => (stem.startsWith('ال') ? [arabicSkeleton(stem), arabicSkeleton(stem, true)] : [arabicSkeleton(stem)])))]
      : latinSkeletons(token.key);
  if (skeletonCache.size > 100_000) skeletonCache.clear();
  skeletonCache.set(cacheKey, found);
  return found;
};

/** The `SPELLING` skeletons of a draft's Latin word (another spelling of an Arabic name); none for other words. */
const tokenSpellings: Skeletons = (token) => {
  if (token.script !== 'latin') return [];
  let found = spellingCache.get(token.key);
  if (found) return found;
  found = latinSkeletons(token.key, SPELLING);
  if (spellingCache.size > 100_000) spellingCache.clear();
  spellingCache.set(token.key, found);
  return found;
};

/** The article written as a word of its own (al Suwaidi, ال): a name's skeleton leaves it out. */
const ARTICLES = new Set(['al', 'el', 'ال']);

/** Whether the draft's words from `start` on write `rest` (a name's later skeleton, words may split differently). */
function restFollows(tokens: Analysis['tokens'], start: number, sentence: number, rest: string, skeletons: Skeletons, depth = 0): boolean {
  if (rest.length === 0) return true;
  const token = tokens[start];
  if (!token || token.sentence !== sentence || depth > 3 || (token.script !== 'ar' && token.script !== 'latin')) return false;
  if (ARTICLES.has(token.key)) return restFollows(tokens, start + 1, sentence, rest, skeletons, depth + 1);
  return skeletons(token).some((variant) => variant.length > 0 && rest.startsWith(variant) && restFollows(tokens, start + 1, sentence, rest.slice(variant.length), skeletons, depth + 1));
}

/**
 * Finds the names a draft writes in the other script than its fact base (see `skeleton.ts`), and
 * the Latin names of people named in Arabic that it spells otherwise (`ScopeIndex.spellings`).
 */
function findCrossScript(analysis: Analysis, index: ScopeIndex, hits: AnchorHits): void {
  const { ar, latin } = index.crossScript;
  if (ar.size === 0 && latin.size === 0 && index.spellings.size === 0) return;
  const tokens = analysis.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const map = token.script === 'ar' ? ar : token.script === 'latin' ? latin : undefined;
    if (!map) continue;
    if (map.size > 0) lookUpAt(map, i, tokenSkeletons);
    if (token.script === 'latin' && index.spellings.size > 0) lookUpAt(index.spellings, i, tokenSpellings);
  }

  /** Looks up the forms whose skeleton starts with the word at i (or with it and the next word joined). */
  function lookUpAt(map: Map<string, CrossForm[]>, i: number, skeletons: Skeletons): void {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const joinable = next && next.sentence === token.sentence && next.script === token.script ? skeletons(next) : [];
    for (const skeleton of skeletons(token)) {
      lookUp(map.get(skeleton), i + 1, skeletons);
      // One word in the name may be two in the draft (Abdellatif, «عبد اللطيف»; Lloyd-Jones, «لويد جونز»).
      for (const second of joinable) if (second.length > 0) lookUp(map.get(skeleton + second), i + 2, skeletons);
      if (skeleton.length >= JOINED_MIN && mayBeName(token, analysis.text)) lookUpJoined(map, skeleton, i + 1, skeletons);
    }
  }

  /**
   * Two words of the name may be one in the draft (Noureddine and Saad-Eddine for نور الدين and
   * سعد الدين, «نورالدين» for Nour al-Din): the word's skeleton is looked up by each of its
   * prefixes, and the rest of it must open the rest of the name.
   */
  function lookUpJoined(map: Map<string, CrossForm[]>, skeleton: string, after: number, skeletons: Skeletons): void {
    for (let cut = 2; cut < skeleton.length; cut++) {
      const head = skeleton.slice(0, cut);
      for (const form of map.get(head) ?? []) {
        if (form.capitalised) continue;
        const rest = restAfterJoined(head, skeleton.slice(cut), form.rest);
        if (rest !== undefined && restFollows(tokens, after, tokens[after - 1]!.sentence, rest, skeletons)) record(hits, form.anchor, form.weight, form.specific);
      }
    }
  }

  function lookUp(forms: CrossForm[] | undefined, after: number, skeletons: Skeletons): void {
    for (const form of forms ?? []) {
      if (form.capitalised && !(capitalisedLatin(tokens[after - 1], analysis.text) && capitalisedLatin(tokens[after], analysis.text))) continue;
      if (restFollows(tokens, after, tokens[after - 1]!.sentence, form.rest, skeletons)) record(hits, form.anchor, form.weight, form.specific);
    }
  }
}

/** The fewest consonants a draft's word needs to be read as two words of a name joined. */
const JOINED_MIN = 3;

/** Whether a draft's word may write a name: any Arabic word, a Latin word only capitalised. */
function mayBeName(token: Analysis['tokens'][number], text: string): boolean {
  return token.script === 'ar' || capitalisedLatin(token, text);
}

/** Whether a draft's word is a Latin word that opens with a capital letter. */
function capitalisedLatin(token: Analysis['tokens'][number] | undefined, text: string): boolean {
  if (!token || token.script !== 'latin') return false;
  const first = text.charCodeAt(token.oStart);
  return first >= 65 && first <= 90;
}

/**
 * What is left of a name's later skeleton (`rest`) once a joined word has written `tail` of it
 * after the name's first word (`head`), or undefined when the word does not write it. Where the
 * two words meet with one consonant (Saad-Eddine: sd and dn written sdn), the consonant the
 * joined word wrote once opens `rest` too.
 */
function restAfterJoined(head: string, tail: string, rest: string): string | undefined {
  if (rest.startsWith(tail)) return rest.slice(tail.length);
  if (rest[0] === head[head.length - 1] && rest.startsWith(tail, 1)) return rest.slice(1 + tail.length);
  return undefined;
}

/** Keeps the best weight found for an anchor. */
function record(hits: AnchorHits, anchor: number, weight: number, specific: boolean): void {
  const known = hits.get(anchor);
  if (!known || known.weight < weight || (known.weight === weight && specific && !known.specific)) hits.set(anchor, { weight, specific });
}

/**
 * How many later words of a name (after its first) differ from the draft's words at `start`: 0
 * for an exact match, 1 for one word a letter off (words of four letters or more), more (2) when
 * the name is not there.
 */
function laterWordsMissed(tokens: Analysis['tokens'], start: number, keys: readonly string[]): number {
  const first = tokens[start]!;
  let misses = 0;
  for (let j = 1; j < keys.length; j++) {
    const next = tokens[start + j];
    if (!next || next.sentence !== first.sentence) return 2;
    if (next.key === keys[j]) continue;
    if (keys[j]!.length < 4 || editDistance(next.key, keys[j]!, 1) > 1) return 2;
    misses++;
  }
  return misses;
}

function isCapitals(word: string): boolean {
  return /^[A-Z]+$/.test(word);
}

/** Merges the anchors of one block into those of the whole draft. */
export function mergeAnchors(into: AnchorHits, from: AnchorHits): void {
  for (const [anchor, hit] of from) record(into, anchor, hit.weight, hit.specific);
}

/** One story's score in a draft. */
export interface StoryScore {
  /** The fact base's id. */
  id: string;
  /** Its index in the checker's list. */
  profile: number;
  score: number;
  /** How many specific names were found. */
  specific: number;
  /** The names found, most distinctive first. */
  names: string[];
  /** Whether one of the story's people is named in full (weight {@link PERSON_WEIGHT} or more). */
  person: boolean;
  /** Whether one of the story's people is named in full by another spelling ({@link SPELLED_PERSON_WEIGHT}). */
  spelled?: boolean;
  /** How many of the story's figures, event days and specific non-person names were found. */
  corroborating: number;
  /** How many of the story's distinct figures and counted figures were found (two quantities of one value and noun count once). */
  figures?: number;
}

/** Whether a score ties a draft to its story. */
export function detected(score: StoryScore): boolean {
  if (score.score < DETECTION_THRESHOLD) return false;
  // Two specific names; or one person's full name with figures, days or places of the story that
  // a draft of another story sharing its vocabulary (minister, talks, deadline) does not repeat.
  if (score.specific >= DETECTION_MIN_NAMES || (score.person && score.corroborating >= DETECTION_MIN_CORROBORATING)) return true;
  // A numbers piece: many of the story's figures, one of its names specific to it (see DETECTION_MIN_FIGURES).
  if (score.specific >= 1 && (score.figures ?? 0) >= DETECTION_MIN_FIGURES) return true;
  return !!score.spelled && score.corroborating > DETECTION_MIN_CORROBORATING;
}

/** Whether an anchor found with this weight is one of the story's figures or counted figures. */
function isFigure(key: string, weight: number): boolean {
  return weight > 0 && (key.startsWith('figure:') || key.startsWith('count:'));
}

/** Whether an anchor found with this weight corroborates a person's name: a figure, an event day, or a specific name that is not a person's. */
function corroborates(key: string, weight: number, specific: boolean): boolean {
  if (key.startsWith('figure:') || key.startsWith('event:') || key.startsWith('count:')) return weight > 0;
  return specific && !key.startsWith('person:');
}

/**
 * The order of names of equal weight: `localeCompare`'s own (the default locale's collation),
 * with its collator made once rather than on every comparison of every draft.
 */
const LABEL_ORDER = new Intl.Collator();

/**
 * Each anchor's rank among the index's labels in {@link LABEL_ORDER} (labels that collate equal
 * share a rank), made once per index: names of equal weight are ordered draft after draft, and
 * comparing two ranks costs far less than collating the labels again.
 */
function labelRanks(index: ScopeIndex): Int32Array {
  let ranks = labelRanksOf.get(index);
  if (ranks && ranks.length === index.anchors.length) return ranks;
  const order = index.anchors.map((_, anchor) => anchor).sort((a, b) => LABEL_ORDER.compare(index.anchors[a]!.label, index.anchors[b]!.label));
  ranks = new Int32Array(index.anchors.length);
  for (let n = 0; n < order.length; n++) {
    const equal = n > 0 && LABEL_ORDER.compare(index.anchors[order[n - 1]!]!.label, index.anchors[order[n]!]!.label) === 0;
    ranks[order[n]!] = equal ? ranks[order[n - 1]!]! : n;
  }
  labelRanksOf.set(index, ranks);
  return ranks;
}

const labelRanksOf = new WeakMap<ScopeIndex, Int32Array>();

/** Every story's score in a draft, best first; stories with nothing found are left out. */
export function scoreStories(hits: AnchorHits, index: ScopeIndex): StoryScore[] {
  const ranks = labelRanks(index);
  const byProfile = new Map<number, { score: number; specific: number; person: boolean; spelled: boolean; corroborating: number; figures: Set<string>; names: { label: string; weight: number; rank: number }[] }>();
  for (const [anchor, { weight, specific }] of hits) {
    const { profile, label, key } = index.anchors[anchor]!;
    const entry = byProfile.get(profile) ?? { score: 0, specific: 0, person: false, spelled: false, corroborating: 0, figures: new Set<string>(), names: [] };
    entry.score += weight;
    if (specific) entry.specific++;
    if (key.startsWith('person:') && weight >= PERSON_WEIGHT) entry.person = true;
    else if (key.startsWith('person:') && weight >= SPELLED_PERSON_WEIGHT) entry.spelled = true;
    if (corroborates(key, weight, specific)) entry.corroborating++;
    if (isFigure(key, weight)) entry.figures.add(label);
    entry.names.push({ label, weight, rank: ranks[anchor]! });
    byProfile.set(profile, entry);
  }
  return mapList([...byProfile], ([profile, entry]) => ({
    id: index.ids[profile]!,
    profile,
    score: Math.round(entry.score * 10) / 10,
    specific: entry.specific,
    person: entry.person,
    spelled: entry.spelled,
    corroborating: entry.corroborating,
    figures: entry.figures.size,
    names: mapList(
      entry.names.sort((a, b) => b.weight - a.weight || a.rank - b.rank),
      (name) => name.label,
    ),
  })).sort((a, b) => b.score - a.score || a.profile - b.profile);
}
