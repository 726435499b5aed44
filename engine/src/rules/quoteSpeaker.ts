/**
 * Rule `quote-speaker`: a real quote from the article given to the wrong speaker. The speaker is
 * the person a speech verb (قال, أضاف, أكد, said …) introduces in the same sentence as the
 * quotation, before or right after it, the person a label names right before it with a colon
 * («**Name:** «…»»), the person a byline names on the line after it ("— Name, Agency", also under
 * a block quotation without marks), or "according to X" (بحسب X) with no speech verb; see
 * `quotes/speaker.ts`. A quotation without a named speaker is not judged.
 */
import type { Rule } from './rule';
import { quoteMatches } from '../quotes';
import { mentions } from '../mentions';
import { titles } from '../titles';
import { tokenLang } from '../analysis';
import { quotationSpeaker, type SpeakerContext } from './quotes/speaker';
import type { Affiliation, Post } from '../factBase/schema';
import type { KnowledgeIndex } from '../knowledge';
import { wrongSpeaker } from '../messages';

export const quoteSpeaker: Rule = {
  id: 'quote-speaker',
  category: 'quote',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    en: 'A quote from the article is attributed to someone other than its speaker.',
    ar: 'اقتباس من المقال منسوب إلى غير قائله.',
  },
  check({ analysis, knowledge, report }) {
    const matches = quoteMatches(analysis, knowledge);
    if (matches.length === 0) return;
    const all = mentions(analysis, knowledge);
    const ctx: SpeakerContext = { analysis, people: all.filter((mention) => mention.kind === 'person'), nonPeople: all.filter((mention) => mention.kind !== 'person'), titles: titles(analysis, knowledge) };
    const tokens = analysis.tokens;
    for (const match of matches) {
      // A quotation matched only by its place says other words: whose they are is not known.
      if (match.edits.length > 2 || match.bySlot) continue;
      const speaker = quotationSpeaker(ctx, match.quotation);
      if (!speaker) continue;
      const said = match.quote.fact.speaker;
      const truth = knowledge.resolve(match.quote, said);
      if (!truth || knowledge.same(truth.key, speaker.entity)) continue;
      // A statement by an organisation may be voiced by the person who leads it or speaks for it.
      if (truth.kind !== 'person' && voicesBody(knowledge, speaker.entity, truth.id)) continue;
      const lang = tokenLang(analysis, tokens[speaker.tokenStart]!);
      const expected = knowledge.canonicalName(truth.key, lang);
      const actual = analysis.text.slice(speaker.start, speaker.end);
      report({
        ruleId: 'quote-speaker',
        range: { start: speaker.start, end: speaker.end },
        lang,
        message: wrongSpeaker({ speaker: knowledge.names(truth.key), actual: knowledge.names(speaker.entity) }),
        actual,
        expected,
        fix: { text: expected },
        factId: match.quote.id,
        evidence: knowledge.evidenceOf(match.quote.key),
      });
    }
  },
};

/**
 * Whether a person may voice a statement of the body `bodyId`: one who holds a post there, or is
 * tied to it, other than a staff post (role other: an operations manager, an area manager), which
 * speaks for itself, not for the body; the membership such a post implies is no voice either.
 */
function voicesBody(knowledge: KnowledgeIndex, personKey: string, bodyId: string): boolean {
  const person = knowledge.entity(personKey);
  if (!person) return false;
  const postsThere = (knowledge.postsByHolder.get(personKey) ?? []).filter((post: { fact: Post }) => post.fact.organisation === bodyId);
  if (postsThere.some((post) => post.fact.role !== 'other')) return true;
  if (postsThere.length > 0) return false;
  return knowledge.affiliations.some((a: { fact: Affiliation }) => a.fact.member === person.id && a.fact.organisation === bodyId);
}
