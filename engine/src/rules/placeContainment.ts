/**
 * Rule `place-containment`: a place put inside a unit that does not contain it — "X في Y",
 * "X بإقليم Y", «X بمدينة Y», "X in Y", "X in the province of Y", "X التابعة لـY" — where the fact base (or the
 * gazetteer) puts X inside another unit of Y's level: a town of Al Haouz "بإقليم تارودانت", Ras
 * El Hekma "في محافظة الإسكندرية", the royal palace of Rabat "في الدار البيضاء". The fix names the
 * unit that does contain X, keeping the draft's unit noun when it names the same level. The
 * container may follow a relative or an apposition («X الواقعة في Y», "X, a town in Y", "X, which
 * lies in Y"), stand in brackets («X (إقليم Y)», "X (Y province)") or follow a part noun ("the X
 * district of Y"). Divisions that lie side by side inside one place are of one level whatever
 * their unit nouns (a shire and a region of Queensland), and so is a city beside a division of the
 * place that holds both ("Llansamlet, Neath Port Talbot" for a district of Swansea: Swansea).
 *
 * Two places of the gazetteer alone are compared too, without a unit noun, when the first is a
 * city (or a smaller place) and the second a country or a region: "Edinburgh in England",
 * «طنجة في الجزائر», and the dateline-like "Aberdeen, Wales" (a comma, the second place, then the
 * end of the clause; not a list of places).
 *
 * Left alone: a name another place bears where the draft puts it (the gazetteer's `also` and
 * `namesakes`: "Atlanta in Georgia", "Perth, Scotland"), a place that contains X or lies inside it (Ighil in Morocco, Al Haouz in the High
 * Atlas), a unit of another level (a province "in" a region, a town "in" a mountain range or in an area
 * named by a direction, «درنة في شرق ليبيا»: a
 * region is compared only with a region of the same unit noun, إقليم with إقليم or عمالة), a
 * country as X ("Rwanda's embassy in London"), a name that another place of Y also bears, a
 * Latin name that is the end of a longer capitalised name (a person called after a city), and a
 * place the gazetteer does not know (no finding rests on a guess).
 */
import type { Rule } from './rule';
import type { Analysis, Token } from '../analysis';
import { tokenStems, type Entity, type KnowledgeIndex } from '../knowledge';
import { mentions, type Mention } from '../mentions';
import { tokenLang } from '../analysis';
import type { Place } from '../factBase/schema';
import { PLACE_LEAD_WORDS, PLACE_NOUNS, PLACE_PART_WORDS, PLACE_UNIT_LEVEL } from '../lexicon/words';
import { wrongContainer } from '../messages';
import { countryOf, placeFix, placesAgree, rightUnit } from './places/relation';

/** Words that put the place after them around the place before: في, in, within, inside, داخل. */
const IN_WORDS = new Set(['في', 'in', 'within', 'inside', 'داخل']);
/** "التابعة لـY", "part of Y": the place before belongs to Y. */
const BELONGS_WORDS = new Set(['التابعه', 'التابع']);
const BETWEEN = new Set([...PLACE_NOUNS, 'the', 'of', ...Object.keys(PLACE_UNIT_LEVEL)]);

/** Whether the words between place `inner` and place `outer` say that `outer` contains `inner`. */
function saysInside(analysis: Analysis, inner: Mention, outer: Mention): boolean {
  const tokens = analysis.tokens;
  if (tokens[inner.tokenEnd - 1]!.sentence !== tokens[outer.tokenStart]!.sentence) return false;
  const fused = analysis.text.slice(tokens[outer.tokenStart]!.oStart, outer.start);
  // "أمزميز بإقليم الحوز": the preposition is fused to the container's first word.
  if (outer.tokenStart === inner.tokenEnd) return /^ب$/.test(fused);
  // «X بمدينة Y»: fused to a unit noun the container's name leaves out, as "X in the city of Y".
  if (outer.tokenStart === inner.tokenEnd + 1 && fused.length === 0 && unitNounWithBa(tokens[inner.tokenEnd]!)) return true;
  // A relative or an apposition may come first: «الواقعة في», "a town in", "located in".
  let at = inner.tokenEnd;
  const partOf = (index: number) => PLACE_PART_WORDS.has(tokens[index]!.key) && tokens[index + 1]?.key === 'of';
  while (at < outer.tokenStart && at - inner.tokenEnd < 3 && PLACE_LEAD_WORDS.has(tokens[at]!.key) && !IN_WORDS.has(tokens[at]!.key) && !partOf(at)) at++;
  const cue = tokens[at]!;
  // "the Llansamlet district of Swansea": a part noun and "of" put the place inside the next one.
  if (partOf(at)) return (outer.tokenStart === at + 2 || (outer.tokenStart === at + 3 && tokens[at + 2]!.key === 'the')) && fused.length === 0;
  if (BELONGS_WORDS.has(cue.key)) return outer.tokenStart === at + 1 && /^ل/.test(fused);
  if (!IN_WORDS.has(cue.key) || fused.length > 0) return false;
  for (let k = at + 1; k < outer.tokenStart; k++) if (!BETWEEN.has(tokens[k]!.key)) return false;
  return outer.tokenStart - at <= 4;
}

/** Whether a token is a unit noun that carries the locative ب (بمدينة, بمحافظة). */
function unitNounWithBa(token: Token): boolean {
  return tokenStems(token).some((form) => PLACE_UNIT_LEVEL[form.stem] !== undefined && /ب$/.test(token.key.slice(0, form.prefix)));
}

/** Whether the container follows its place in brackets: «أمزميز (إقليم الحوز)», "Amizmiz (Al Haouz province)". */
function saysBracketInside(analysis: Analysis, inner: Mention, outer: Mention): boolean {
  const tokens = analysis.tokens;
  if (outer.tokenStart !== inner.tokenEnd || tokens[outer.tokenStart]!.oStart !== outer.start) return false;
  if (!/^\s*\(\s*$/.test(analysis.text.slice(inner.end, outer.start))) return false;
  const next = tokens[outer.tokenEnd];
  return /^\s*\)/.test(analysis.text.slice(outer.end, next ? next.oStart : analysis.text.length));
}

/** Words after "Y" that make "X, Y" a list of places rather than a place and its container. */
const LIST_WORDS = new Set(['and', 'or', 'و', 'او']);

/**
 * Whether "X, Y" (X the city, Y its claimed country or region) closes its clause: a comma alone
 * between them, no place or "and" before X's comma, and after Y the end of the sentence or
 * punctuation that neither "and" nor a further place follows (a list of places is not a claim).
 */
function saysCommaInside(analysis: Analysis, inner: Mention, outer: Mention, before: Mention | undefined, after: Mention | undefined): boolean {
  const tokens = analysis.tokens;
  const comma = /^\s*[,،]\s*$/;
  if (outer.tokenStart !== inner.tokenEnd || tokens[outer.tokenStart]!.oStart !== outer.start) return false;
  if (!comma.test(analysis.text.slice(inner.end, outer.start))) return false;
  if (tokens[inner.tokenEnd - 1]!.sentence !== tokens[outer.tokenStart]!.sentence) return false;
  if (before && before.tokenEnd === inner.tokenStart && comma.test(analysis.text.slice(before.end, inner.start))) return false;
  const previous = tokens[inner.tokenStart - 1];
  if (previous && LIST_WORDS.has(previous.key)) return false;
  const next = tokens[outer.tokenEnd];
  if (!next || next.sentence !== tokens[outer.tokenStart]!.sentence) return true;
  if (LIST_WORDS.has(next.key) || !/[,،;؛:)\]–—-]/.test(analysis.text.slice(outer.end, next.oStart))) return false;
  return !(after && after.tokenStart <= outer.tokenEnd + 1) && !LIST_WORDS.has(tokens[outer.tokenEnd + 1]?.key ?? '');
}

/**
 * Whether a pair of gazetteer places may be compared: X a city or smaller place, Y a country or
 * region, X not the end of a longer capitalised name, and no other place called X inside Y.
 */
function gazetteerPair(analysis: Analysis, knowledge: KnowledgeIndex, inner: Mention, innerPlace: Entity<Place>, outerPlace: Entity<Place>): boolean {
  if (innerPlace.fact.kind !== 'city' && innerPlace.fact.kind !== 'other') return false;
  if (outerPlace.fact.kind !== 'country' && outerPlace.fact.kind !== 'region') return false;
  const tokens = analysis.tokens;
  const previous = tokens[inner.tokenStart - 1];
  const first = tokens[inner.tokenStart]!;
  if (previous && previous.sentence === first.sentence && previous.script === 'latin' && inner.tokenStart - 1 > firstOfSentence(analysis, inner.tokenStart)) {
    const gap = analysis.text.slice(previous.oEnd, first.oStart);
    if (/^\s+$/.test(gap) && /^[A-Z]/.test(analysis.text.slice(previous.oStart, previous.oEnd))) return false;
  }
  const keys = inner.form.keys;
  const namesakes = keys.length === 1 ? knowledge.formsOf(keys[0]!) : knowledge.formsStartingWith(keys[0]!, keys[1]!);
  return !namesakes.some((form) => form.kind === 'place' && form.entity !== inner.entity && form.keys.length === keys.length && placesAgree(knowledge, form.entity, outerPlace.key));
}

/**
 * The country of `inner` when the claimed country or region lies in another country ("Sydney in
 * Scotland": Australia), for a claim of another level than any unit that contains `inner`.
 */
function otherCountry(knowledge: KnowledgeIndex, inner: string, claimed: Entity<Place>): Entity<Place> | undefined {
  if (claimed.fact.kind !== 'country' && claimed.fact.kind !== 'region') return undefined;
  const mine = countryOf(knowledge, inner);
  const theirs = countryOf(knowledge, claimed.key);
  return mine && theirs && !knowledge.same(mine.key, theirs.key) && !placesAgree(knowledge, inner, claimed.key) ? mine : undefined;
}

/**
 * Whether the draft's names may mean namesakes that do agree: "Atlanta in Georgia" (the US state,
 * not the country), "Perth, Scotland" (not Western Australia's Perth), "London, Ontario".
 */
function namesakesAgree(knowledge: KnowledgeIndex, inner: Mention, outer: Mention): boolean {
  return (
    knowledge.namesakesOf(inner.form.keys).some((other) => placesAgree(knowledge, other, outer.entity)) ||
    knowledge.namesakesOf(outer.form.keys).some((other) => placesAgree(knowledge, inner.entity, other))
  );
}

/** The index of the first token of the sentence of token `index`. */
function firstOfSentence(analysis: Analysis, index: number): number {
  const tokens = analysis.tokens;
  let k = index;
  while (k > 0 && tokens[k - 1]!.sentence === tokens[index]!.sentence) k--;
  return k;
}

export const placeContainment: Rule = {
  id: 'place-containment',
  category: 'place',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    en: 'A place is put inside a province, governorate, city or country that does not contain it.',
    ar: 'مكان نُسب إلى إقليم أو محافظة أو مدينة أو دولة لا يقع فيها.',
  },
  check({ analysis, knowledge, report }) {
    const places = mentions(analysis, knowledge).filter((mention) => mention.kind === 'place');
    for (let index = 0; index + 1 < places.length; index++) {
      const inner = places[index]!;
      const outer = places[index + 1]!;
      if (outer.tokenStart < inner.tokenEnd) continue;
      const inside = saysInside(analysis, inner, outer) || saysBracketInside(analysis, inner, outer);
      if (!inside && !saysCommaInside(analysis, inner, outer, places[index - 1], places[index + 2])) continue;
      const innerPlace = knowledge.entity<Place>(inner.entity);
      const outerPlace = knowledge.entity<Place>(outer.entity);
      if (!innerPlace || !outerPlace || innerPlace.fact.kind === 'country') continue;
      // A pair of the gazetteer alone is compared only when the names leave no doubt (and "X, Y" always so).
      if (((!innerPlace.factBase && !outerPlace.factBase) || !inside) && !gazetteerPair(analysis, knowledge, inner, innerPlace, outerPlace)) continue;
      if (namesakesAgree(knowledge, inner, outer)) continue;
      const expected = rightUnit(knowledge, inner.entity, outer.entity) ?? otherCountry(knowledge, inner.entity, outerPlace);
      if (!expected) continue;
      const lang = tokenLang(analysis, analysis.tokens[outer.tokenStart]!);
      const fix = placeFix(analysis, knowledge, outer, expected.key, lang);
      const actual = analysis.text.slice(fix.start, fix.end);
      const innerText = analysis.text.slice(inner.start, inner.end);
      report({
        ruleId: 'place-containment',
        range: { start: fix.start, end: fix.end },
        lang,
        message: wrongContainer({ place: { ar: innerText, en: innerText }, container: knowledge.names(expected.key), actual }),
        actual,
        expected: fix.text,
        fix: { text: fix.text },
        factId: innerPlace.factBase ? innerPlace.id : outerPlace.factBase ? outerPlace.id : undefined,
        evidence: knowledge.evidenceOf(innerPlace.factBase ? innerPlace.key : outerPlace.key),
      });
    }
  },
};
