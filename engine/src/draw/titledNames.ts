/**
 * Arabic names right after a long title: «المدير التنفيذي للمشروع فهد العتيبي», «الخبيرة في
 * الاقتصاد نورة القحطاني». The title (or descriptor) is followed by its complement, a noun phrase
 * of up to five words (a drawn organisation's name counting as one), and then by two or three name words that end where the clause's name slot
 * ends (a comma, a function word, a speech verb, a quotation). The boundary is sure when the first
 * name word is a given name of the lexicon; otherwise it is guessed (even after a nationality that
 * closes the title: وزير الخارجية العراقي زبير الكناني), and only taken when the name's words are
 * not the article's other vocabulary. This is the one path for names after titles: people.ts finds
 * names after given names, honorifics and speech verbs.
 */
import type { DrawContext } from './context';
import { descriptorAt, givenNameGender, isSpeech, stemsOf, titleAt } from './words';
import { nationalityOf } from '../titles';
import { AR_STOP } from '../lexicon/functionWords';
import { KNOWN_GIVEN_NAMES } from '../lexicon/givenNames';
import { ARTICLE_GIVEN_NAMES } from './lexicon';
import { key } from './words';

/** Adjectives after العربي that make it a title's word, not a given name (العربي الجديد, a newspaper). */
const NOT_FAMILY_NAMES = new Set(['الجديد', 'الجديده', 'الكبير', 'الموحد', 'العام', 'الاول', 'الحر', 'الاصيل'].map(key));

/** The given names of the Maghreb written with the article, folded. */
const ARTICLE_GIVEN = new Set(Object.keys(ARTICLE_GIVEN_NAMES).map(key));

/**
 * Whether token `index` is a given name written with the article (العربي الفخفاخ) where a name's
 * slot opens: a word of {@link ARTICLE_GIVEN_NAMES} with no clitic, followed in its clause by a
 * word that may be a name and is not another such adjective or title.
 */
export function articleGivenAt(ctx: DrawContext, index: number, nameLike: (index: number) => boolean): boolean {
  const token = ctx.tokens[index];
  const next = ctx.tokens[index + 1];
  if (!token || !next || token.script !== 'ar' || token.quote !== -1 || !ARTICLE_GIVEN.has(token.key)) return false;
  return next.clause === token.clause && next.sentence === token.sentence && nameLike(index + 1) && !ARTICLE_GIVEN.has(next.key) && !NOT_FAMILY_NAMES.has(next.key);
}

/** A name found after a title: its tokens, and why its boundary is unsure when it is. */
export interface TitledName {
  tokenStart: number;
  tokenEnd: number;
  unsure?: string;
}

/** Words of a complement that may stand between a title and a name (folded). */
const COMPLEMENT_LINKS = new Set(['في', 'لدي']);

/** Connectors of filiation inside a name (folded). */
const FILIATION = new Set(['بن', 'بنت', 'ابن', 'ولد']);

/** Words that open a family name of two words (أبو السمن, آل ثاني, عبد الله), folded: a name never ends on one. */
const FAMILY_OPENERS = new Set(['ابو', 'ابي', 'ال', 'عبد', ...FILIATION].map(key));

/** The longest complement, in words, read between a title and the name after it. */
const MAX_COMPLEMENT = 5;

/** Prepositions inside a body's name in a complement (للحد من, للدفاع عن), folded. */
const INNER_LINKS = new Set(['من', 'عن']);

/** The words a complement with such a preposition may run longer. */
const INNER_EXTRA = 3;

/**
 * Verbal nouns by their patterns (folded): تفعيل تخصيص, إفعال إعلان, استفعال استقبال, افتعال
 * انتخاب, مفاعلة مساعدة, تفاعل تعاون, فعالة: the object after a title's complement, not a name.
 */
const VERBAL_NOUN = /^(?:ت..ي.|ا..ا.|است..ا.|ا.ت.ا.|م.ا..ه|ت.ا..|...ا.ه|مبلغ|مليون|مليار|الف)$/;

/**
 * The verbal nouns of derived verbs alone (تفعيل، إفعال، استفعال، افتعال), folded: the patterns of
 * {@link VERBAL_NOUN} that given names rarely take (تمارا fits تفاعل, and is a name).
 */
const DERIVED_VERBAL_NOUN = /^(?:ت..ي.|ا..ا.|است..ا.|ا.ت.ا.)$/;

const UNSURE = 'the boundary between the title and the name after it was guessed (the first name word is not in the given-names lexicon)';

/** A word's stems without the article, for comparing it with the rest of the article. */
const bareStems = (ctx: DrawContext, index: number): string[] => stemsOf(ctx.tokens[index]).map((stem) => stem.replace(/^ال/, '')).filter((stem) => stem.length >= 2);

/** Where each bare stem occurs in the article's Arabic tokens. */
function stemIndex(ctx: DrawContext): Map<string, number[]> {
  const index = new Map<string, number[]>();
  ctx.tokens.forEach((token, i) => {
    if (token.script !== 'ar') return;
    for (const stem of new Set(bareStems(ctx, i))) index.set(stem, [...(index.get(stem) ?? []), i]);
  });
  return index;
}

/**
 * Whether the word at `m` is the article's other vocabulary: it occurs elsewhere, in another form
 * or not as a repeat of this name (the same word followed by the same next word).
 */
function isVocabulary(ctx: DrawContext, stems: Map<string, number[]>, m: number, last: boolean): boolean {
  const token = ctx.tokens[m]!;
  for (const stem of bareStems(ctx, m)) {
    for (const j of stems.get(stem) ?? []) {
      if (j === m) continue;
      // A family name alone is the name's short form (وأضاف العتيبي); in another form it is a word.
      if (last ? ctx.tokens[j]!.key !== token.key : ctx.tokens[j + 1]?.key !== ctx.tokens[m + 1]?.key) return true;
    }
  }
  return false;
}

/**
 * Whether the words `start`–`stop` are a name set off by commas after a title (المتحدث باسم
 * المجلس، برناردو أليخاندرو، إن …) that the article names again by its last word alone: words with
 * no article and no feminine ending (not an aside such as بحسب البيان or لوسائل إعلام محلية).
 */
function setOffName(ctx: DrawContext, stems: Map<string, number[]>, name: { start: number; stop: number; crossed: boolean }): boolean {
  const { start, stop } = name;
  if (!name.crossed || !/^\s*[,،]/.test(ctx.gap(stop - 1, stop))) return false;
  // As written, not folded: أليخاندرو folds to the article's letters.
  for (let m = start; m < stop; m++) if (/^[وبل]?ال|[ةه]$/.test(ctx.word(m).replace(/[\u064b-\u065f\u0640]/g, ''))) return false;
  const last = ctx.tokens[stop - 1]!;
  for (const stem of bareStems(ctx, stop - 1)) for (const j of stems.get(stem) ?? []) if (j !== stop - 1 && ctx.tokens[j]!.key.endsWith(last.key) && ctx.tokens[j - 1]?.key !== ctx.tokens[stop - 2]?.key) return true;
  return false;
}

/**
 * The end of a name that runs on into the verb's object after a title (وأعلن وزير النقل رافد
 * الحداد تفاصيل الخطة): the shortest run of two words or more from `start`, up to `stop`, whose
 * last word the article names alone right before or after a speech verb (وقال الحداد), as it names
 * a person again by the family name, with its opener when it has two words (وقال أبو السمن). -1
 * when no such word ends a run.
 */
function shortFormEnd(ctx: DrawContext, start: number, stop: number): number {
  for (let end = start + 2; end <= stop; end++) {
    const last = ctx.tokens[end - 1]!;
    const before = ctx.tokens[end - 2]!;
    // A word that opens a family name of two words (ماهر أبو السمن, named again as «أبو السمن») never ends the name.
    if (FAMILY_OPENERS.has(last.key)) continue;
    // A family name of two words is named alone with its opener (وقال أبو السمن).
    const pair = FAMILY_OPENERS.has(before.key);
    for (const token of ctx.tokens) {
      if (token.index === last.index || token.key !== last.key || (ctx.tokens[token.index - 1]?.key === before.key) !== pair) continue;
      if (isSpeech(ctx.tokens[token.index - (pair ? 2 : 1)]) || isSpeech(ctx.tokens[token.index + 1])) return end;
    }
  }
  return -1;
}

/**
 * Whether «عن» at token `index`, right after a member's title, names whom the member sits for: a
 * drawn organisation (a party) or a place follows it (النائب عن حزب الوسط، النائبة عن دائرة
 * الكرك), and the name comes after that complement.
 */
function representedAfter(ctx: DrawContext, index: number): boolean {
  return ctx.tokens[index]!.key === key('عن') && (ctx.orgAt.has(index + 1) || ctx.lexiconMentionAt(index + 1)?.kind === 'place');
}

/** Whether a word before a candidate name closes the complement (a definite word, a name, a nationality). */
function closesComplement(ctx: DrawContext, index: number): boolean {
  const token = ctx.tokens[index]!;
  if (token.quote !== -1 || ctx.lexiconMentionAt(index) || ctx.orgAt.has(index) || nationalityOf(token)) return true;
  // An indefinite noun (لمشروع، شركة) is in construct with the word after it, which is not a name.
  return stemsOf(token).some((stem) => stem.startsWith('ال'));
}

/** Whether the name slot ends before token `index`. */
function nameSlotEnds(ctx: DrawContext, index: number, from: number, taken: Uint8Array): boolean {
  const token = ctx.tokens[index];
  const first = ctx.tokens[from]!;
  if (!token || token.sentence !== first.sentence || token.clause !== first.clause || token.quote !== -1 || taken[index]) return true;
  return AR_STOP.has(token.key) || isSpeech(token);
}

/** The name after the title or descriptor that ends before token `end`, if any. */
function nameAfter(ctx: DrawContext, end: number, nameLike: (index: number) => boolean, taken: Uint8Array, stems: Map<string, number[]>): TitledName | undefined {
  const tokens = ctx.tokens;
  const head = tokens[end - 1]!;
  // A drawn organisation's name counts as one word of the complement (الأمين العام للاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر).
  let words = 0;
  let clause = head.clause;
  // A body named with «من» or «عن» inside (المجلس الوطني للحد من مخاطر الكوارث) makes a longer
  // complement; a name then counts only set off by commas after it.
  let inner = false;
  for (let start = end; start < tokens.length && words <= MAX_COMPLEMENT + (inner ? INNER_EXTRA : 0); start++) {
    const organisation = ctx.orgAt.get(start);
    // So does a known place's (لمنطقة الشرق الأوسط وشمال أفريقيا).
    const place = ctx.lexiconMentionAt(start);
    const inPlace = place?.kind === 'place' && place.tokenStart < start;
    if ((organisation === undefined || ctx.orgAt.get(start - 1) !== organisation) && !inPlace) words++;
    const token = tokens[start]!;
    // A name set off by a comma after the closed complement is in apposition to the title
    // (المدير العام لشركة مناجم الفوسفات الأردنية، سامر الخطيب،): the comma is crossed once.
    if (token.clause !== clause && clause === head.clause && start > end && /^\s*[,،]\s*$/.test(ctx.gap(start - 1, start)) && closesComplement(ctx, start - 1)) clause = token.clause;
    if (token.sentence !== head.sentence || token.clause !== clause || taken[start] || isSpeech(token)) return undefined;
    if (start === end && representedAfter(ctx, start)) continue;
    if (token.quote === -1 && AR_STOP.has(token.key) && !COMPLEMENT_LINKS.has(token.key)) {
      if (!INNER_LINKS.has(token.key) || inner || clause !== head.clause || start === end || !/^(لل|ال)/.test(tokens[start - 1]!.key)) return undefined;
      inner = true;
      continue;
    }
    if (inner && clause === head.clause) continue;
    // A given name with the article (رئيس البلدية العربي الفخفاخ) opens a name that its family name's words decide.
    const articleGiven = articleGivenAt(ctx, start, nameLike);
    if ((!articleGiven && (!nameLike(start) || /^(ال|لل)/.test(token.key))) || !closesComplement(ctx, start - 1)) continue;
    // A word inside the drawn organisation's name that the complement holds (لشركة مناجم الفوسفات الأردنية) is that name's, not a person's.
    if (organisation !== undefined && ctx.orgAt.get(start - 1) === organisation) continue;
    let stop = start;
    // A connector of filiation (محفوظ بن زهران الرواحي) lets the name run one word longer, and never ends it.
    let connectors = 0;
    // The name never runs over a comma into the next clause (النائب العربي زيتوني، المنتمي إلى …).
    while (stop < tokens.length && stop - start < 3 + connectors && (nameLike(stop) || (stop === start && articleGiven)) && !taken[stop] && tokens[stop]!.clause === token.clause) if (FILIATION.has(tokens[stop++]!.key)) connectors++;
    while (stop > start + 1 && FILIATION.has(tokens[stop - 1]!.key)) stop--;
    // Right after a drawn organisation, two name words whose slot runs on (… والهلال الأحمر جاغان
    // تشاباغاين تخصيص مليون …): the name is the two words, guessed.
    if (stop - start >= 2 && !nameSlotEnds(ctx, stop, start, taken) && ctx.orgAt.has(start - 1) && !/^[لبو]/.test(token.key) && !VERBAL_NOUN.test(token.key) && !VERBAL_NOUN.test(tokens[start + 1]!.key)) {
      if (!isVocabulary(ctx, stems, start, false) && !isVocabulary(ctx, stems, start + 1, true)) return { tokenStart: start, tokenEnd: start + 2, unsure: UNSURE };
    }
    if (stop - start < 2) continue;
    if (!nameSlotEnds(ctx, stop, start, taken)) {
      // The name runs on into the verb's object: it ends at a word the article names alone as a person.
      const shortEnd = /^[لبو]/.test(token.key) || DERIVED_VERBAL_NOUN.test(token.key) ? -1 : shortFormEnd(ctx, start, stop);
      if (shortEnd > 0 && (KNOWN_GIVEN_NAMES.has(token.key) || !isVocabulary(ctx, stems, start, false))) return { tokenStart: start, tokenEnd: shortEnd, ...(KNOWN_GIVEN_NAMES.has(token.key) ? {} : { unsure: UNSURE }) };
      continue;
    }
    if (KNOWN_GIVEN_NAMES.has(token.key)) return { tokenStart: start, tokenEnd: stop };
    // A verbal noun of a derived verb (وحضر وزير الثقافة افتتاح المعرض) is the verb's object, not a
    // name, unless the lexicon knows it as a given name (إيمان، انتصار، ابتسام).
    if (DERIVED_VERBAL_NOUN.test(token.key) && !givenNameGender(ctx.word(start))) continue;
    // A first word that may carry a preposition or a conjunction (لمشروع، بشركة، وشمال) is no
    // name unless the lexicon knows it: it continues the complement. Set off by commas on both
    // sides, it may be a foreign given name (برناردو، لورا، وانغ) when the article names the
    // person again by the last word (وأوضح أليخاندرو).
    if (/^[لبو]/.test(token.key) && !setOffName(ctx, stems, { start, stop, crossed: clause !== head.clause })) continue;
    let vocabulary = false;
    // The given name itself is an adjective elsewhere (المغرب العربي): only the family name's words decide.
    for (let m = articleGiven ? start + 1 : start; m < stop; m++) if (isVocabulary(ctx, stems, m, m === stop - 1)) vocabulary = true;
    if (!vocabulary) return { tokenStart: start, tokenEnd: stop, unsure: UNSURE };
  }
  return undefined;
}

/**
 * Whether the title at token `index` is set off by a comma right after a drawn name (هند الزعبي،
 * عضو لجنة الخدمات في مجلس النواب، شروط التمويل): it is that name's, in apposition, and the words
 * after its complement are the sentence's, never another holder's name.
 */
function inAppositionAfterName(ctx: DrawContext, index: number, taken: Uint8Array): boolean {
  return index > 0 && taken[index - 1] === 1 && /^\s*[,،]\s*$/.test(ctx.gap(index - 1, index));
}

/** Names after titles and descriptors, with their complement between, that no other cue found. */
export function namesAfterTitles(ctx: DrawContext, nameLike: (index: number) => boolean, taken: Uint8Array): TitledName[] {
  const tokens = ctx.tokens;
  const out: TitledName[] = [];
  let stems: Map<string, number[]> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.script !== 'ar' || tokens[i]!.quote !== -1 || taken[i]) continue;
    const end = titleAt(tokens, i)?.end ?? (descriptorAt(tokens, i) ? i + descriptorAt(tokens, i) : 0);
    if (!end || inAppositionAfterName(ctx, i, taken)) continue;
    stems ??= stemIndex(ctx);
    const name = nameAfter(ctx, end, nameLike, taken, stems);
    if (name) {
      out.push(name);
      for (let k = name.tokenStart; k < name.tokenEnd; k++) taken[k] = 1;
      i = name.tokenEnd - 1;
    }
  }
  return out;
}
