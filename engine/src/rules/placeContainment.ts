/**
 * Rule `place-containment`: a place put inside a unit that does not contain it — "X في Y",
 * "X بإقليم Y", "X in Y", "X in the province of Y", "X التابعة لـY" — where the fact base (or the
 * gazetteer) puts X inside another unit of Y's level: a town of Al Haouz "بإقليم تارودانت", Ras
 * El Hekma "في محافظة الإسكندرية", the royal palace of Rabat "في الدار البيضاء". The fix names the
 * unit that does contain X, keeping the draft's unit noun.
 *
 * Left alone: a place that contains X or lies inside it (Ighil in Morocco, Al Haouz in the High
 * Atlas), a unit of another level (a province "in" a region, a town "in" a mountain range: a
 * region is compared only with a region of the same unit noun, إقليم with إقليم or عمالة), a
 * country as X ("Rwanda's embassy in London"), and pairs of which neither place is the fact
 * base's (a finding rests on a fact of the story).
 */
import type { Rule } from './rule';
import type { Analysis } from '../analysis';
import { mentions, type Mention } from '../mentions';
import { tokenLang } from '../analysis';
import type { Place } from '../factBase/schema';
import { PLACE_NOUNS, PLACE_UNIT_LEVEL } from '../lexicon/words';
import { wrongContainer } from '../messages';
import { placeFix, rightUnit } from './places/relation';

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
  const cue = tokens[inner.tokenEnd]!;
  if (BELONGS_WORDS.has(cue.key)) return outer.tokenStart === inner.tokenEnd + 1 && /^ل/.test(fused);
  if (!IN_WORDS.has(cue.key) || fused.length > 0) return false;
  for (let k = inner.tokenEnd + 1; k < outer.tokenStart; k++) if (!BETWEEN.has(tokens[k]!.key)) return false;
  return outer.tokenStart - inner.tokenEnd <= 4;
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
      if (outer.tokenStart < inner.tokenEnd || !saysInside(analysis, inner, outer)) continue;
      const innerPlace = knowledge.entity<Place>(inner.entity);
      const outerPlace = knowledge.entity<Place>(outer.entity);
      if (!innerPlace || !outerPlace || innerPlace.fact.kind === 'country') continue;
      // A finding rests on a fact of the story: one of the two places is the fact base's.
      if (!innerPlace.factBase && !outerPlace.factBase) continue;
      const expected = rightUnit(knowledge, inner.entity, outer.entity);
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
        factId: (innerPlace.factBase ? innerPlace : outerPlace).id,
        evidence: knowledge.evidenceOf(innerPlace.factBase ? innerPlace.key : outerPlace.key),
      });
    }
  },
};
