/**
 * The `event-place` rule's parts of a place named by a point of the compass: a draft that writes
 * "north Wales" where the article sentence it restates names "south Wales" (a place of the fact
 * base named by another point of the compass and the same place) has moved what happened there.
 * Only a part the fact base names is compared, and only in a sentence that restates an article
 * sentence naming that part: the gazetteer does not say which part of a country a town is in.
 */
import type { Analysis } from '../../analysis';
import type { KnowledgeIndex } from '../../knowledge';
import type { Place } from '../../factBase/schema';
import type { Draft } from '../../findingBuilder';
import { overlappingSentences } from '../../align';
import { mentions } from '../../mentions';
import { wrongRestatedPlace } from '../../messages';
import { COMPASS_POINTS } from '../../lexicon/directions';

/**
 * The points of the compass as English writes them before a place (north, northern), by the point
 * each names. A map, not an object: every word of every draft is looked up, and an object's keyed
 * look-up of a word made from the draft costs far more.
 */
const COMPASS: ReadonlyMap<string, string> = new Map(COMPASS_POINTS.flatMap((point) => [[point.en, point.en], [point.adjective, point.en]]));

/**
 * Reports each compass word of the draft that, with the capitalised word after it, names a part of
 * a place that the fact base names by another point of the compass (a region of the fact base,
 * not of the gazetteer), in an article sentence the draft sentence restates. A draft's own known
 * place (North Korea, North Africa) is left alone.
 */
export function checkCompassParts(analysis: Analysis, knowledge: KnowledgeIndex, report: (draft: Draft) => void): void {
  const tokens = analysis.tokens;
  // Words of a known name are not a compass part (the Mid and West Wales Fire and Rescue Service);
  // they are marked at the first compass word, since most drafts have none.
  let named: Uint8Array | undefined;
  const written = (k: number) => analysis.text.slice(tokens[k]!.oStart, tokens[k]!.oEnd);
  for (let i = 0; i + 1 < tokens.length; i++) {
    // The compass words are English: an Arabic word is passed over without a look-up.
    const point = tokens[i]!.script === 'latin' ? COMPASS.get(tokens[i]!.key) : undefined;
    if (!point) continue;
    const next = tokens[i + 1]!;
    named ??= namedTokens(analysis, knowledge);
    if (named[i] || named[i + 1] || next.sentence !== tokens[i]!.sentence || !/^[A-Z]/.test(written(i + 1))) continue;
    // A third capitalised word makes a longer name (North Wales Police).
    const third = tokens[i + 2];
    if (third && third.sentence === next.sentence && /^\s+$/.test(analysis.text.slice(next.oEnd, third.oStart)) && /^[A-Z]/.test(written(i + 2))) continue;
    if (knowledge.formsStartingWith(tokens[i]!.key, next.key).some((form) => form.kind === 'place')) continue;
    const found = otherPart(analysis, knowledge, next.sentence, point, next.key);
    if (!found) continue;
    const start = tokens[i]!.oStart;
    const actual = analysis.text.slice(start, next.oEnd);
    const fixWord = /^[A-Z]/.test(written(i)) ? found.point[0]!.toUpperCase() + found.point.slice(1) : found.point;
    report({
      ruleId: 'event-place',
      range: { start, end: next.oEnd },
      lang: 'en',
      message: wrongRestatedPlace({ place: knowledge.names(found.entity), actual }),
      actual,
      expected: `${fixWord} ${written(i + 1)}`,
      fix: { text: fixWord, range: { start, end: tokens[i]!.oEnd } },
      factId: knowledge.entity(found.entity)?.id,
      evidence: knowledge.evidenceOf(found.entity),
    });
  }
}

/** For each token, 1 when it is part of a known name other than a place's. */
function namedTokens(analysis: Analysis, knowledge: KnowledgeIndex): Uint8Array {
  const named = new Uint8Array(analysis.tokens.length);
  for (const mention of mentions(analysis, knowledge)) if (mention.kind !== 'place') named.fill(1, mention.tokenStart, mention.tokenEnd);
  return named;
}

/** The fact base's region named by another point of the compass and `key`, named in an article sentence the draft sentence restates. */
function otherPart(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number, point: string, key: string): { entity: string; point: string } | undefined {
  for (const [word, other] of COMPASS) {
    if (other === point) continue;
    for (const form of knowledge.formsStartingWith(word, key)) {
      if (form.kind !== 'place' || form.lexicon || form.keys.length !== 2 || knowledge.entity<Place>(form.entity)?.fact.kind !== 'region') continue;
      if (overlappingSentences(analysis, knowledge, sentence).some((article) => article.places.some((slot) => knowledge.same(slot.entity, form.entity)))) return { entity: form.entity, point: other };
    }
  }
  return undefined;
}
