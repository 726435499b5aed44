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
      // A statement by an organisation may be voiced by the person who leads it.
      const speakerEntity = knowledge.entity(speaker.entity);
      if (truth.kind !== 'person' && speakerEntity) {
        const leads = (knowledge.postsByHolder.get(speaker.entity) ?? []).some((post: { fact: Post }) => post.fact.organisation === truth.id);
        const member = knowledge.affiliations.some((a: { fact: Affiliation }) => a.fact.member === speakerEntity.id && a.fact.organisation === truth.id);
        if (leads || member) continue;
      }
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
