/**
 * What narrows a quantity's noun, so that one noun stated with several values still ties each
 * value to its own fact: the rate a percentage is of (نسبة النجاح 41.27 في المئة, a pass rate of
 * 41%), the place the figure is given for (ولاية صفاقس … بنسبة 58.6 في المئة; تلتها ولاية المنستير
 * بـ55.2; 1293 وفاة في إقليم الحوز) and a branch named after it with a classifier noun (71.9 في المئة
 * في شعبة الرياضيات, 12% in the services sector). Language knowledge, written once.
 */
import type { DrawContext } from './context';
import { key, stemsOf } from './words';
import { AR_STOP } from '../lexicon/functionWords';
import { AMOUNT_NOUNS, quantityNounAt, type QuantityNoun } from './quantityNouns';
import { EVENT_WORDS } from './lexicon';
import { FALL_WORDS, RISE_WORDS } from '../lexicon/changes';
import { NATIONALITIES, PLACE_NOUNS_AFTER_IN } from '../lexicon/words';
import { TIME_UNITS, UNITS } from './quantityTables';
import { nationalityOf } from '../titles';

/** Words that make the noun after them a rate: نسبة النجاح, معدل البطالة. */
const RATE_HEADS = new Set(['نسبه', 'معدل', 'نسب', 'معدلات'].map(key));

/** Nouns that name a branch before its name: في شعبة الرياضيات, in the services sector. */
const CLASSIFIERS_AR = new Set(['شعبه', 'قطاع', 'قسم', 'مجال', 'فرع', 'ماده', 'فئه', 'اختصاص', 'تخصص'].map(key));
const CLASSIFIERS_EN = new Set(['sector', 'category', 'stream', 'branch', 'subject', 'track', 'division']);

/** Words of a place's name that say what kind of place it is (ولاية صفاقس, Sfax Governorate): never its own name. */
const PLACE_KINDS = new Set(
  ['ولايه', 'محافظه', 'اقليم', 'عماله', 'مدينه', 'منطقه', 'بلديه', 'ولايات', 'مقاطعه', 'governorate', 'province', 'prefecture', 'region', 'state', 'city', 'district', 'county', 'municipality', 'of', 'the'].map(key),
);

/** Words that may stand between a figure and its branch: 18.3 في المئة فقط في شعبة الآداب. */
const ONLY = new Set(['فقط', 'only', 'alone'].map(key));

/** Noun forms for a quantity: folded look-up key and the forms per language. */
export interface QualifiedNoun {
  noun: { ar?: string[]; en?: string[] };
  key: string;
  /** The place the figure is given for, by id. */
  subject?: string;
}

/** A word as written and without the article (النجاح → نجاح). */
function withoutArticle(word: string): string[] {
  const bare = word.replace(/[\u064b-\u065f\u0640]/g, '');
  return /^ال/.test(bare) && bare.length > 4 ? [bare, bare.slice(2)] : [bare];
}

/** Whether token `k` is a content word a noun may be read from (not a figure, a name or a function word). */
function contentAt(ctx: DrawContext, k: number): boolean {
  const token = ctx.tokens[k];
  if (!token || token.script === 'digit' || /\d/.test(token.key) || AR_STOP.has(token.key) || token.key.length < 3) return false;
  return ctx.personAt[k] === -1 && !ctx.placeAt.has(k) && !ctx.orgAt.has(k) && !ctx.lexiconMentionAt(k);
}

/** Whether a digit token other than the figure's own stands between tokens `from` and `to` (exclusive). */
function figureBetween(ctx: DrawContext, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (ctx.tokens[k]!.script === 'digit') return true;
  return false;
}

/** A table noun's forms without those that open with a rate head (نسبة المشاركة → المشاركة): a bare نسبة ties every percentage. */
function tableNoun(entry: QuantityNoun): { ar: string[]; en: string[] } {
  const ar = entry.ar.filter((form) => !RATE_HEADS.has(key(form.split(/\s+/)[0]!)));
  return { ar: ar.length > 0 ? ar : [...entry.ar], en: [...entry.en] };
}

/** Arabic words of a rise or a fall (lexicon/changes.ts), folded: تراجعت, ارتفع, انخفاض. */
const CHANGE_WORDS = new Set([...RISE_WORDS, ...FALL_WORDS].filter((word) => /^[\u0600-\u06ff]+$/.test(word)).map(key));

/** Nouns that measure what follows them (عدد السياح, حجم الصادرات): the thing changed is the word after. */
const MEASURE_HEADS = new Set(['عدد', 'حجم', 'قيمه', 'كميه'].map(key));

/**
 * What changed by a percentage given with «بنسبة» (تراجعت سرعة الإنترنت في محافظة ظفار بنسبة 18
 * في المئة, ارتفع عدد السياح بنسبة 12 في المئة): the subject right after a word of a rise or a fall
 * at token `k`, with no other figure between; the word after a measuring noun (عدد, حجم).
 */
function changedThing(ctx: DrawContext, k: number, tokenStart: number): QualifiedNoun | undefined {
  const tokens = ctx.tokens;
  if (tokens[k]!.script !== 'ar' || !stemsOf(tokens[tokenStart - 1]).some((stem) => RATE_HEADS.has(stem))) return undefined;
  if (!stemsOf(tokens[k]).some((stem) => CHANGE_WORDS.has(stem)) || figureBetween(ctx, k, tokenStart)) return undefined;
  let subject = k + 1;
  if (MEASURE_HEADS.has(tokens[subject]?.key ?? '')) subject++;
  if (subject >= tokenStart - 1 || !contentAt(ctx, subject) || tokens[subject]!.clause !== tokens[tokenStart]!.clause) return undefined;
  const table = quantityNounAt(AMOUNT_NOUNS, tokens, subject);
  if (table) return { noun: tableNoun(table.entry), key: key(table.entry.en[0] ?? table.entry.ar[0]!) };
  const word = ctx.word(subject);
  return { noun: { [ctx.lang]: withoutArticle(word) }, key: key(withoutArticle(word).at(-1)!) };
}

/** English nouns of a change that name what changed after "in" (a 7.5% rise in fares, a 4% cut in charges). */
const CHANGE_NOUNS_EN = new Set(['rise', 'rises', 'increase', 'increases', 'hike', 'hikes', 'jump', 'cut', 'cuts', 'fall', 'drop', 'reduction', 'decrease', 'decline']);

/** Arabic nouns of a cut, which the words of a fall (lexicon/changes.ts) do not hold: خفضاً بنسبة 4%. */
const CUT_WORDS_AR = new Set(['خفض', 'خفضا', 'تخفيض', 'تخفيضا'].map(key));

/** Words that end the English noun phrase after "in": a preposition, a verb's link, a relative. */
const PHRASE_ENDS = new Set(['from', 'to', 'by', 'for', 'on', 'at', 'with', 'after', 'before', 'over', 'under', 'since', 'until', 'next', 'last', 'this', 'that', 'which', 'who', 'as', 'than', 'within', 'during', 'into', 'when', 'while', 'will', 'would', 'was', 'were', 'is', 'are']);

/** English determiners that may open the noun phrase after "in" (a rise in the fares). */
const PHRASE_OPENERS = new Set(['the', 'its', 'their', 'his', 'her', 'our']);

/** The noun a table gives at one of the tokens `from`..`to`, the last first, else the word at `to` as written. */
function phraseNoun(ctx: DrawContext, from: number, to: number): QualifiedNoun {
  for (let k = to; k >= from; k--) {
    const table = quantityNounAt(AMOUNT_NOUNS, ctx.tokens, k);
    if (table) return { noun: tableNoun(table.entry), key: key(table.entry.en[0] ?? table.entry.ar[0]!) };
  }
  const word = ctx.word(to);
  return { noun: { [ctx.lang]: withoutArticle(word) }, key: key(withoutArticle(word).at(-1)!) };
}

/**
 * What a percentage of a change named right after it measures: the noun phrase after "in" past a
 * noun of change (a 7.5% rise in bus and tram fares → fares; a 5% rise in the price of bread →
 * price), or in Arabic the noun after «في» past «بنسبة» and a word of a rise, a fall or a cut before
 * the figure (زيادة بنسبة 7.5% في أسعار التذاكر → أسعار). A noun of the amount table gives its forms
 * in both languages; any other noun gives its own word. `end` is the token after the percentage.
 */
export function changedAfter(ctx: DrawContext, tokenStart: number, end: number): QualifiedNoun | undefined {
  const tokens = ctx.tokens;
  const clause = tokens[tokenStart]!.clause;
  const ar = tokens[tokenStart]!.script !== 'latin' && tokens[end]?.script === 'ar';
  if (ar) {
    const changeWord = tokens[tokenStart - 2] && stemsOf(tokens[tokenStart - 2]).some((stem) => CHANGE_WORDS.has(stem) || CUT_WORDS_AR.has(stem));
    const rated = stemsOf(tokens[tokenStart - 1]).some((stem) => RATE_HEADS.has(stem));
    if (!changeWord || !rated || tokens[end]!.key !== key('في') || tokens[end + 1]?.clause !== clause || !contentAt(ctx, end + 1)) return undefined;
    // A span of time after «في» (ارتفعت بنسبة 31% في عام واحد) is when the change happened, not what changed.
    if (TIME_UNITS.has(UNITS.get(tokens[end + 1]!.key) ?? UNITS.get(stemsOf(tokens[end + 1]).at(-1) ?? '') ?? '')) return undefined;
    return phraseNoun(ctx, end + 1, end + 1);
  }
  if (!CHANGE_NOUNS_EN.has(tokens[end]?.key ?? '') || tokens[end + 1]?.key !== 'in' || tokens[end + 1]!.clause !== clause) return undefined;
  let first = end + 2;
  while (PHRASE_OPENERS.has(tokens[first]?.key ?? '')) first++;
  let last = first - 1;
  for (let k = first; k < first + 6 && tokens[k]?.clause === clause && tokens[k]!.script === 'latin' && !PHRASE_ENDS.has(tokens[k]!.key); k++) {
    if (['and', 'of'].includes(tokens[k]!.key)) continue;
    if (!contentAt(ctx, k)) break;
    last = k;
  }
  return last >= first ? phraseNoun(ctx, first, last) : undefined;
}

/**
 * The rate a percentage is of: «نسبة X» or «معدل X» before it in its sentence with no other figure
 * between, or "X rate" in English; with `pastFigures`, also past other figures (a percentage given
 * for a place or a branch after the rate's own: بنسبة نجاح بلغت 58.6 …، تلتها ولاية المنستير بـ55.2). A rate of the amount table gives its forms
 * in both languages; any other X gives its own word.
 */
export function rateNoun(ctx: DrawContext, tokenStart: number, pastFigures = false): QualifiedNoun | undefined {
  const tokens = ctx.tokens;
  const sentence = tokens[tokenStart]!.sentence;
  for (let k = tokenStart - 1; k >= 0 && tokens[k]!.sentence === sentence && tokenStart - k <= (pastFigures ? 40 : 12); k--) {
    if (tokens[k]!.script === 'digit' && !pastFigures) return undefined;
    const head = stemsOf(tokens[k]).some((stem) => RATE_HEADS.has(stem));
    if (head && contentAt(ctx, k + 1) && k + 1 < tokenStart) {
      const table = quantityNounAt(AMOUNT_NOUNS, tokens, k) ?? quantityNounAt(AMOUNT_NOUNS, tokens, k + 1);
      if (table) return { noun: tableNoun(table.entry), key: key(table.entry.en[0] ?? table.entry.ar[0]!) };
      const word = ctx.word(k + 1);
      return { noun: { [ctx.lang]: withoutArticle(word) }, key: key(withoutArticle(word).at(-1)!) };
    }
    const changed = changedThing(ctx, k, tokenStart);
    if (changed) return changed;
    if (tokens[k]!.key === 'rate' && contentAt(ctx, k - 1)) {
      const table = quantityNounAt(AMOUNT_NOUNS, tokens, k - 1);
      if (table) return { noun: tableNoun(table.entry), key: key(table.entry.en[0] ?? table.entry.ar[0]!) };
      const phrase = `${ctx.word(k - 1).toLowerCase()} rate`;
      return { noun: { en: [phrase] }, key: phrase };
    }
  }
  return undefined;
}

/** A place's own name in each language, without the words that say its kind (ولاية صفاقس → صفاقس). */
function placeNames(ctx: DrawContext, id: string): { ar?: string[]; en?: string[] } | undefined {
  const place = ctx.out.places.find((fact) => (fact as { id?: string }).id === id) as { names?: { ar?: string[]; en?: string[] } } | undefined;
  if (!place?.names) return undefined;
  const bare = (names: string[] | undefined) => [...new Set((names ?? []).map((name) => name.split(/\s+/).filter((word) => !PLACE_KINDS.has(key(word))).join(' ')).filter((name) => name.length >= 3))];
  const ar = bare(place.names.ar);
  const en = bare(place.names.en);
  return ar.length + en.length > 0 ? { ...(ar.length ? { ar } : {}), ...(en.length ? { en } : {}) } : undefined;
}


/**
 * The place a figure is given for: the drawn place nearest before it in its sentence with no other
 * figure between (ولاية صفاقس الترتيب الجهوي بنسبة 58.6; إقليم الحوز … سجّل … بـ1293 حالة), or one
 * right after it behind في/in (542 وفاة في إقليم تارودانت).
 */
export function placeOf(ctx: DrawContext, tokenStart: number, end: number): QualifiedNoun | undefined {
  const tokens = ctx.tokens;
  const sentence = tokens[tokenStart]!.sentence;
  let at = -1;
  for (let k = tokenStart - 1; k >= 0 && tokens[k]!.sentence === sentence; k--) {
    if (tokens[k]!.script === 'digit') break;
    if (ctx.placeAt.has(k)) {
      at = k;
      break;
    }
  }
  if (at === -1) at = placeTokenAfter(ctx, end);
  if (at === -1 || figureBetween(ctx, Math.min(at, tokenStart), Math.max(at, tokenStart))) return undefined;
  return placeQualifier(ctx, at);
}

/** The qualifier of the drawn place at token `at`: its names, key and id. */
function placeQualifier(ctx: DrawContext, at: number): QualifiedNoun | undefined {
  const id = ctx.placeAt.get(at)!;
  const names = placeNames(ctx, id);
  return names ? { noun: names, key: `@${id}`, subject: id } : undefined;
}

/**
 * The first token of a drawn place right after token `end` behind في/in/at/on and maybe the place's
 * noun (in the village of Val Brenne, في مدينة الكرك), in the clause of في/in; -1 when there is none.
 */
function placeTokenAfter(ctx: DrawContext, end: number): number {
  const tokens = ctx.tokens;
  if (!['في', 'in', 'at', 'on'].includes(tokens[end]?.key ?? '') || tokens[end + 1]?.clause !== tokens[end]!.clause) return -1;
  let k = end + 1;
  while (k < end + 4 && PLACE_NOUNS_AFTER_IN.has(tokens[k]?.key ?? '') && tokens[k]!.clause === tokens[end]!.clause) k++;
  for (const j of [k, k + 1]) if (ctx.placeAt.has(j) && tokens[j]!.clause === tokens[end]!.clause) return j;
  return -1;
}

/**
 * The place named right after token `end` behind في/in (420 schools in Fez, «في مكناس»), with the
 * token past its name, whatever place stands before the figure.
 */
export function placeAfter(ctx: DrawContext, end: number): { place: QualifiedNoun; end: number } | undefined {
  const at = placeTokenAfter(ctx, end);
  const place = at === -1 ? undefined : placeQualifier(ctx, at);
  if (!place) return undefined;
  let past = at + 1;
  while (ctx.placeAt.get(past) === place.subject) past++;
  return { place, end: past };
}

/** A branch named after the figure with a classifier noun (في شعبة الرياضيات, in the manufacturing sector). */
export function branchAfter(ctx: DrawContext, end: number): QualifiedNoun | undefined {
  const tokens = ctx.tokens;
  let k = end;
  while (tokens[k] && ONLY.has(tokens[k]!.key) && tokens[k]!.sentence === tokens[end - 1]!.sentence) k++;
  const same = (i: number) => tokens[i]?.sentence === tokens[end - 1]!.sentence;
  if (!same(k)) return undefined;
  if (tokens[k]!.key === 'في' && same(k + 2) && stemsOf(tokens[k + 1]).some((stem) => CLASSIFIERS_AR.has(stem)) && contentAt(ctx, k + 2)) {
    const word = ctx.word(k + 2);
    const two = contentAt(ctx, k + 3) && tokens[k + 3]!.clause === tokens[k + 2]!.clause ? [`${word} ${ctx.word(k + 3)}`] : [];
    return { noun: { ar: [...withoutArticle(word), ...two] }, key: key(withoutArticle(word).at(-1)!) };
  }
  if (tokens[k]!.key === 'in' && same(k + 2)) {
    let at = k + 1;
    if (tokens[at]!.key === 'the') at++;
    if (contentAt(ctx, at) && CLASSIFIERS_EN.has(tokens[at + 1]?.key ?? '') && same(at + 1)) {
      const word = ctx.word(at).toLowerCase();
      return { noun: { en: [word, `${word} ${tokens[at + 1]!.key}`] }, key: word };
    }
  }
  return undefined;
}

/** Ordinals that open the clause of one part of a counted whole: «على دفعتين: الأولى …، والثانية …», in two tranches: the first …. */
const ORDINALS: Readonly<Record<string, string>> = {
  الاولي: 'first', الاول: 'first', الثانيه: 'second', الثاني: 'second', الثالثه: 'third', الثالث: 'third', الرابعه: 'fourth', الرابع: 'fourth',
  first: 'first', second: 'second', third: 'third', fourth: 'fourth',
};

/**
 * The part a figure belongs to when its clause opens with an ordinal and an earlier clause of the
 * sentence counts the parts with a noun of the table (ستصل على دفعتين: الأولى بقيمة 15 مليار دولار
 * خلال أسبوع، والثانية بقيمة 20 مليار دولار خلال شهرين): «الدفعة الثانية», "second tranche".
 */
export function ordinalPart(ctx: DrawContext, tokenStart: number, counted: readonly QuantityNoun[]): QualifiedNoun | undefined {
  const tokens = ctx.tokens;
  const clause = tokens[tokenStart]!.clause;
  let open = tokenStart;
  while (open > 0 && tokens[open - 1]!.clause === clause) open--;
  const word = tokens[open]!.key.replace(/^و(?=ال)/, '');
  const english = ORDINALS[word];
  if (!english || open === tokenStart) return undefined;
  const sentence = tokens[open]!.sentence;
  for (let k = open - 1; k >= 0 && tokens[k]!.sentence === sentence && open - k <= 30; k--) {
    const found = quantityNounAt(counted, tokens, k);
    if (!found) continue;
    const ordinal = ctx.word(open).replace(/^و(?=ال)/, '');
    const singularAr = found.entry.ar[0]!;
    const singularEn = (found.entry.en[0] ?? '').replace(/s$/, '');
    const definite = /^ال/.test(singularAr) ? singularAr : `ال${singularAr}`;
    return {
      noun: { ar: [`${definite} ${ordinal}`, ordinal], ...(singularEn ? { en: [`${english} ${singularEn}`] } : {}) },
      key: key(`${definite} ${ordinal}`),
    };
  }
  return undefined;
}

/** The news verbs of the table, Arabic forms and English ones, folded, with their entry's forms in both languages. */
const NEWS_VERBS = new Map<string, QuantityNoun>(EVENT_WORDS.flatMap((entry) => [...entry.ar, ...entry.en].map((form) => [key(form), entry] as const)));

/**
 * The verb that governs a count, right before it (ألغت 48 رحلة، وأجّلت 31 رحلة; treated 86
 * runners, cancelled 48 flights): a news verb of the table, in both languages, or an English past
 * form (treated, evacuated); else, given the end of the count's noun (`readEnd`), an English verb
 * in the passive right after it (60 prisoners were transferred). It narrows a noun the article
 * counts twice with two verbs into two facts, each qualified by its verb; a count with no verb is
 * the noun's bare count.
 */
export function verbQualifier(ctx: DrawContext, tokenStart: number, readEnd?: number): QualifiedNoun | undefined {
  return verbBefore(ctx, tokenStart) ?? (readEnd === undefined ? undefined : passiveAfter(ctx, readEnd));
}

/** English auxiliaries of the passive after a counted noun: were moved; had, have and has only before "been" (had been moved), as "had finished" is active. */
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are']);
const PERFECT_AUXILIARIES = new Set(['had', 'have', 'has']);

/**
 * The English verb in the passive right after a count's noun, which ends at `readEnd` (About 90
 * men were moved, 140 men had been enrolled): a past form in -ed after an auxiliary, in the
 * count's clause; it tells that count apart as a verb before it does.
 */
function passiveAfter(ctx: DrawContext, readEnd: number): QualifiedNoun | undefined {
  const tokens = ctx.tokens;
  const auxiliary = tokens[readEnd];
  if (ctx.lang !== 'en' || !auxiliary || auxiliary.clause !== tokens[readEnd - 1]?.clause) return undefined;
  const been = tokens[readEnd + 1]?.key === 'been';
  if (!PASSIVE_AUXILIARIES.has(auxiliary.key) && !(been && PERFECT_AUXILIARIES.has(auxiliary.key))) return undefined;
  const at = readEnd + 1 + (been ? 1 : 0);
  const verb = tokens[at];
  if (!verb || verb.clause !== auxiliary.clause || verb.script !== 'latin' || !/^[a-z]{3,}ed$/.test(verb.key) || EN_NOT_VERBS.has(verb.key)) return undefined;
  return { noun: { en: [ctx.word(at)] }, key: `verb:${verb.key}` };
}

/** The verb right before a count ({@link verbQualifier}). */
function verbBefore(ctx: DrawContext, tokenStart: number): QualifiedNoun | undefined {
  const tokens = ctx.tokens;
  const before = tokens[tokenStart - 1];
  if (!before || before.clause !== tokens[tokenStart]!.clause || before.quote !== -1) return undefined;
  // An Arabic verb may have its subject between it and the count (ألغت الإدارة 48 رحلة; ألغت
  // الإدارة العامة للطيران المدني 48 رحلة): six words at most, a name counting as one.
  let words = 0;
  for (let k = tokenStart - 1; k >= 0 && tokenStart - k <= 12 && words < (before.script === 'ar' ? 6 : 1); k--) {
    const token = tokens[k]!;
    if (token.clause !== before.clause || /\d/.test(token.key)) break;
    const named = ctx.orgAt.has(k) || ctx.personAt[k] !== -1 || ctx.placeAt.has(k);
    if (!named || !(ctx.orgAt.has(k - 1) || ctx.personAt[k - 1] !== -1 || ctx.placeAt.has(k - 1))) words++;
    const entry = NEWS_VERBS.get(token.key.replace(/^و(?=...)/, ''));
    if (entry) return { noun: { ar: [...entry.ar], en: [...entry.en] }, key: `verb:${key(entry.en[0]!)}` };
  }
  if (before.script !== 'latin' || !/^[a-z]{3,}ed$/.test(before.key) || EN_NOT_VERBS.has(before.key)) return undefined;
  return { noun: { en: [ctx.word(tokenStart - 1)] }, key: `verb:${before.key}` };
}

/** English words in -ed before a count that are not verbs governing it (a hundred, red, based). */
const EN_NOT_VERBS = new Set(['hundred', 'based', 'aged', 'need', 'seed', 'speed', 'feed', 'embed', 'combined', 'estimated', 'expected', 'reported', 'planned', 'projected', 'scheduled', 'needed', 'required', 'limited', 'united', 'related', 'named', 'called', 'listed', 'rated', 'ranked', 'numbered', 'totalled', 'totaled'].map(key));

/**
 * The nationality that narrows a count's noun: an Arabic adjective right after the noun (منها خمس
 * شركات تونسية) or an English one between the figure and the noun (five Tunisian companies), with
 * its forms in both languages from the lexicon's nationalities. `read` spans the figure's noun.
 */
export function nationalityQualifier(ctx: DrawContext, tokenEnd: number, readEnd: number): QualifiedNoun | undefined {
  const tokens = ctx.tokens;
  const clause = tokens[tokenEnd - 1]!.clause;
  const after = tokens[readEnd];
  let country = ctx.lang === 'ar' && after?.clause === clause && after.script === 'ar' ? nationalityOf(after) : undefined;
  for (let k = tokenEnd; !country && ctx.lang === 'en' && k < readEnd - 1; k++) {
    if (tokens[k]!.script === 'latin' && /^\p{Lu}/u.test(ctx.word(k))) country = nationalityOf(tokens[k]);
  }
  const forms = country ? NATIONALITIES[country] : undefined;
  if (!country || !forms) return undefined;
  const ar = [forms.ar.m, forms.ar.f].flatMap((form) => [form.replace(/^ال/, ''), form]);
  // The English adjectives, capitalised; the country's own name and its short codes are no adjective.
  const en = forms.en.filter((form) => /^[a-z]{4,}$/.test(form) && /(an|ans|ish|ese|i|is|ch|ic)$/.test(form)).map((form) => form[0]!.toUpperCase() + form.slice(1));
  return { noun: { ar, ...(en.length ? { en } : {}) }, key: `nationality:${country}` };
}
