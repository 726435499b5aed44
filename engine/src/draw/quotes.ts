/**
 * Verbatim quotes and their speakers: each quotation of three words or more, given to the person
 * the sentence names nearest to it (before it in Arabic and after it first in English when the
 * quote opens the sentence), or to the speaker of the previous quote when the sentence goes on
 * with a speech verb and no name ("وأضاف أن …", "he said"), before the quote or right after it.
 */
import type { DrawContext } from './context';
import type { Token } from '../analysis';
import { isSpeech, stemsOf } from './words';
import { ALL_SPEECH_VERBS } from '../lexicon/speech';
import { organisationAt } from './organisations';

/** The speaker the sentence names: the first person before the quote, else the first after it. */
function speakerInSentence(ctx: DrawContext, quoteStart: number, quoteEnd: number, closed = false): { speaker?: number; several: boolean } {
  const tokens = ctx.tokens;
  const sentence = tokens[quoteStart]!.sentence;
  const before: number[] = [];
  for (let k = quoteStart - 1; k >= 0 && tokens[k]!.sentence === sentence; k--) {
    const person = ctx.personAt[k]!;
    if (tokens[k]!.quote === -1 && person !== -1 && !before.includes(person)) before.unshift(person);
  }
  if (before.length > 1) {
    // "X، Y، قال": a name in apposition after another one is the speaker the title chain leads to.
    const firstEnd = Math.max(...ctx.people[before[0]!]!.spans.filter((s) => tokens[s.tokenStart]!.sentence === sentence).map((s) => s.tokenEnd));
    const second = ctx.personAt[firstEnd] === before[1] || ctx.personAt[firstEnd + 1] === before[1];
    if (second && /[,،]/.test(ctx.gap(firstEnd - 1, firstEnd))) return { speaker: before[1], several: true };
  }
  if (before.length > 0) return { speaker: before[0], several: before.length > 1 };
  // A quote that ends its sentence with a full stop inside the marks ('"… money." Rachel Quinn …') has no speaker after it.
  if (closed) return { several: false };
  // After the quote, the person a speech verb ties to it ('"…," said X', '"…," X, the minister, said'), not one the next sentence names.
  let speech = false;
  for (let k = quoteEnd; k < tokens.length && tokens[k]!.sentence === sentence && k - quoteEnd < 12; k++) {
    if (tokens[k]!.quote !== -1) break;
    speech ||= isSpeech(tokens[k]);
    if (ctx.personAt[k] === -1) continue;
    let end = k;
    while (ctx.personAt[end] === ctx.personAt[k]) end++;
    // The verb may follow the name's apposition ('"…," Lord Reed, the President of the Supreme Court, said').
    for (let j = end; !speech && j < tokens.length && j - end < 10 && tokens[j]!.sentence === sentence && tokens[j]!.quote === -1 && (ctx.personAt[j] === -1 || ctx.personAt[j] === ctx.personAt[k]); j++) speech = isSpeech(tokens[j]);
    return speech ? { speaker: ctx.personAt[k], several: false } : { several: false };
  }
  return { several: false };
}

/** Words that follow a speech verb when it carries on the last speaker (وأضاف أن, he said that). */
const CARRY = new Set(['ان', 'انه', 'انها', 'الي', 'that', 'he', 'she']);

/** Whether the sentence carries on a previous speaker: a speech verb followed by أن/that, or he/she said. */
function continuesSpeaker(ctx: DrawContext, quoteStart: number): boolean {
  const tokens = ctx.tokens;
  const sentence = tokens[quoteStart]!.sentence;
  const sentenceStart = tokens.findIndex((token) => token.sentence === sentence);
  for (let k = Math.max(0, quoteStart - 10); k < quoteStart; k++) {
    const token = tokens[k]!;
    if (token.sentence !== sentence || token.quote !== -1) continue;
    const next = tokens[k + 1];
    if (isSpeech(token) && (k + 1 === quoteStart || (next && CARRY.has(next.key)))) return true;
    if ((token.key === 'he' || token.key === 'she') && isSpeech(next)) return true;
    // "He went on: "…"": the pronoun and "went on" right before the quote.
    if ((token.key === 'he' || token.key === 'she') && k + 3 === quoteStart && goesOn(ctx, k + 1)) return true;
    // A sentence that opens with a speech verb and names no one goes on with the last speaker (وقال، في تصريحات …).
    if (ctx.lang === 'ar' && k - sentenceStart <= 1 && isSpeech(token)) return true;
  }
  return false;
}

const PRONOUNS = new Set(['he', 'she']);

/** Verbs that say a speaker goes on with "on" after them (went on, carried on), folded. */
const GOES_ON = new Set(['went', 'goes', 'carried']);

/** Whether tokens `k` and `k + 1` are "went on" or "carried on", outside quotes. */
function goesOn(ctx: DrawContext, k: number): boolean {
  const [verb, on] = [ctx.tokens[k], ctx.tokens[k + 1]];
  return !!verb && !!on && verb.quote === -1 && on.quote === -1 && GOES_ON.has(verb.key) && on.key === 'on';
}

/**
 * Whether a quote is attributed after it to a pronoun: '"…," he said', '"…," said she', '"…," she
 * went on'; the
 * speaker is then the one the sentences before it name.
 */
function pronounAfter(ctx: DrawContext, quoteEnd: number): boolean {
  const tokens = ctx.tokens;
  const [a, b] = [tokens[quoteEnd], tokens[quoteEnd + 1]];
  if (!a || !b || a.quote !== -1 || b.quote !== -1) return false;
  return (PRONOUNS.has(a.key) && (isSpeech(b) || goesOn(ctx, quoteEnd + 1))) || (isSpeech(a) && PRONOUNS.has(b.key));
}

/**
 * The speaker a sentence without a name goes on with: the nearest earlier sentence (at most three
 * back) that names someone outside quotes or holds a quote; its quote's speaker when it has one,
 * else the first person it names (its subject: "وحسب عضو اللجنة X، فإن … سليماني").
 */
function previousSubject(ctx: DrawContext, index: number, speakers: Map<number, number>): number | undefined {
  const tokens = ctx.tokens;
  const sentence = tokens[index]!.sentence;
  let k = index - 1;
  while (k >= 0 && tokens[k]!.sentence === sentence) k--;
  while (k >= 0 && sentence - tokens[k]!.sentence <= 3) {
    const current = tokens[k]!.sentence;
    let first: number | undefined;
    let quoted: number | undefined;
    // In English the subject of the speech verb is the name right before it ("The Commissioner of X, Stephen Mallory, said").
    let beforeSpeech: number | undefined;
    let speech = false;
    for (; k >= 0 && tokens[k]!.sentence === current; k--) {
      if (tokens[k]!.quote !== -1 && speakers.has(tokens[k]!.quote)) quoted ??= speakers.get(tokens[k]!.quote);
      else if (tokens[k]!.quote === -1 && ctx.personAt[k] !== -1) {
        first = ctx.personAt[k];
        if (speech && beforeSpeech === undefined) beforeSpeech = first;
      }
      if (tokens[k]!.quote === -1 && isSpeech(tokens[k]) && ctx.lang === 'en') {
        speech = true;
        beforeSpeech = undefined;
      }
    }
    if (quoted !== undefined) return quoted;
    if (beforeSpeech !== undefined) return beforeSpeech;
    if (first !== undefined) return first;
  }
  return undefined;
}

/**
 * The body that speaks a quote in a sentence naming no person: a speech verb before the quote and
 * a drawn body next to it, before the verb or (Arabic) after it: «وقالت وزارة الصحة في بيان:
 * «…»», 'The Environment Agency said in a statement: "…"'.
 */
function bodySpeaker(ctx: DrawContext, quoteStart: number): string | undefined {
  const tokens = ctx.tokens;
  const sentence = tokens[quoteStart]!.sentence;
  for (let k = quoteStart - 1; k >= 0 && tokens[k]!.sentence === sentence; k--) {
    if (tokens[k]!.quote !== -1 || !isSpeech(tokens[k])) continue;
    // The body right before the verb (its last word, a "the" or a comma between), or right after it in Arabic.
    for (const at of [k - 1, k - 2, ...(ctx.lang === 'ar' ? [k + 1] : [])]) {
      const body = at >= 0 && tokens[at]!.sentence === sentence && tokens[at]!.quote === -1 ? organisationAt(ctx, at) : undefined;
      if (body && (at === k + 1 || at === k - 1 || organisationAt(ctx, k - 1) === body)) return body;
    }
    return undefined;
  }
  return undefined;
}

/**
 * The body that speaks an Arabic sentence it opens with a speech verb (قالت هيئة تنظيم الاتصالات في
 * بيان إن المهندس فلان سيتولى …، مؤكدة: «…»), for a quote after a participle of speech (مؤكدة,
 * مضيفاً), which tells of the main verb's subject: the people named after the verb are what the
 * body speaks of, not who speaks. A finite speech verb between them and the quote (قال إن الوزير
 * فلان قال: «…») leaves the quote to them.
 */
function openingBody(ctx: DrawContext, quoteStart: number): string | undefined {
  const tokens = ctx.tokens;
  if (ctx.lang !== 'ar') return undefined;
  const participle = tokens[quoteStart - 1];
  if (!participle || participle.quote !== -1 || !speechParticiple(participle)) return undefined;
  // The sentence's first word, past a wire dateline that opens it (مسقط، 2 نوفمبر 2026 (العمانية) - قالت …).
  let first = quoteStart;
  while (first > 0 && tokens[first - 1]!.sentence === tokens[quoteStart]!.sentence && first > ctx.datelineEnd) first--;
  for (let verb = first; verb <= first + 1 && verb < quoteStart; verb++) {
    if (!isSpeech(tokens[verb]) || speechParticiple(tokens[verb]!)) continue;
    const body = organisationAt(ctx, verb + 1);
    if (!body) return undefined;
    for (let k = verb + 1; k < quoteStart - 1; k++) if (isSpeech(tokens[k]) && !speechParticiple(tokens[k]!)) return undefined;
    return body;
  }
  return undefined;
}

/** Whether a token is a participle of speech (مؤكدة, ومضيفاً, مشيرة): a speech word of the lexicon that opens with م. */
function speechParticiple(token: Token): boolean {
  return stemsOf(token).some((stem) => /^م/.test(stem) && ALL_SPEECH_VERBS.has(stem));
}

/** Draws the article's quotes into `ctx.out.quotes`. */
export function drawQuotes(ctx: DrawContext): void {
  /** Quotation index → the person drawn as its speaker. */
  const speakers = new Map<number, number>();
  for (const quotation of ctx.analysis.quotations) {
    const length = quotation.tokenEnd - quotation.tokenStart;
    const first = ctx.tokens[quotation.tokenStart]!;
    // Short quotations are mostly names and terms («القابضة», "Plan B").
    if (length < 3) continue;
    const opening = openingBody(ctx, quotation.tokenStart);
    const found = opening ? { several: false } : speakerInSentence(ctx, quotation.tokenStart, quotation.tokenEnd, /\.\s*$/.test(ctx.article.slice(quotation.start, quotation.end)));
    let speaker = found.speaker;
    let reason = found.several ? 'several people are named before the quote; the first is taken as the speaker' : undefined;
    if (speaker === undefined && !opening && (continuesSpeaker(ctx, quotation.tokenStart) || pronounAfter(ctx, quotation.tokenEnd))) {
      speaker = previousSubject(ctx, quotation.tokenStart, speakers);
      reason = 'the speaker is carried on from the sentence before';
    }
    const body = opening ?? (speaker === undefined && !found.several ? bodySpeaker(ctx, quotation.tokenStart) : undefined);
    if (speaker === undefined && body === undefined) continue;
    if (speaker !== undefined) speakers.set(quotation.index, speaker);
    const text = ctx.article.slice(quotation.start, quotation.end).trim();
    if (!text) continue;
    const speakerId = speaker !== undefined ? String(ctx.people[speaker]!.fact.id) : body!;
    const sentence = ctx.analysis.sentences[first.sentence]!;
    const fact: Record<string, unknown> = {
      id: ctx.id(`${speakerId}-quote`),
      speaker: speakerId,
      text,
      evidence: [ctx.evidence(Math.min(sentence.start, quotation.start), Math.max(sentence.end, quotation.end))],
    };
    const editorial = editorialParts(text);
    if (editorial.length > 0) fact.editorial = editorial;
    if (reason) fact.review = { unsure: true, reason };
    ctx.out.quotes.push(fact as never);
  }
}

/**
 * The editor's words in a quotation, (…) and […], each up to the first closing mark after it, in
 * order (what /\([^)]*\)|\[[^\]]*\]/g matches), found in one pass: the pattern scanned to the end
 * of the text from every opening mark that has no closing one after it, which made a quotation of
 * many unclosed brackets quadratic (found by tests/robustness/regex.test.ts).
 */
export function editorialParts(text: string): string[] {
  const parts: string[] = [];
  // A closing mark that is nowhere after some position is nowhere after any later one either.
  const unclosed = { ')': false, ']': false };
  for (let i = 0; i < text.length; i++) {
    const close = text[i] === '(' ? ')' : text[i] === '[' ? ']' : undefined;
    if (!close || unclosed[close]) continue;
    const end = text.indexOf(close, i + 1);
    if (end < 0) {
      unclosed[close] = true;
      continue;
    }
    parts.push(text.slice(i, end + 1));
    i = end;
  }
  return parts;
}
