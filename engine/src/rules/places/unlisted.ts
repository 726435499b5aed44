/**
 * The `event-place` rule's places no gazetteer lists: a draft sentence that restates an article
 * sentence and writes, in the slot of the article's place (the same words around it), a name its
 * construction marks as a place has moved what happened there. The constructions: a unit noun
 * before the name ("the town of Sehwan", "the district of Larkana", «بمدينة العبور»: an Arabic noun
 * without the article and a definite name after it), a unit noun after it ("Punjab province",
 * before a comma, the sentence's end or a function word), a capitalised name joined by "and"
 * to a place the article sentence names too ("between Vilankulo and Massinga"), and a capitalised
 * name after "from" right after a person's age set off by commas, the person's home town ("Mary
 * Doyle, 71, from Skibbereen"), not a month's or a weekday's name ("Smith, 82, from Monday"), and
 * a capitalised name after "for" right after a verb of leaving, its destination ("a lorry bound
 * for Oban", "headed for Tobermory").
 *
 * Left alone: a name the article itself writes anywhere; a spelling or a short form of the
 * article's place (Mehr for Mehar, «مدينة العاشر» for «مدينة العاشر من رمضان»); a name followed by
 * «من» (a name of several words, «السادس من أكتوبر», read no further); a sentence that names the
 * article's place itself, that speaks of another occasion, or whose slot shares fewer than three
 * words with the article's, or as many with two unrelated places; «ولاية» (also a term of office)
 * an Arabic unit noun with the article («المدينة الصناعية»), and the Arabic nouns with other senses
 * before a definite word («جماعة الحوثي», «مقاطعة الانتخابات»).
 */
import type { Analysis, Token } from '../../analysis';
import type { KnowledgeIndex } from '../../knowledge';
import type { Place } from '../../factBase/schema';
import type { Draft } from '../../findingBuilder';
import { editDistance, tokenContentStem, tokenStems } from '../../knowledge';
import { mentionedTokens } from '../../mentions';
import { forAfterLeaving, sentenceEvidence, unlistedSlot } from '../../align';
import { nationalityOf } from '../../titles';
import { wrongPlace, wrongRestatedPlace } from '../../messages';
import { articleOf } from '../../factBase/article';
import { fold } from '../../text/normalise';
import { apposedAgeBefore } from '../../extract/ages';
import { MONTH_NAMES, WEEKDAYS } from '../../lexicon/months';
import { ARABIC_UNIT_NOUNS_BEFORE_NAME, PLACE_UNIT_LEVEL, UNIT_NOUNS_AFTER_NAME, UNLISTED_PLACE_UNITS } from '../../lexicon/words';
import { articleSlot, eventOfSentence, restatedNow } from './restated';

/** The unit nouns that mark a name as a place: the containment levels and a few more. */
const UNIT = new Set([...Object.keys(PLACE_UNIT_LEVEL), ...UNLISTED_PLACE_UNITS]);
const AFTER_NAME = new Set(UNIT_NOUNS_AFTER_NAME);
const ARABIC_UNIT = new Set(ARABIC_UNIT_NOUNS_BEFORE_NAME);
/** The English names of months and weekdays, which name no home town after "from" (folded). */
const TIME_NAMES = new Set([...MONTH_NAMES.flat(), ...WEEKDAYS.flatMap((day) => day.names)].filter((name) => /^[a-z]+$/.test(name)));

/** A name the draft marks as a place: its tokens and the range reported (with a unit noun after it). */
interface Unlisted {
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  /** The unit noun after the name, which the fix keeps. */
  noun?: string;
  /** The place before "and" this name is joined to. */
  joinedTo?: number;
}

/** The unit noun of an Arabic token without the article, with or without a clitic (بمدينة, وبلدة). */
function arabicUnit(token: Token): string | undefined {
  if (ARABIC_UNIT.has(token.key)) return token.key;
  return tokenStems(token).find((form) => ARABIC_UNIT.has(form.stem) && !/ال$/.test(token.key.slice(0, form.prefix)))?.stem;
}

/** The names of the draft its constructions mark as places, none over a known name. */
function draftNames(analysis: Analysis, known: Uint8Array, knownEnds: ReadonlySet<number>): Unlisted[] {
  const tokens = analysis.tokens;
  const same = (a: number, b: number) => b >= 0 && b < tokens.length && tokens[a]!.sentence === tokens[b]!.sentence;
  const capitalised = (k: number) => same(k, k) && tokens[k]!.script === 'latin' && !known[k] && /^\p{Lu}/u.test(analysis.text.slice(tokens[k]!.oStart, tokens[k]!.oEnd)) && !nationalityOf(tokens[k]);
  const spaced = (a: number, b: number) => /^\s+$/.test(analysis.text.slice(tokens[a]!.oEnd, tokens[b]!.oStart));
  /** A capitalised run of up to three words from `k` on. */
  const runFrom = (k: number): number => {
    let end = k;
    while (end < tokens.length && end - k < 3 && same(k, end) && capitalised(end) && (end === k || spaced(end - 1, end))) end++;
    return end;
  };
  const found: Unlisted[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.script === 'latin' && UNIT.has(token.key) && tokens[i + 1]?.key === 'of' && same(i, i + 2)) {
      // "the town of Sehwan".
      const end = runFrom(i + 2);
      if (end > i + 2) found.push({ tokenStart: i + 2, tokenEnd: end, start: tokens[i + 2]!.oStart, end: tokens[end - 1]!.oEnd });
    } else if (token.script === 'latin' && AFTER_NAME.has(token.key) && !/^\p{Lu}/u.test(analysis.text.slice(token.oStart, token.oEnd)) && i > 0 && same(i, i - 1) && capitalised(i - 1) && spaced(i - 1, i)) {
      // "Punjab province," before a comma, the end or a function word.
      const next = tokens[i + 1];
      if (next && same(i, i + 1) && tokenContentStem(next) && !/^\s*[,;:.]/.test(analysis.text.slice(token.oEnd, next.oStart))) continue;
      let start = i - 1;
      while (start > 0 && i - start < 3 && capitalised(start - 1) && spaced(start - 1, start)) start--;
      if (start === 0 || !same(start, start - 1)) continue;
      found.push({ tokenStart: start, tokenEnd: i, start: tokens[start]!.oStart, end: token.oEnd, noun: token.key });
    } else if (token.script === 'latin' && (token.key === 'and' || token.key === 'or') && knownEnds.has(i) && capitalised(i + 1)) {
      // "between Vilankulo and Massinga".
      const end = runFrom(i + 1);
      found.push({ tokenStart: i + 1, tokenEnd: end, start: tokens[i + 1]!.oStart, end: tokens[end - 1]!.oEnd, joinedTo: i - 1 });
    } else if (token.script === 'latin' && token.key === 'from' && capitalised(i + 1) && !TIME_NAMES.has(tokens[i + 1]!.key) && apposedAgeBefore(analysis, i) !== undefined) {
      // "Mary Doyle, 71, from Skibbereen": the home town of the person the age follows.
      const end = runFrom(i + 1);
      found.push({ tokenStart: i + 1, tokenEnd: end, start: tokens[i + 1]!.oStart, end: tokens[end - 1]!.oEnd });
    } else if (token.script === 'latin' && token.key === 'for' && capitalised(i + 1) && !TIME_NAMES.has(tokens[i + 1]!.key) && forAfterLeaving(tokens, i + 1)) {
      // "a lorry bound for Oban", "headed for Tobermory": the destination of a verb of leaving.
      const end = runFrom(i + 1);
      found.push({ tokenStart: i + 1, tokenEnd: end, start: tokens[i + 1]!.oStart, end: tokens[end - 1]!.oEnd });
    } else if (token.script === 'ar' && !known[i] && same(i, i + 1)) {
      const unit = arabicUnit(token);
      const next = tokens[i + 1]!;
      if (!unit || next.script !== 'ar' || known[i + 1] || !next.key.startsWith('ال') || !tokenContentStem(next)) continue;
      // A name of several words («السادس من أكتوبر») is read no further.
      if (tokens[i + 2]?.key === 'من' && same(i, i + 2)) continue;
      found.push({ tokenStart: i + 1, tokenEnd: i + 2, start: next.oStart, end: next.oEnd });
    }
  }
  return found;
}

/** Whether the draft's name is a spelling or a short form of one of the place's names. */
function spellingOf(knowledge: KnowledgeIndex, entity: string, name: string): boolean {
  const words = name.split(' ');
  for (const known of knowledge.foldedNamesOf(entity)) {
    if (editDistance(name, known, 2) <= (name.length >= 5 ? 2 : 1)) return true;
    const knownWords = new Set(known.split(' '));
    if (words.some((word) => knownWords.has(word) && !UNIT.has(word))) return true;
  }
  return false;
}

/** The name of the expected place for the fix: with the unit noun the draft writes after its name, else without one. */
function fixName(knowledge: KnowledgeIndex, entity: string, lang: 'ar' | 'en', noun: string | undefined): string {
  const names = knowledge.entity<Place>(entity)?.fact.names?.[lang] ?? [knowledge.canonicalName(entity, lang)];
  const unitFree = (name: string) => !fold(name).split(' ').some((word) => UNIT.has(word) || UNIT.has(word.replace(/^ال/, '')));
  if (noun) {
    const withNoun = names.find((name) => fold(name).endsWith(` ${noun}`));
    if (withNoun) return withNoun;
  }
  const bare = names.find(unitFree) ?? names[0] ?? knowledge.canonicalName(entity, lang);
  return noun ? `${bare} ${noun}` : bare;
}

/** Reports each name of the draft in the slot of another place of the restated article sentence (see the module comment). */
export function checkUnlistedPlaces(analysis: Analysis, knowledge: KnowledgeIndex, report: (draft: Draft) => void, mentioned: readonly { kind: string; entity: string; tokenStart: number; tokenEnd: number }[]): void {
  const known = mentionedTokens(analysis, knowledge);
  const placeEnds = new Map<number, string>();
  for (const mention of mentioned) if (mention.kind === 'place') placeEnds.set(mention.tokenEnd, mention.entity);
  const tokens = analysis.tokens;
  let articles: string[] | undefined;
  for (const name of draftNames(analysis, known, new Set(placeEnds.keys()))) {
    const sentence = tokens[name.tokenStart]!.sentence;
    const aligned = restatedNow(analysis, knowledge, sentence);
    if (aligned.length === 0) continue;
    const actualName = analysis.text.slice(tokens[name.tokenStart]!.oStart, tokens[name.tokenEnd - 1]!.oEnd);
    const folded = fold(actualName);
    // The article's own words: a place it names is no other place.
    articles ??= knowledge.factBases.map((factBase) => fold(articleOf(factBase) ?? ''));
    if (articles.some((article) => article.includes(folded))) continue;
    const found = articleSlot(analysis, knowledge, unlistedSlot(analysis, knowledge, name.tokenStart, name.tokenEnd), aligned);
    if (!found || found.score < 3 || spellingOf(knowledge, found.slot.entity, folded)) continue;
    // A name joined to a place stands beside it where the article sentence names that place too.
    const joined = name.joinedTo === undefined ? undefined : placeEnds.get(name.joinedTo + 1);
    if (name.joinedTo !== undefined && !(joined && found.sentence.places.some((slot) => knowledge.same(slot.entity, joined)))) continue;
    const expected = knowledge.entity<Place>(found.slot.entity);
    if (!expected) continue;
    const lang = tokens[name.tokenStart]!.script === 'ar' ? 'ar' : 'en';
    const actual = analysis.text.slice(name.start, name.end);
    const fix = fixName(knowledge, expected.key, lang, name.noun);
    const article = found.sentence;
    const event = eventOfSentence(knowledge, article, expected);
    report({
      ruleId: 'event-place',
      range: { start: name.start, end: name.end },
      lang,
      message: event ? wrongPlace({ event: knowledge.names(event.key), place: knowledge.names(expected.key), actual }) : wrongRestatedPlace({ place: knowledge.names(expected.key), actual }),
      actual,
      expected: fix,
      fix: { text: fix },
      factId: event?.id ?? expected.id,
      evidence: event ? knowledge.evidenceOf(event.key) : [sentenceEvidence(article)],
    });
  }
}
