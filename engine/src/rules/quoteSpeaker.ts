/**
 * Rule `quote-speaker`: a real quote from the article given to the wrong speaker. The speaker is
 * the person a speech verb (قال, أضاف, أكد, said …) introduces in the same sentence as the
 * quotation, or the person a label names right before it with a colon («**Name:** «…»»); a
 * quotation without a named speaker is not judged.
 */
import type { Rule } from './rule';
import { quoteMatches } from '../quotes';
import { firstMentionFrom, mentions, type Mention } from '../mentions';
import { titles, titlesOf, type Title } from '../titles';
import { tokenStems } from '../knowledge';
import { tokenLang, type Analysis } from '../analysis';
import { SPEECH_VERBS } from '../lexicon/speech';
import type { Affiliation, Post } from '../factBase/schema';
import { wrongSpeaker } from '../messages';

const SPEECH = new Set(SPEECH_VERBS);

/**
 * Whether a person before the speech verb at token `k` is its subject: right before the verb
 * ("X said", "X قد قال"), or with the person's own titles between ("وكان قيس الخزعلي، زعيم
 * «العصائب»، قد قال").
 */
function speakerBefore(analysis: Analysis, allTitles: readonly Title[], p: Mention, people: readonly Mention[], nonPeople: readonly Mention[], k: number): boolean {
  const tokens = analysis.tokens;
  if (p.tokenEnd > k || tokens[p.tokenStart]!.quote !== -1) return false;
  if (k - p.tokenEnd <= 2 && tokens[p.tokenEnd - 1]!.clause === tokens[k]!.clause) return true;
  const chain = titlesOf(analysis, allTitles, p, people, nonPeople).filter((title) => title.start >= p.tokenEnd);
  const end = Math.max(0, ...chain.map((title) => title.end));
  return chain.length > 0 && end <= k && k - end <= 2;
}

/**
 * The person a label names right before the quotation, with a colon and nothing but marks between
 * («**وزير النقل رشيد العامري:** «…»», "In the Commons, Jane Doe: "…""): a transcript's or a
 * list's way of saying who speaks.
 */
function labelSpeaker(analysis: Analysis, people: readonly Mention[], quotation: { start: number; tokenStart: number }): Mention | undefined {
  const tokens = analysis.tokens;
  const before = tokens[quotation.tokenStart - 1];
  if (!before || before.quote !== -1) return undefined;
  const p = firstMentionFrom(people, quotation.tokenStart) - 1;
  const person = people[p];
  if (!person || person.tokenEnd !== quotation.tokenStart || tokens[person.tokenStart]!.quote !== -1) return undefined;
  const between = analysis.text.slice(person.end, quotation.start);
  return /^[\s*_]*:[\s*_]*["«“„']?$/.test(between) ? person : undefined;
}

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
    const people = mentions(analysis, knowledge).filter((mention) => mention.kind === 'person');
    const allTitles = titles(analysis, knowledge);
    const nonPeople = mentions(analysis, knowledge).filter((mention) => mention.kind !== 'person');
    const tokens = analysis.tokens;
    for (const match of matches) {
      // A quotation matched only by its place says other words: whose they are is not known.
      if (match.edits.length > 2 || match.bySlot) continue;
      const quoteStart = match.quotation.tokenStart;
      const sentence = tokens[quoteStart]!.sentence;
      // The nearest speech verb before the quotation in its sentence, and the first person after it.
      let speaker: Mention | undefined;
      for (let k = quoteStart - 1; k >= 0 && tokens[k]!.sentence === sentence && quoteStart - k <= 30; k--) {
        if (tokens[k]!.quote !== -1) break;
        if (!tokenStems(tokens[k]!).some((s) => SPEECH.has(s.stem))) continue;
        // People are sorted by position: look only between the verb and the quotation.
        const after = firstMentionFrom(people, k + 1);
        for (let p = after; p < people.length && people[p]!.tokenStart < quoteStart && !speaker; p++) {
          const person = people[p]!;
          if (person.tokenEnd <= quoteStart && tokens[person.tokenStart]!.quote === -1) speaker = person;
        }
        // "X said" and "وكان X قد قال": the speaker before the verb, in the same sentence.
        for (let p = after - 1; p >= 0 && !speaker; p--) {
          const person = people[p]!;
          if (tokens[person.tokenStart]!.sentence !== sentence) break;
          if (speakerBefore(analysis, allTitles, person, people, nonPeople, k)) speaker = person;
        }
        break;
      }
      speaker ??= labelSpeaker(analysis, people, match.quotation);
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
