/**
 * Who speaks a quotation of the draft, read from where news copy names a speaker:
 * - a speech verb before the quotation, with its subject after it («وأضاف وزير … سالم الحداد أن
 *   «…»») or before it ("X said", "X, who …, added:", «وكان X، …، قد قال»);
 * - a speech verb right after the quotation ("«…», said the agency's chief executive, X", "«…»,
 *   X said", «…»، بحسب ما قاله X);
 * - a label with a colon right before the quotation («**Name:** «…»»);
 * - a byline on the line after a quotation that fills its own line ("> «…»" then "— X, Agency");
 * - "according to X" (بحسب X, وفقاً لـX, «على لسان X») before or right after the quotation, with no
 *   speech verb;
 * - a verb of description ("X described the plan as «…»", «ووصف X الخطة بأنها «…»») or of report
 *   («نقلت الوكالة عن X قوله», "quoted X as saying").
 * The one spoken or written to ("X told Y: «…»", «في رسالة إلى Y») is not the speaker.
 * A quotation with none of these has no named speaker and is not judged.
 */
import { firstMentionFrom, type Mention } from '../../mentions';
import { titlesOf, type Title } from '../../titles';
import { tokenStems } from '../../knowledge';
import type { Analysis, Quotation } from '../../analysis';
import { CLAUSE_CONJUNCTIONS, COMMENT_VERBS, DESCRIPTION_VERBS, REPORT_VERBS, SPEECH_VERBS } from '../../lexicon/speech';
import { wordKey } from '../../tokenKey';

const SPEECH = new Set([...SPEECH_VERBS, ...COMMENT_VERBS]);
const DESCRIBE = new Set(DESCRIPTION_VERBS);
const REPORT = new Set(REPORT_VERBS);
const keys = (words: string[]): Set<string> => new Set(words.map((word) => wordKey(word)));

/** Words that may stand between a closing quotation mark and its speech verb ("«…»، بحسب ما قاله X", "…, as X said"). */
const BEFORE_LATE_VERB = keys(['بحسب', 'حسب', 'وفق', 'وفقا', 'ما', 'كما', 'هكذا', 'as', 'according', 'to', 'so', 'thus']);

/**
 * Words after a speech verb that tie the next name to someone else than the speaker ("said a
 * spokesman for X", "said after meeting X", «قال المتحدث باسم X», "she said, and X agreed").
 */
const NOT_THE_SPEAKER = keys([
  'for', 'with', 'to', 'about', 'against', 'than', 'and', 'or', 'who', 'whom', 'whose', 'which', 'that', 'after', 'before', 'by', 'behalf',
  'باسم', 'عن', 'مع', 'الى', 'إلى', 'الذي', 'التي', 'الذين', 'بعد', 'قبل', 'لدى', 'عند',
]);

/** Words that join two subjects ("He and X, who …, said"; «الوزير و فلان»). */
const AND = keys(['and', 'و', '&']);

/**
 * Whether the person is the second of two joined subjects ("He and Lord X, who co-wrote the
 * judgment, said"): the quotation is then theirs together, and naming one of them is not a
 * wrong speaker.
 */
function joinedSubject(analysis: Analysis, p: Mention): boolean {
  const before = analysis.tokens[p.tokenStart - 1];
  const first = analysis.tokens[p.tokenStart]!;
  return before !== undefined && before.clause === first.clause && AND.has(before.key);
}

/** Words that attribute words to the person after them with no speech verb: بحسب X, وفقاً لـX, according to X. */
const ACCORDING = keys(['بحسب', 'حسب', 'وبحسب', 'وحسب', 'وفق', 'وفقا', 'ووفقا', 'طبقا']);

const TONGUE = keys(['لسان']);
const ON = keys(['على', 'وعلى']);

/** Whether token `k` ends an attribution without a verb: «بحسب», «وفقاً», "according to". */
function isAccording(analysis: Analysis, k: number): boolean {
  const token = analysis.tokens[k]!;
  if (token.key === 'to') {
    const before = analysis.tokens[k - 1];
    return !!before && before.key === 'according' && before.sentence === token.sentence;
  }
  // «على لسان X»: on X's tongue.
  if (TONGUE.has(token.key)) {
    const before = analysis.tokens[k - 1];
    return !!before && ON.has(before.key) && before.sentence === token.sentence;
  }
  return ACCORDING.has(token.key);
}

/** Words that may stand between an attribution without a verb and its person, besides titles and names of bodies. */
const ARTICLES = keys(['the', 'a', 'an', 's', 'ال']);

/**
 * The person right after the attribution at token `k` ("according to the agency's chief
 * executive, X"), reached through titles, names of bodies and articles only: "according to a
 * statement X read" names no speaker.
 */
function accordingSubject(ctx: SpeakerContext, k: number): Mention | undefined {
  const person = subjectAfter(ctx, k, 6);
  return person && onlyTitlesBetween(ctx, k + 1, person.tokenStart) ? person : undefined;
}

/**
 * Whether the tokens `[from, to)` are only titles, names of bodies, articles and possessives
 * ("the agency's chief executive"): words that describe the person after them.
 */
function onlyTitlesBetween(ctx: SpeakerContext, from: number, to: number): boolean {
  const tokens = ctx.analysis.tokens;
  for (let j = from; j < to; j++) {
    const inTitle = ctx.titles.some((title) => j >= title.start && j < title.end);
    const inBody = ctx.nonPeople.some((mention) => j >= mention.tokenStart && j < mention.tokenEnd);
    // A possessive names the body of the title after it ("the agency's chief executive").
    const possessive = /^['’]s?\s/.test(ctx.analysis.text.slice(tokens[j]!.oEnd, tokens[j]!.oEnd + 3));
    if (!inTitle && !inBody && !possessive && !ARTICLES.has(tokens[j]!.key)) return false;
  }
  return true;
}

/** The context the speaker finders share for one draft. */
export interface SpeakerContext {
  analysis: Analysis;
  people: readonly Mention[];
  nonPeople: readonly Mention[];
  titles: readonly Title[];
}

/** Whether token `k` is a speech verb, also with an object pronoun («قاله», «أكدته»). */
function isSpeech(analysis: Analysis, k: number): boolean {
  const token = analysis.tokens[k]!;
  if (tokenStems(token).some((s) => SPEECH.has(s.stem))) return true;
  const object = /(?:ها|ه)$/.exec(token.key);
  return token.script === 'ar' && object !== null && SPEECH.has(token.key.slice(0, object.index));
}

/**
 * Whether a person before the speech verb at token `k` is its subject: right before the verb
 * ("X said", "X قد قال"), with the person's own titles between ("وكان قيس الخزعلي، زعيم
 * «العصائب»، قد قال"), or with a clause set off by commas between ("Jane Doe, who has led the
 * agency since 2019, added", «وكان X، الذي يتولى الوزارة منذ عام 2021، قد قال»).
 */
function speakerBefore(ctx: SpeakerContext, p: Mention, k: number): boolean {
  const { analysis } = ctx;
  const tokens = analysis.tokens;
  if (p.tokenEnd > k || tokens[p.tokenStart]!.quote !== -1) return false;
  if (k - p.tokenEnd <= 2 && tokens[p.tokenEnd - 1]!.clause === tokens[k]!.clause) return true;
  const chain = titlesOf(analysis, ctx.titles, p, ctx.people, ctx.nonPeople).filter((title) => title.start >= p.tokenEnd);
  const end = Math.max(0, ...chain.map((title) => title.end));
  if (chain.length > 0 && end <= k && k - end <= 2) return true;
  return setOff(analysis, p.tokenEnd, k) && !ownSubjectClause(ctx, p.tokenEnd, k);
}

/**
 * Whether the words `[from, k)` set off after a name are a clause of their own: a conjunction
 * opens them (فيما, بينما, while) and they name another person or a title, its subject («X، فيما
 * عقد الوزير Y مؤتمراً صحفياً، قال فيه»; "X, while the minister, Y, held a briefing, where he
 * said"). The verb after them is then not X's.
 */
function ownSubjectClause(ctx: SpeakerContext, from: number, k: number): boolean {
  if (!CLAUSE_CONJUNCTIONS.has(ctx.analysis.tokens[from]!.key)) return false;
  const next = ctx.people[firstMentionFrom(ctx.people, from)];
  if (next !== undefined && next.tokenEnd <= k) return true;
  return ctx.titles.some((title) => title.start > from && title.end <= k);
}

/**
 * Whether the tokens `[from, k)` are a clause set off by commas between a name and its verb: a
 * comma right after the name, another one at most two words before the verb, nothing quoted and
 * no more than twenty words between.
 */
function setOff(analysis: Analysis, from: number, k: number): boolean {
  const tokens = analysis.tokens;
  if (k - from > 20 || k - from < 1) return false;
  const text = analysis.text;
  const first = tokens[from]!;
  if (!/^\s*[,،]\s*$/.test(text.slice(tokens[from - 1]!.oEnd, first.oStart))) return false;
  for (let j = from; j < k; j++) if (tokens[j]!.quote !== -1 || tokens[j]!.sentence !== tokens[k]!.sentence) return false;
  for (let j = k; j > from && k - j <= 2; j--) {
    if (/[,،]/.test(text.slice(tokens[j - 1]!.oEnd, tokens[j]!.oStart))) return true;
  }
  return false;
}

/** How a verb names a quotation's speaker: as its subject, as the describer, or as the one it reports. */
type VerbKind = 'speech' | 'describe' | 'report';

function verbKind(analysis: Analysis, k: number): VerbKind | undefined {
  const stems = tokenStems(analysis.tokens[k]!);
  if (stems.some((s) => REPORT.has(s.stem))) return 'report';
  if (stems.some((s) => DESCRIBE.has(s.stem))) return 'describe';
  return isSpeech(analysis, k) ? 'speech' : undefined;
}

/** The speaker a speech verb before the quotation names, and whether such a verb was found. */
function verbBefore(ctx: SpeakerContext, quotation: Quotation): { speaker?: Mention; verb: boolean } {
  const { analysis } = ctx;
  const tokens = analysis.tokens;
  const quoteStart = quotation.tokenStart;
  const sentence = tokens[quoteStart]!.sentence;
  for (let k = quoteStart - 1; k >= 0 && tokens[k]!.sentence === sentence && quoteStart - k <= 30; k--) {
    if (tokens[k]!.quote !== -1) break;
    // "According to X, «…»", «وبحسب X، فإن «…»»: the person right after the words, with no verb.
    if (isAccording(analysis, k) && !(k + 1 < tokens.length && isSpeech(analysis, k + 1)) && !(tokens[k + 1]?.key === 'ما')) {
      const person = accordingSubject(ctx, k);
      if (person && person.tokenEnd <= quoteStart) return { speaker: person, verb: true };
      continue;
    }
    const kind = verbKind(analysis, k);
    if (!kind) continue;
    const after = kind === 'report' ? reported(ctx, k, quoteStart) : kind === 'describe' ? describer(ctx, k, quoteStart) : firstBetween(ctx, k, quoteStart);
    if (after) return { speaker: after, verb: true };
    return { speaker: subjectBefore(ctx, k), verb: true };
  }
  return { verb: false };
}

/**
 * The speaker a speech verb before the quotation names after it. In Arabic the subject follows
 * its verb («وأضاف الوزير X أن «…»»): the first person between the verb and the quotation, unless
 * a word such as إلى or عن ties that person to something else («قال في رسالة إلى X»). In English
 * only the inverted order names one ("said the agency's chief executive, X"): a person further
 * on, or after "told" or "to", is spoken to or about.
 */
function firstBetween(ctx: SpeakerContext, k: number, quoteStart: number): Mention | undefined {
  const tokens = ctx.analysis.tokens;
  if (tokens[k]!.script !== 'ar') return ADDRESSEE_VERBS.has(tokens[k]!.key) ? undefined : subjectBeforeQuote(ctx, k, quoteStart);
  return personBetween(ctx, k, quoteStart, (person) => tokens[person.tokenStart]!.quote === -1 && !NOT_THE_SPEAKER.has(tokens[person.tokenStart - 1]?.key ?? ''));
}

/** English speech verbs whose object is the one spoken to ("X told Y: «…»"). */
const ADDRESSEE_VERBS = keys(['told', 'tells', 'tell', 'telling', 'asked', 'urged', 'assured', 'reminded', 'informed']);

/** The first person wholly between the verb at `k` and the quotation that `accept` takes. */
function personBetween(ctx: SpeakerContext, k: number, quoteStart: number, accept: (person: Mention) => boolean): Mention | undefined {
  const { people } = ctx;
  for (let p = firstMentionFrom(people, k + 1); p < people.length && people[p]!.tokenStart < quoteStart; p++) {
    const person = people[p]!;
    if (person.tokenEnd <= quoteStart && accept(person)) return person;
  }
  return undefined;
}

/** The subject right after the verb at `k` ({@link subjectAfter}), when it ends before the quotation. */
function subjectBeforeQuote(ctx: SpeakerContext, k: number, quoteStart: number): Mention | undefined {
  const person = subjectAfter(ctx, k);
  return person && person.tokenEnd <= quoteStart ? person : undefined;
}

/**
 * The person whose words a reporting verb gives: the one after عن («نقلت الوكالة عن X قوله»), or
 * in English the object of "quoted" ("the agency quoted X as saying").
 */
function reported(ctx: SpeakerContext, k: number, quoteStart: number): Mention | undefined {
  const tokens = ctx.analysis.tokens;
  if (tokens[k]!.script !== 'ar') return firstBetween(ctx, k, quoteStart);
  return personBetween(ctx, k, quoteStart, (person) => FROM.has(tokens[person.tokenStart - 1]?.key ?? ''));
}
const FROM = keys(['عن']);

/**
 * The describer a verb of description names: in Arabic its subject after it («ووصف X الخطة
 * بأنها»); in English the subject before it, the person after "described" being described.
 */
function describer(ctx: SpeakerContext, k: number, quoteStart: number): Mention | undefined {
  return ctx.analysis.tokens[k]!.script === 'ar' ? subjectBeforeQuote(ctx, k, quoteStart) : undefined;
}

/** "X said" and "وكان X قد قال": the speaker before the verb at `k`, in the same sentence. */
function subjectBefore(ctx: SpeakerContext, k: number): Mention | undefined {
  const { analysis, people } = ctx;
  const tokens = analysis.tokens;
  const sentence = tokens[k]!.sentence;
  for (let p = firstMentionFrom(people, k + 1) - 1; p >= 0; p--) {
    const person = people[p]!;
    if (tokens[person.tokenStart]!.sentence !== sentence) break;
    if (speakerBefore(ctx, person, k)) return joinedSubject(analysis, person) ? undefined : person;
  }
  return undefined;
}

/**
 * The speaker a speech verb right after the quotation names ("«…»," said X; "«…»," X said;
 * «…»، بحسب ما قاله X). The quotation must close its own clause (a comma, a question or an
 * exclamation mark at its end or right after it); a quotation that ends its sentence ("«…».
 * X said the agency would help") leaves the next words to another statement.
 */
function verbAfter(ctx: SpeakerContext, quotation: Quotation): Mention | undefined {
  const { analysis, people } = ctx;
  const tokens = analysis.tokens;
  const next = tokens[quotation.tokenEnd];
  if (!next || next.sentence !== tokens[quotation.tokenStart]!.sentence) return undefined;
  const inner = analysis.text.slice(quotation.start, quotation.end).trimEnd();
  const tail = analysis.text.slice(quotation.end, next.oStart);
  if (/[.;:]/.test(tail) || !(/[,،?!؟]$/.test(inner) || /^\W?\s*[,،]/.test(tail))) return undefined;
  // "«…», said X": the verb first (after at most three linking words), then the speaker.
  for (let k = quotation.tokenEnd; k < tokens.length && k - quotation.tokenEnd <= 3 && tokens[k]!.sentence === next.sentence; k++) {
    if (isSpeech(analysis, k)) return subjectAfter(ctx, k);
    // "«…», according to X", «…»، بحسب X: the person right after the words, with no verb.
    if (isAccording(analysis, k) && !(k + 1 < tokens.length && (isSpeech(analysis, k + 1) || tokens[k + 1]!.key === 'ما'))) return accordingSubject(ctx, k);
    if (!BEFORE_LATE_VERB.has(tokens[k]!.key)) break;
  }
  // "«…», X said" and "«…», X, who runs the agency, told reporters".
  const p = firstMentionFrom(people, quotation.tokenEnd);
  const person = people[p];
  if (!person || tokens[person.tokenStart]!.sentence !== next.sentence) return undefined;
  if (person.tokenStart - quotation.tokenEnd > 1) return titledSpeakerAfter(ctx, quotation, person);
  for (let k = person.tokenEnd; k < tokens.length && k - person.tokenEnd <= 22 && tokens[k]!.sentence === next.sentence; k++) {
    if (tokens[k]!.quote !== -1) return undefined;
    if (isSpeech(analysis, k)) return speakerBefore(ctx, person, k) ? person : undefined;
  }
  return undefined;
}

/**
 * "«…», the council leader, X, told reporters": a speaker after the quotation behind a title
 * (titles, names of bodies and articles only, at most eight words), with the speech verb right
 * after the name or after the comma that closes it.
 */
function titledSpeakerAfter(ctx: SpeakerContext, quotation: Quotation, person: Mention): Mention | undefined {
  const { analysis } = ctx;
  if (person.tokenStart - quotation.tokenEnd > 8 || !onlyTitlesBetween(ctx, quotation.tokenEnd, person.tokenStart)) return undefined;
  const verb = analysis.tokens[person.tokenEnd];
  if (!verb || verb.sentence !== analysis.tokens[person.tokenStart]!.sentence || !isSpeech(analysis, person.tokenEnd)) return undefined;
  // Only spaces and at most one comma between the name and the verb: trimmed, not matched by a
  // pattern (two runs of spaces around an optional comma backtrack quadratically on a long run).
  const between = analysis.text.slice(person.end, verb.oStart).trim();
  return between === '' || between === ',' || between === '،' ? person : undefined;
}

/** The first person after the speech verb at `k`, reached through title words only ("said the agency's chief executive, X"). */
function subjectAfter(ctx: SpeakerContext, k: number, within = 12): Mention | undefined {
  const { analysis, people } = ctx;
  const tokens = analysis.tokens;
  const person = people[firstMentionFrom(people, k + 1)];
  if (!person || person.tokenStart - k > within || tokens[person.tokenStart]!.sentence !== tokens[k]!.sentence) return undefined;
  for (let j = k + 1; j < person.tokenStart; j++) {
    if (tokens[j]!.quote !== -1 || NOT_THE_SPEAKER.has(tokens[j]!.key) || isSpeech(analysis, j)) return undefined;
  }
  return person;
}

/**
 * The person a label names right before the quotation, with a colon and nothing but marks between
 * («**وزير النقل رشيد العامري:** «…»», "In the Commons, Jane Doe: "…""): a transcript's or a
 * list's way of saying who speaks.
 */
function labelSpeaker(ctx: SpeakerContext, quotation: Quotation): Mention | undefined {
  const { analysis, people } = ctx;
  const tokens = analysis.tokens;
  const before = tokens[quotation.tokenStart - 1];
  if (!before || before.quote !== -1) return undefined;
  const person = people[firstMentionFrom(people, quotation.tokenStart) - 1];
  if (!person || person.tokenEnd !== quotation.tokenStart || tokens[person.tokenStart]!.quote !== -1) return undefined;
  const between = analysis.text.slice(person.end, quotation.start);
  return /^[\s*_]*:[\s*_]*["«“„']?$/.test(between) ? person : undefined;
}

/**
 * The person a byline names on the line after a quotation that fills its own line: "> «…»", or a
 * block quotation's line without marks ("> …", quotes.ts blockQuotations), then "— Jane Doe,
 * Agency" (a dash opens the line; blank lines and blockquote marks may stand between).
 * The name must come first on the byline, after at most a few title words and no comma.
 */
function bylineSpeaker(ctx: SpeakerContext, quotation: Quotation): Mention | undefined {
  const { analysis, people } = ctx;
  const tokens = analysis.tokens;
  // The quotation fills its sentences (a block quotation without marks may hold several).
  const own = analysis.sentences[tokens[quotation.tokenStart]!.sentence];
  const last = analysis.sentences[tokens[quotation.tokenEnd - 1]!.sentence];
  const byline = last && analysis.sentences[last.index + 1];
  if (!own || !last || !byline || own.tokenStart !== quotation.tokenStart || last.tokenEnd !== quotation.tokenEnd) return undefined;
  const lineStart = analysis.text.lastIndexOf('\n', quotation.start - 1) + 1;
  if (!/^[\s>*_]*["«“„']?$/.test(analysis.text.slice(lineStart, quotation.start))) return undefined;
  const gap = analysis.text.slice(quotation.end, byline.start);
  if (!gap.includes('\n') || !/^["»”']?[.?!]?["»”']?[\s>]*(?:—|–|―|--)[ \t]*$/.test(gap)) return undefined;
  const person = people[firstMentionFrom(people, byline.tokenStart)];
  if (!person || person.tokenStart - byline.tokenStart > 4 || person.tokenEnd > byline.tokenEnd) return undefined;
  if (/[,،]/.test(analysis.text.slice(byline.start, person.start))) return undefined;
  return person;
}

/** The person the draft names as the quotation's speaker, or undefined when it names none. */
export function quotationSpeaker(ctx: SpeakerContext, quotation: Quotation): Mention | undefined {
  const before = verbBefore(ctx, quotation);
  if (before.speaker) return before.speaker;
  return (before.verb ? undefined : verbAfter(ctx, quotation)) ?? labelSpeaker(ctx, quotation) ?? bylineSpeaker(ctx, quotation);
}
