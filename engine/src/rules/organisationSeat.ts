/**
 * Rule `organisation-seat`: an organisation of the fact base given another seat than its `base`
 * — «شركة القابضة، ومقرها دبي», «ومقره في X», "ADQ, based in Dubai", "headquartered in X", "whose
 * headquarters are in X", "the Dubai-based ADQ". The organisation is the nearest one named before
 * the seat words in the sentence (after them for "X-based"), with no person named in between (a
 * person "based in X" is not the organisation). A seat that contains the base or lies inside it
 * agrees with it ("UAE-based" for a company of Abu Dhabi).
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

const SEAT = new Set(SEAT_WORDS);
/** Words that may stand between the seat words and the place: في, in, the, main (الرئيسي), is, are. */
const LINKS = new Set(['في', 'الرييسي', 'in', 'the', 'is', 'are', 'main']);

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
    const mention = byEnd.get(end);
    if (!mention) continue;
    if (mention.kind === 'organisation') return mention;
    if (mention.kind === 'person' || mention.kind === 'group') return undefined;
  }
  return undefined;
}

/** "Dubai-based ADQ": the place fused to -based at `index`, and the organisation right after it. */
function basedCompound(analysis: Analysis, knowledge: KnowledgeIndex, index: number): { place: Mention; organisation: Mention } | undefined {
  const tokens = analysis.tokens;
  const token = tokens[index]!;
  if (!/-based$/i.test(analysis.text.slice(token.oStart, token.oEnd))) return undefined;
  const stem = token.key.slice(0, -'based'.length);
  const previous = tokens[index - 1];
  const forms = [...knowledge.formsOf(stem), ...(previous && previous.sentence === token.sentence ? knowledge.formsStartingWith(previous.key, stem) : [])].filter(
    (form) => form.kind === 'place' && form.keys.at(-1) === stem,
  );
  const form = forms.sort((a, b) => b.keys.length - a.keys.length)[0];
  if (!form) return undefined;
  const first = index - form.keys.length + 1;
  let organisation: Mention | undefined;
  for (let k = index + 1; k <= index + 4 && k < tokens.length && tokens[k]!.sentence === token.sentence && !organisation; k++) {
    const mention = mentionIndex(analysis, knowledge).byStart.get(k);
    if (mention?.kind === 'organisation') organisation = mention;
  }
  if (!organisation) return undefined;
  const start = tokens[first]!.oStart;
  const place: Mention = { kind: 'place', entity: form.entity, form, tokenStart: first, tokenEnd: index + 1, start, end: token.oEnd - '-based'.length, lexicon: form.lexicon };
  return { place, organisation };
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
      const token = tokens[index]!;
      let pair: { place: Mention; organisation: Mention } | undefined;
      if (SEAT.has(token.key)) {
        const place = seatPlace(analysis, knowledge, index);
        const organisation = place && organisationBefore(analysis, knowledge, index);
        if (place && organisation) pair = { place, organisation };
      } else if (token.key.endsWith('based')) {
        pair = basedCompound(analysis, knowledge, index);
      }
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
