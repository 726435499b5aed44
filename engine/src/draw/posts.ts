/**
 * Posts: a title right before a person's name (وزير العدل عبد اللطيف وهبي, Home Secretary James
 * Cleverly) or in apposition after it (ناصر جبور، رئيس قسم بالمعهد …; Lord Reed, the President of
 * the Supreme Court), with its role, English forms, nationality and whether it is former.
 */
import { organisationAt } from './organisations';
import { nationalityOf } from '../titles';
import { COUNTRY_PLACE, DEPUTY_OF_FAMILIES, NATIONALITIES, PORTFOLIOS, ROLE_FAMILY } from '../lexicon/words';
import type { DrawContext, DrawnEvidence } from './context';
import { nameKeys } from '../knowledge';
import { NAME_RANKS, PORTFOLIOS_ARABIC, PORTFOLIOS_DRAW, VERB_TITLES, portfolioAfterOf, type TitleEntry } from './lexicon';
import { isSpeech, key, stemsOf, titleAt, type TitleMatch } from './words';
import { HONORIFICS } from '../lexicon/honorifics';

/** The ranks written before a name (./lexicon.ts), folded. */
const RANK_KEYS = new Set(NAME_RANKS.map(key));

const FORMER_WORDS = new Set(['السابق', 'السابقه', 'سابق', 'سابقا', 'الاسبق', 'former', 'then', 'ex', 'late'].map(key));
const PORTFOLIO_BY_KEY = new Map<string, string>();
for (const [name, forms] of Object.entries(PORTFOLIOS)) for (const form of forms) if (/^ال/.test(form)) PORTFOLIO_BY_KEY.set(key(form), name);
for (const [arabic, english] of Object.entries(PORTFOLIOS_DRAW)) PORTFOLIO_BY_KEY.set(key(arabic), english);

/** Words that may stand between a name's comma and its Arabic title in apposition (وهو رئيس …، الذي يشغل أيضاً منصب …). */
const APPOSITION_AR = new Set(['وهو', 'وهي', 'هو', 'هي', 'الذي', 'التي', 'يشغل', 'تشغل', 'أيضا', 'منصب', 'حاليا'].map(key));

/** English words that start a clause or a verb phrase after a name's comma: a title after them is not in apposition. */
const CLAUSE_WORDS_EN = new Set(['who', 'which', 'that', 'said', 'says', 'told', 'added', 'will', 'would', 'has', 'have', 'had', 'is', 'was', 'and', 'but', 'to', 'for', 'after', 'before', 'when', 'while']);

/** Arabic words that end a title's complement after the name: time, a clause (لاعب نادي X منذ 2022). */
const TITLE_ENDS_AR = new Set(['منذ', 'قبل', 'بعد', 'حتى', 'خلال', 'ان', 'إن', 'أن', 'الذي', 'التي', 'عندما', 'حين', 'حيث', 'إلى', 'على'].map(key));

/** English words that end a title's complement after the name: a relative clause or a verb of speech (the former chief executive who ran the company). */
const TITLE_ENDS_EN = new Set(['who', 'whom', 'whose', 'which', 'that', 'when', 'while', 'where', 'said', 'says', 'told', 'added', 'since']);

/** Lower-case words that belong to an English title before it (government spokeswoman). */
const TITLE_MODIFIERS = new Set(['government', 'shadow', 'deputy', 'foreign', 'home', 'defence', 'defense', 'state', 'finance', 'justice', 'interior', 'army', 'party', 'opposition']);

/** English portfolio words (environment, health) that belong to a minister's title written before it in lower case (the environment minister). */
const PORTFOLIO_WORDS_EN = new Set(Object.values(PORTFOLIOS).flat().filter((form) => /^[a-z]+$/.test(form)));

/**
 * English words after a name's comma that open a phrase of its own (X, speaking alongside the
 * environment minister, Y): a title after them is another person's. A participle in -ing opens
 * one too, unless it is part of a title (acting, managing, outgoing).
 */
const PHRASE_WORDS_EN = new Set(['alongside', 'beside', 'besides', 'with', 'without', 'behind', 'near', 'like', 'unlike', 'against', 'among', 'including', 'flanked', 'joined', 'accompanied', 'according', 'from', 'by', 'at', 'in', 'on', 'as', 'than', 'replacing', 'replaced', 'succeeding', 'succeeded']);
const TITLE_PARTICIPLES_EN = new Set(['acting', 'managing', 'outgoing', 'incoming', 'founding', 'presiding', 'serving', 'sitting', 'ruling', 'governing', 'leading', 'reigning', 'standing', 'visiting', 'commanding']);

/** Whether an English word after a name's comma opens a phrase of its own rather than a title in apposition. */
function opensPhrase(word: string): boolean {
  return PHRASE_WORDS_EN.has(word) || (/^[a-z]{3,}ing$/.test(word) && !TITLE_PARTICIPLES_EN.has(word));
}

/** Whether a lower-case English word before a title belongs to it: a title modifier, or a minister's portfolio. */
function titleModifier(word: string, title: TitleMatch): boolean {
  return TITLE_MODIFIERS.has(word) || (title.entry.role === 'minister' && PORTFOLIO_WORDS_EN.has(word));
}

/** English words that make a title a deputy's (Deputy Mayor, the deputy transportation commissioner, an assistant minister). */
const DEPUTY_WORDS_EN = new Set(['deputy', 'assistant', 'vice']);

/**
 * The token of an English deputy's word before a title's head (Deputy Mayor Karen Whitfield, the
 * deputy transportation commissioner): at most two words before it in its clause, words of the
 * title only (no determiner, possessive, name or punctuation between), for a head of a post that
 * has deputies; -1 when there is none. Such a person holds the deputy's post, not the head's.
 */
function englishDeputyAt(ctx: DrawContext, title: TitleMatch): number {
  const family = ROLE_FAMILY[title.entry.role];
  if (ctx.lang !== 'en' || !family || !DEPUTY_OF_FAMILIES.has(family)) return -1;
  for (let k = title.start - 1; k >= 0 && title.start - k <= 3; k--) {
    const token = ctx.tokens[k]!;
    if (token.clause !== ctx.tokens[title.start]!.clause || ctx.personAt[k] !== -1 || !/^\s+$/.test(ctx.gap(k, k + 1)) || PORTFOLIO_OPENERS_EN.has(token.key) || /'s?$/.test(ctx.word(k))) return -1;
    if (DEPUTY_WORDS_EN.has(token.key)) return k;
  }
  return -1;
}

/**
 * The forms of a deputy's title drawn from an English article: the Arabic forms of the head behind
 * نائب or نائبة, and in English the deputy's word with the head alone when other words stand
 * between (the deputy transportation commissioner is also a deputy commissioner).
 */
function deputyForms(ctx: DrawContext, names: { ar?: string[]; en?: string[] }, deputy: number, title: TitleMatch, gender: unknown): void {
  if (names.ar) names.ar = names.ar.map((form) => `${gender === 'f' ? 'نائبة' : 'نائب'} ${form}`);
  if (deputy < title.start - 1 && names.en) names.en.push(`${ctx.word(deputy).toLowerCase()} ${ctx.text(title.start, title.end).toLowerCase()}`);
}

/** Words that may stand right before a run of lower-case portfolio words and its minister (the food safety minister, Britain's rail minister). */
const PORTFOLIO_OPENERS_EN = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'new', 'junior']);

/**
 * The first token of a minister's portfolio written in lower case before the title when its words
 * are not in the portfolio table (the food safety minister, the net zero minister): up to three
 * lower-case words right before it, after a determiner, a possessive or a comma. The title drawn
 * with them is the article's own; drawn without them, a draft's "safety minister" would be read
 * as another post than the bare "minister". `titleStart` when there is no such run.
 */
function unlistedPortfolioStart(ctx: DrawContext, title: TitleMatch, titleStart: number): number {
  if (ctx.lang !== 'en' || title.entry.role !== 'minister') return titleStart;
  const tokens = ctx.tokens;
  let k = titleStart;
  while (k > 0 && titleStart - k < 3 && /^[a-z]+$/.test(ctx.word(k - 1)) && !PORTFOLIO_OPENERS_EN.has(tokens[k - 1]!.key) && !FORMER_WORDS.has(tokens[k - 1]!.key) && !TITLE_ENDS_EN.has(tokens[k - 1]!.key) && /^ $/.test(ctx.gap(k - 1, k))) k--;
  if (k === titleStart) return titleStart;
  const before = tokens[k - 1];
  const opened = !before || before.clause !== tokens[titleStart]!.clause || PORTFOLIO_OPENERS_EN.has(before.key) || FORMER_WORDS.has(before.key) || /'s?$/.test(ctx.word(k - 1)) || /[,،]/.test(ctx.gap(k - 1, k));
  return opened ? k : titleStart;
}

/**
 * Bodies that English copy names by one capitalised word after "the" (the Treasury, the Cabinet):
 * before "and" and a minister's title they are a body beside the minister, not a first portfolio.
 * Written from British, American and Commonwealth usage in wire copy.
 */
const BODY_WORDS_EN = new Set(['treasury', 'cabinet', 'parliament', 'senate', 'congress', 'government', 'presidency', 'assembly', 'police', 'army', 'military', 'navy', 'opposition', 'palace', 'court', 'council', 'commission', 'ministry', 'department']);

/**
 * The first token of a minister's joined portfolio written before the title (Forests and
 * Environment Minister, Finance and Economic Planning Minister, Trade, Industry and Tourism
 * Minister): from `start`, the first capitalised portfolio word, back over "and" and up to three
 * capitalised words before it, joined by spaces or commas. The run must open its clause or follow a
 * determiner, a possessive or a speech verb, and hold no person, place or organisation: the post is
 * then the whole portfolio, and a draft naming either half names it. `start` when there is none.
 */
function joinedPortfolioStart(ctx: DrawContext, title: TitleMatch, start: number): number {
  const tokens = ctx.tokens;
  if (ctx.lang !== 'en' || ROLE_FAMILY[title.entry.role] !== 'minister' || start < 2 || tokens[start - 1]!.key !== 'and') return start;
  // A list of portfolios may hold commas (Culture, Media and Sport Secretary): the run keeps to the title's sentence.
  const sentence = tokens[title.start]!.sentence;
  const plain = (k: number) => tokens[k]!.sentence === sentence && /^\p{Lu}[\p{L}-]*$/u.test(ctx.word(k)) && ctx.personAt[k] === -1 && !ctx.placeAt.has(k) && !ctx.orgAt.has(k);
  if (!/^ $/.test(ctx.gap(start - 2, start - 1)) || !/^ $/.test(ctx.gap(start - 1, start))) return start;
  let k = start - 1;
  while (k > 0 && start - 1 - k < 3 && plain(k - 1) && /^(?: |, )$/.test(ctx.gap(k - 1, k)) && !possessiveBefore(ctx, k)) k--;
  if (k === start - 1) return start;
  const before = tokens[k - 1];
  // "the Treasury and Health Minister Wes Streeting": a body named by one word after "the" is no portfolio of the title.
  if (before && (before.key === 'the' || before.key === 'a') && k === start - 2 && BODY_WORDS_EN.has(tokens[k]!.key)) return start;
  const opened = !before || before.sentence !== sentence || PORTFOLIO_OPENERS_EN.has(before.key) || possessiveBefore(ctx, k) || isSpeech(before) || /[,،]/.test(ctx.gap(k - 1, k));
  return opened ? k : start;
}

const capitalise = (s: string) => s.replace(/(^|\s)([a-z])/g, (_, space: string, c: string) => space + c.toUpperCase());

/**
 * Whether the word after an Arabic minister's title is a portfolio the table does not know (وزير
 * التجهيز, وزير الشؤون …): a definite word that is no nationality, or a known portfolio followed by
 * an unknown one joined by و.
 */
function unknownPortfolio(ctx: DrawContext, title: TitleMatch, endToken: number): boolean {
  const word = ctx.tokens[title.end];
  if (title.end >= endToken || !word || !/^ال/.test(word.key) || nationalityOf(word)) return false;
  return !stemsOf(word).some((stem) => PORTFOLIO_BY_KEY.has(stem));
}

/** English forms of an Arabic title: head, portfolio and nationality. */
function englishTitle(ctx: DrawContext, title: TitleMatch, endToken: number): string[] {
  const head = title.entry.english;
  let nationality: string | undefined;
  let portfolio: string | undefined;
  let country: string | undefined;
  for (let k = title.end; k < endToken; k++) {
    country ??= nationalityOf(ctx.tokens[k]);
    if (country) nationality = NATIONALITIES[country]?.en.find((form) => form.length > 3);
    for (const stem of stemsOf(ctx.tokens[k])) if (!portfolio && k === title.end) portfolio = PORTFOLIO_BY_KEY.get(stem);
  }
  // A second portfolio joined by و (وزير التجهيز والماء): Minister of Equipment and Water.
  const second = portfolio && title.end + 1 < endToken && /^و/.test(ctx.tokens[title.end + 1]!.key) ? stemsOf(ctx.tokens[title.end + 1]).map((stem) => PORTFOLIO_BY_KEY.get(stem)).find(Boolean) : undefined;
  if (portfolio && second) portfolio = `${capitalise(portfolio)} and ${capitalise(second)}`;
  const out: string[] = [];
  const inEnglish = portfolio && capitalise(portfolio).replace(/ And /g, ' and ');
  if (title.entry.role === 'minister' && inEnglish) out.push(`${inEnglish} Minister`, ...portfolioAfterOf(inEnglish).map((form) => `Minister of ${form}`));
  // A minister of a portfolio the table cannot put in English gets no English title rather than a bare "Minister" that any portfolio contradicts.
  else if (title.entry.role === 'minister' && unknownPortfolio(ctx, title, endToken)) return [];
  else out.push(...head);
  if (nationality) out.unshift(...out.slice(0, 2).map((form) => `${capitalise(nationality)} ${form}`));
  // The country's name with a possessive is how English copy often writes it (Oman's Labour Minister).
  const place = country ? COUNTRY_PLACE[country] : undefined;
  if (place) {
    const name = place.length <= 3 ? place.toUpperCase() : capitalise(place.replace(/-/g, ' '));
    out.push(...out.slice(nationality ? 2 : 0, nationality ? 4 : 2).map((form) => `${name}'s ${form}`));
  }
  return [...new Set(out)];
}

/**
 * Arabic forms of an English title, for Arabic drafts of the story: a minister of a portfolio the
 * table knows (Minister of Forests, Forests Minister → وزير الغابات, or وزيرة for a woman), else
 * the title's own Arabic forms from the bilingual table (chief executive → الرئيس التنفيذي, coach →
 * المدرب), a woman's first; a minister without a known portfolio gets none. A joined portfolio is
 * named whole (Forests and Environment Minister → وزير الغابات والبيئة).
 */
function arabicTitle(ctx: DrawContext, title: TitleMatch, start: number, end: number, gender: unknown): string[] {
  if (title.entry.role !== 'minister' || title.entry.arabic) {
    const forms = title.entry.arabic;
    if (!forms) return [];
    return gender === 'f' ? [...forms.f, ...forms.m] : [...forms.m, ...forms.f];
  }
  // A joined portfolio (Forests and Environment Minister) is named whole: وزير الغابات والبيئة.
  const portfolios: string[] = [];
  for (let k = start; k < end; k++) {
    const found = PORTFOLIOS_ARABIC.get(ctx.tokens[k]!.key);
    if (found && !portfolios.includes(found)) portfolios.push(found);
  }
  if (portfolios.length === 0) return [];
  const portfolio = [portfolios[0], ...portfolios.slice(1).map((word) => `و${word}`)].join(' ');
  return gender === 'f' ? [`وزيرة ${portfolio}`, `وزير ${portfolio}`] : [`وزير ${portfolio}`, `وزيرة ${portfolio}`];
}

/**
 * Whether token `k` is a rank right before the next word (اللواء مجدي سليم, General Carlos Yáñez),
 * not the last word of a title (Secretary General, Attorney General, Director General).
 */
function rankBeforeName(ctx: DrawContext, k: number): boolean {
  if (!RANK_KEYS.has(ctx.tokens[k]!.key) || !/^\s+$/.test(ctx.gap(k, k + 1))) return false;
  for (let j = Math.max(0, k - 3); j < k; j++) {
    const title = titleAt(ctx.tokens, j);
    if (title && title.end > k) return false;
  }
  return true;
}

/** The title that ends right before token `nameStart` (up to ten words before, same clause). */
function titleBefore(ctx: DrawContext, nameStart: number): (TitleMatch & { textEnd?: number }) | undefined {
  const tokens = ctx.tokens;
  // A courtesy word or a rank before the name stands between it and its title (محافظ الإسماعيلية، اللواء مجدي سليم).
  let edge = nameStart;
  while (edge > 0 && nameStart - edge < 2 && (HONORIFICS.has(tokens[edge - 1]!.key) || rankBeforeName(ctx, edge - 1))) edge--;
  // A title set off by a comma right before the name is in apposition (وزير الدفاع، ثابت العباسي،).
  const comma = edge > 0 && /^\s*[,،]\s*$/.test(ctx.gap(edge - 1, edge));
  // Another person's name before the comma: the name is theirs in apposition only when a title's complement holds it.
  if (comma && ctx.personAt[edge - 1] !== -1) return titleOverComplement(ctx, edge - 1, edge - 1);
  const apposed = comma;
  const clause = apposed ? tokens[edge - 1]!.clause : tokens[edge]!.clause;
  for (let k = edge - 1; k >= 0 && nameStart - k <= 10; k--) {
    const token = tokens[k]!;
    if (token.clause !== clause || (token.quote !== -1 && !nameInGuillemets(ctx, k)) || ctx.personAt[k] !== -1 || isSpeech(token)) return undefined;
    const title = titleAt(tokens, k);
    // A title right after another person's name is theirs (سليماني قائد فيلق القدس).
    if (title && title.end <= nameStart && title.start > 0 && ctx.personAt[title.start - 1] !== -1) return undefined;
    if (title && title.end <= nameStart) {
      let found = title;
      // A longer title that starts a little earlier and covers this one wins (Prime Minister).
      for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
        const longer = titleAt(tokens, j);
        if (longer && longer.end >= title.end && longer.end <= nameStart) {
          found = longer;
          break;
        }
      }
      found = governingTitle(ctx, found) ?? found;
      // The title's words end before a rank between it and the name (محافظ الإسماعيلية، اللواء …).
      return edge < nameStart ? { ...found, textEnd: edge } : found;
    }
  }
  return undefined;
}

/**
 * The Arabic title that governs another in construct before a name: «مستشار رئيس الوزراء محمد
 * الخطيب» is the prime minister's adviser, «مدير مكتب وزير الصحة سامي العلي» the director of the
 * minister's office, «نائب رئيس الوزراء» the prime minister's deputy. The outer title ends at the
 * inner one (or overlaps it), or one or two indefinite words of its complement stand between; an
 * outer title ending in a definite word (نائب رئيس الوزراء وزير الخارجية) is another title of the
 * same person, and the inner one stays.
 */
function governingTitle(ctx: DrawContext, inner: TitleMatch): TitleMatch | undefined {
  if (ctx.lang !== 'ar') return undefined;
  const tokens = ctx.tokens;
  for (let j = inner.start - 1; j >= 0 && inner.start - j <= 4; j--) {
    const token = tokens[j]!;
    if (token.clause !== tokens[inner.start]!.clause || token.quote !== -1 || ctx.personAt[j] !== -1) return undefined;
    const outer = titleAt(tokens, j);
    if (!outer) continue;
    if (outer.end > inner.start) return outer.end <= inner.end ? outer : undefined;
    const between = tokens.slice(outer.end, inner.start);
    if (between.length > 2 || between.some((t) => t.script !== 'ar' || /^(ال|لل|وال)/.test(t.key))) return undefined;
    return /^(ال|لل|وال)/.test(tokens[outer.end - 1]!.key) ? undefined : outer;
  }
  return undefined;
}

/**
 * The title whose complement after ل names another person, before a comma and the holder's name:
 * «المستشار الدبلوماسي لرئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان، أنور قرقاش». The other
 * person's name ends at token `k`, right before the comma at `comma`; the complement's title
 * (لرئيس دولة الإمارات) stands right before that name and the outer title right before it. The
 * post's words (`textEnd`) keep the complement and end before the other person's name.
 */
function titleOverComplement(ctx: DrawContext, k: number, comma: number): (TitleMatch & { textEnd: number }) | undefined {
  const tokens = ctx.tokens;
  const other = ctx.personAt[k];
  let start = k;
  while (start > 0 && ctx.personAt[start - 1] === other) start--;
  // Only the other person's name stands between it and the comma.
  if (ctx.personAt[comma] !== other) return undefined;
  for (let j = start - 1; j >= 0 && start - j <= 4; j--) {
    const inner = titleAt(tokens, j);
    if (!inner || inner.end > start || !/^ل/.test(tokens[inner.start]!.key) || inner.prefix === 0) continue;
    for (let i = inner.start - 1; i >= 0 && inner.start - i <= 3; i--) {
      const outer = titleAt(tokens, i);
      if (outer && outer.end === inner.start && tokens[i]!.clause === tokens[inner.start]!.clause) return { ...outer, textEnd: start };
    }
    return undefined;
  }
  return undefined;
}

/** Whether a quoted token is a name in guillemets (an organisation, or a term of one to three words) rather than a quote. */
function nameInGuillemets(ctx: DrawContext, k: number): boolean {
  if (ctx.orgAt.has(k)) return true;
  const quotation = ctx.analysis.quotations[ctx.tokens[k]!.quote];
  return !!quotation && quotation.tokenEnd - quotation.tokenStart <= 3;
}

/** Whether a possessive ('s) ends right before token `k`: the words before it own the title and are no part of it (British Columbia's Minister of Forests). */
function possessiveBefore(ctx: DrawContext, k: number): boolean {
  return k > 0 && /^['’]s\s/.test(ctx.gap(k - 1, k));
}

/**
 * The title with the capitalised owner of its possessive before it (British Columbia's Minister of
 * Forests), as a variant: the canonical title leaves the owner out, so that a message reads "the
 * Minister of Forests", but a draft that writes it in full names the same post.
 */
function ownedTitle(ctx: DrawContext, start: number, end: number): string[] {
  if (!possessiveBefore(ctx, start)) return [];
  let from = start - 1;
  while (from > 0 && start - from < 4 && /^\p{Lu}/u.test(ctx.word(from - 1)) && /^\s+$/.test(ctx.gap(from - 1, from)) && ctx.personAt[from - 1] === -1) from--;
  if (!/^\p{Lu}/u.test(ctx.word(from))) return [];
  return [ctx.article.slice(ctx.tokens[from]!.oStart, ctx.tokens[end - 1]!.oEnd)];
}

/** The verb titles of {@link VERB_TITLES} by their folded words. */
const VERB_TITLE_BY_KEY = new Map<string, TitleEntry>();
for (const entry of VERB_TITLES) for (const word of [...(entry.en ?? []), ...(entry.ar ?? [])]) VERB_TITLE_BY_KEY.set(key(word), entry);
const RELATIVE_PRONOUNS = new Set(['who', 'الذي', 'التي'].map(key));

/**
 * A verb of holding a post right after a relative pronoun that follows a name's comma ("X, who
 * chairs Y"; «X، الذي يرأس Y»): read as the post's title, with the body named after it.
 */
function verbTitleAt(ctx: DrawContext, k: number, nameEnd: number): TitleMatch | undefined {
  const tokens = ctx.tokens;
  const entry = VERB_TITLE_BY_KEY.get(tokens[k]?.key ?? '');
  if (!entry || k !== nameEnd + 1 || !RELATIVE_PRONOUNS.has(tokens[nameEnd]!.key) || tokens[k]!.clause !== tokens[nameEnd]!.clause) return undefined;
  return { entry, start: k, end: k + 1, prefix: 0 };
}

/** The titles of a post named by a verb (who chairs X: chair, chairman; «رئيس»), a woman's Arabic form first for a woman. */
function verbTitleNames(entry: TitleEntry, gender: unknown): { ar?: string[]; en?: string[] } {
  const arabic = entry.arabic ? (gender === 'f' ? [...entry.arabic.f, ...entry.arabic.m] : [...entry.arabic.m, ...entry.arabic.f]) : [];
  return arabic.length > 0 ? { en: entry.english, ar: arabic } : { en: entry.english };
}

/** Whether the organisation named in a title's words carries a possessive ('s): the post is then of a unit inside it. */
function possessiveAfter(ctx: DrawContext, organisation: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (organisationAt(ctx, k) === organisation && organisationAt(ctx, k + 1) !== organisation && /^['’]s\s/.test(ctx.gap(k, k + 1))) return true;
  return false;
}

/** The title in apposition after a name: "X، رئيس …" / "X, the President of …" / "X, then prime minister". */
function titleAfter(ctx: DrawContext, nameEnd: number): TitleMatch | undefined {
  const tokens = ctx.tokens;
  if (nameEnd >= tokens.length || !/^\s*[,،]\s*$/.test(ctx.gap(nameEnd - 1, nameEnd))) return undefined;
  for (let k = nameEnd; k < tokens.length && k - nameEnd <= 5; k++) {
    if (ctx.personAt[k] !== -1 || (tokens[k]!.quote !== -1 && !nameInGuillemets(ctx, k))) return undefined;
    const verb = verbTitleAt(ctx, k, nameEnd);
    if (verb) return verb;
    // What stands between the comma and the title: in Arabic only a pronoun or a relative clause of holding (وهو، الذي يشغل منصب), in English no verb (X, who will look for a new coach).
    if (ctx.lang === 'ar' ? k > nameEnd && !APPOSITION_AR.has(tokens[k - 1]!.key) : (CLAUSE_WORDS_EN.has(tokens[k]!.key) && !verbTitleAt(ctx, k + 1, nameEnd)) || (opensPhrase(tokens[k]!.key) && !titleAt(tokens, k))) return undefined;
    if (tokens[k]!.sentence !== tokens[nameEnd]!.sentence) return undefined;
    const title = titleAt(tokens, k);
    // "X، وقائد …، Y": a title joined by و after a comma is the next person's.
    if (title && title.prefix > 0 && /^[وف]/.test(tokens[k]!.key)) return undefined;
    if (title) return title;
    if (k > nameEnd && tokens[k]!.clause !== tokens[nameEnd]!.clause) return undefined;
  }
  return undefined;
}

/**
 * The organisation whose possessive stands right before an English title: in apposition after the
 * name, "X, the opposition Labour Party's shadow home secretary" (at most three words between the
 * comma and it); before the name, "Gwalia Recycling's managing director, Sian Beddoe" (the owner
 * opening its clause or following a speech verb).
 */
function possessiveOrganisation(ctx: DrawContext, titleStart: number, side: 'before' | 'after'): string | undefined {
  if (ctx.lang !== 'en') return undefined;
  let before = titleStart - 1;
  // Lower-case title words between the possessive and the title's head (Party's shadow foreign secretary).
  while (before > 0 && titleStart - before <= 2 && TITLE_MODIFIERS.has(ctx.tokens[before]!.key) && /^\s+$/.test(ctx.gap(before, before + 1))) before--;
  const organisation = organisationAt(ctx, before);
  if (!organisation || !/^['’]s\s/.test(ctx.gap(before, before + 1))) return undefined;
  let from = before;
  while (from > 0 && organisationAt(ctx, from - 1) === organisation) from--;
  if (side === 'before') {
    // Before the name: the owner opens its clause, or follows a speech verb (Alpine Lifts Group's chief executive, Marc Vernay, said; said the group's …).
    const previous = ctx.tokens[from - 1];
    return !previous || previous.clause !== ctx.tokens[from]!.clause || isSpeech(previous) || (previous.key === 'the' && (!ctx.tokens[from - 2] || ctx.tokens[from - 2]!.clause !== previous.clause)) ? organisation : undefined;
  }
  for (let k = from - 1; k >= 0 && from - k <= 3; k--) if (/[,،]/.test(ctx.gap(k, k + 1))) return organisation;
  return undefined;
}

/**
 * An Arabic title's forms without its possessive pronoun ها, as a draft naming the body writes it:
 * «مدير عملياتها» → «مدير العمليات», «مدير عمليات» (مدير عمليات الشركة); «رئيسها التنفيذي» →
 * «الرئيس التنفيذي».
 */
function withoutPronoun(text: string): string[] {
  const words = text.split(/\s+/);
  const at = words.findIndex((word) => /^[^\s]{3,}ها$/.test(word));
  if (at < 0) return [];
  const bare = words[at]!.slice(0, -2).replace(/^[وف]/, '');
  const forms = [[...words.slice(0, at), `ال${bare}`, ...words.slice(at + 1)].join(' ')];
  if (at > 0) forms.push([...words.slice(0, at), bare, ...words.slice(at + 1)].join(' '));
  return forms;
}

/** English nouns that refer back to a body named before (the company's chief executive), with the kinds of body they refer to. */
const REFERRING_NOUNS: Readonly<Record<string, readonly string[]>> = {
  company: ['company', 'holding'], firm: ['company', 'holding'], group: ['company', 'holding'], business: ['company'], operator: ['company'], utility: ['company'],
  council: ['council'], ministry: ['ministry'], agency: ['agency'], club: ['club'], party: ['party'], union: ['union'], university: ['university'],
  bank: ['bank'],
};

/**
 * Whether a lower-case word between "the" and a referring noun names which body it is: "central"
 * before bank (the central bank's governor), a portfolio before ministry (the health ministry's
 * spokesman). Other words (the rival company's, the other bank's) may name another body.
 */
function bodyModifier(noun: string, modifier: string): boolean {
  return (noun === 'bank' && modifier === 'central') || (noun === 'ministry' && PORTFOLIO_WORDS_EN.has(modifier));
}

/**
 * Whether the drawn body `id` is the one "the central bank" or "the health ministry" names: a
 * central bank by its name (Bank of Ghana, Central Bank of Nigeria, Reserve Bank of India), a
 * ministry by its portfolio word in its English names.
 */
function namedBy(ctx: DrawContext, id: string, noun: string, modifier: string): boolean {
  const names = (ctx.out.organisations.find((organisation) => organisation.id === id)?.names as { en?: string[] } | undefined)?.en ?? [];
  if (noun === 'bank') return names.some((name) => /^(?:the )?(?:central |reserve |national )?bank of \p{Lu}/iu.test(name) || /\b(?:central|reserve) bank\b/i.test(name));
  return names.some((name) => name.toLowerCase().split(/[^a-z]+/).includes(modifier));
}

/**
 * The organisation a possessive pronoun in a title refers to (Its chief executive, Colin Ashby;
 * «رئيسها التنفيذي»; «مدير عملياتها، حسام الشريف»): the body named nearest before the title, in
 * its sentence or the one before. Unsure when those words name more than one body, or when the
 * pronoun is on the title's complement (its head of highways, «مدير عملياتها»): the post is then
 * of a unit inside the body, not of the body.
 */
function pronounOrganisation(ctx: DrawContext, title: TitleMatch, start: number, end: number): { id: string; unsure: boolean } | undefined {
  const tokens = ctx.tokens;
  let pronoun: number | undefined;
  /** The kinds a definite noun with a possessive refers to (the company's chief executive): a body of those kinds named before. */
  let kinds: readonly string[] | undefined;
  /** With a word naming which body (the central bank's), whether a body of the kind is that one. */
  let named: ((id: string) => boolean) | undefined;
  if (ctx.lang === 'en') {
    for (const k of [start - 1, start]) if (tokens[k]?.key === 'its' && tokens[k].clause === tokens[title.start]!.clause && k < title.start) pronoun = k;
    // A place may stand between the noun's possessive and the title: the union's Western Australia secretary.
    let at = start;
    while (at > 0 && start - at < 3 && ctx.placeAt.has(at - 1) && !possessiveBefore(ctx, at)) at--;
    const noun = tokens[at - 1];
    // One word may stand between "the" and the noun when it names which body (the central bank's, the health ministry's).
    const modifier = tokens[at - 2] && tokens[at - 3]?.key === 'the' && /^[a-z]+ $/.test(ctx.article.slice(tokens[at - 2]!.oStart, tokens[at - 1]!.oStart)) ? tokens[at - 2]!.key : undefined;
    if (pronoun === undefined && noun && possessiveBefore(ctx, at) && (tokens[at - 2]?.key === 'the' || (modifier && bodyModifier(noun.key, modifier))) && REFERRING_NOUNS[noun.key]) {
      pronoun = at - 1;
      kinds = REFERRING_NOUNS[noun.key];
      if (tokens[at - 2]?.key !== 'the') named = (id) => namedBy(ctx, id, noun.key, modifier!);
    }
  } else {
    for (let k = title.start; k < end && pronoun === undefined; k++) if (/^.{3,}ها$/.test(tokens[k]!.key) && ctx.personAt[k] === -1) pronoun = k;
  }
  if (pronoun === undefined) return undefined;
  // On the head (رئيسها, المتحدث باسمها) or right before it (its chief executive), the post is the body's.
  const ofUnit = ctx.lang === 'en' ? tokens.slice(title.end, end).some((t) => t.key === 'of') : pronoun > title.start && tokens[pronoun]!.key !== key('باسمها');
  const sentence = tokens[start]!.sentence;
  const found: string[] = [];
  // A noun of a kind (the company's) reaches further back than a pronoun, to the bodies of its kind.
  for (let k = Math.min(start, pronoun) - 1; k >= 0 && tokens[k]!.sentence >= sentence - (kinds ? 4 : 1); k--) {
    const id = organisationAt(ctx, k);
    const kind = id && kinds ? String(ctx.out.organisations.find((organisation) => organisation.id === id)?.kind) : undefined;
    if (id && !found.includes(id) && (!kinds || kinds.includes(kind!)) && (!named || named(id))) found.push(id);
  }
  return found.length === 0 ? undefined : { id: found[0]!, unsure: found.length > 1 || ofUnit };
}

/**
 * The one drawn ministry of a minister's portfolio: وزير التربية → وزارة التربية (the word after
 * the title), Education Minister → the Ministry of Education (the word before it).
 */
function ministryOf(ctx: DrawContext, title: TitleMatch, start: number): string | undefined {
  if (title.entry.role !== 'minister') return undefined;
  const word = ctx.lang === 'ar' ? ctx.tokens[title.end] : start < title.start ? ctx.tokens[title.start - 1] : undefined;
  if (!word || word.sentence !== ctx.tokens[title.start]!.sentence) return undefined;
  const stems = new Set(stemsOf(word));
  const found = ctx.out.organisations.filter((organisation) => {
    if (organisation.kind !== 'ministry') return false;
    const names = organisation.names as { ar?: string[]; en?: string[] };
    return [...(names.ar ?? []), ...(names.en ?? [])].some((name) => nameKeys(name).some((k, i) => i > 0 || ctx.lang === 'en' ? stems.has(k) : false));
  });
  return found.length === 1 ? found[0]!.id : undefined;
}

/** Lower-case words before "manager" that leave it a team's manager, a coach (the caretaker manager, the club's manager). */
const TEAM_MANAGER_WORDS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'team', 'club', 'caretaker', 'interim', 'football', 'squad', 'former', 'new', 'then']);

/**
 * Whether an English "manager" is the manager of something other than a team: a lower-case noun
 * before it names what is managed (its operations manager, the general manager, a site manager).
 * A club's name before it (Arsenal manager) or a determiner leaves it a coach.
 */
function managerOfNoTeam(ctx: DrawContext, title: TitleMatch): boolean {
  if (ctx.lang !== 'en' || ctx.tokens[title.start]?.key !== 'manager') return false;
  const before = ctx.tokens[title.start - 1];
  if (!before || before.clause !== ctx.tokens[title.start]!.clause) return false;
  return /^\p{Ll}/u.test(ctx.word(title.start - 1)) && !TEAM_MANAGER_WORDS.has(before.key);
}

/** Kinds of bodies that a person "of" them belongs to without holding a post of them (the city's mayor, Ruth Kemp of the Labour Party). */
const PARTY_KINDS = new Set(['party', 'movement', 'bloc', 'alliance']);

/**
 * The body named right after a name that a title stands right before, with "of" (Chief
 * Superintendent Owen Pugh of South Wales Police): the title's organisation. Not a party, which
 * the person belongs to whatever the post, nor after a title set off by a comma. English only;
 * Arabic names the body inside the title (مدير مستشفى X فلان).
 */
function bodyOfAfterName(ctx: DrawContext, titleEnd: number, nameStart: number, nameEnd: number): string | undefined {
  const tokens = ctx.tokens;
  if (ctx.lang !== 'en' || titleEnd !== nameStart || !/^ +$/.test(ctx.gap(nameStart - 1, nameStart))) return undefined;
  if (tokens[nameEnd]?.key !== 'of' || !/^ +$/.test(ctx.gap(nameEnd - 1, nameEnd)) || tokens[nameEnd].clause !== tokens[nameEnd - 1]!.clause) return undefined;
  const k = tokens[nameEnd + 1]?.key === 'the' ? nameEnd + 2 : nameEnd + 1;
  const organisation = organisationAt(ctx, k);
  const kind = ctx.out.organisations.find((fact) => fact.id === organisation)?.kind;
  return organisation && organisationAt(ctx, k - 1) !== organisation && !PARTY_KINDS.has(String(kind)) ? organisation : undefined;
}

/**
 * The organisation whose relative "whose" opens the title before a name: "Medecins Sans
 * Frontieres, whose director general, Christos Christou, visited Mali" (the body right before the
 * comma and "whose"). English only.
 */
function whoseOrganisation(ctx: DrawContext, start: number): string | undefined {
  const tokens = ctx.tokens;
  if (ctx.lang !== 'en' || start < 2 || tokens[start - 1]!.key !== 'whose' || !/^\s*,\s*$/.test(ctx.gap(start - 2, start - 1)) || !/^ $/.test(ctx.gap(start - 1, start))) return undefined;
  return organisationAt(ctx, start - 2);
}

/** Draws that a person holding a post of an organisation (its possessive) is a member of it. */
function drawMembership(ctx: DrawContext, member: string, organisation: string, evidence: DrawnEvidence[]): void {
  if (ctx.out.affiliations.some((fact) => fact.member === member && fact.organisation === organisation)) return;
  ctx.out.affiliations.push({ id: ctx.id(`${member}-member-of-${organisation}`), member, relation: 'member-of', organisation, evidence });
}

/** Draws the posts of the drawn people into `ctx.out.posts`. */
export function drawPosts(ctx: DrawContext): void {
  const tokens = ctx.tokens;
  ctx.people.forEach((person) => {
    const seen = new Set<string>();
    for (const span of person.spans) {
      if (span.tokenEnd - span.tokenStart < 2 && person.keys.length >= 2) continue;
      const found: ['before' | 'after', TitleMatch][] = [];
      // A name joined by و (… وأبو مهدي المهندس) takes no title from before the conjunction.
      const conjoined = ctx.lang === 'ar' && /^[وف]/.test(tokens[span.tokenStart]!.key) && 'prefix' in span && (span as { prefix: number }).prefix > 0;
      const before = conjoined ? undefined : titleBefore(ctx, span.tokenStart);
      const ends = new Map<TitleMatch, number>();
      if (before) {
        found.push(['before', before]);
        ends.set(before, 'textEnd' in before ? (before as { textEnd: number }).textEnd : span.tokenStart);
        // Titles in apposition before it: "رئيس كتلة …، الممثل السياسي …، NAME".
        let next = titleBefore(ctx, before.start);
        for (let guard = 0; next && guard < 2 && /^\s*[,،]\s*$/.test(ctx.gap(before.start - 1, before.start)); guard++) {
          found.push(['before', next]);
          ends.set(next, found.at(-2)![1].start);
          next = /^\s*[,،]\s*$/.test(ctx.gap(next.start - 1, next.start)) ? titleBefore(ctx, next.start) : undefined;
        }
      }
      // After the name: a chain of titles joined by و/and (العضو المنتدب والرئيس التنفيذي).
      let after = titleAfter(ctx, span.tokenEnd);
      for (let guard = 0; after && guard < 3; guard++) {
        found.push(['after', after]);
        let k = after.end;
        while (k < tokens.length && k - after.end < 8 && tokens[k]!.clause === tokens[after.start]!.clause && !titleAt(tokens, k)) k++;
        const next = titleAt(tokens, k);
        after = next && /^(و|and)/.test(tokens[k]!.key) && tokens[k]!.clause === tokens[after.start]!.clause ? next : undefined;
      }
      for (const [side, title] of found) {
        // The title's words: before the name, up to it; after it, to the clause's end (at most eight words).
        let end = side === 'before' ? (ends.get(title) ?? span.tokenStart) : title.end;
        if (side === 'after') while (end < tokens.length && tokens[end]!.clause === tokens[title.start]!.clause && end - title.start < 8 && ctx.personAt[end] === -1 && !(ctx.lang === 'ar' ? TITLE_ENDS_AR : TITLE_ENDS_EN).has(tokens[end]!.key) && !/\d/.test(tokens[end]!.key) && (tokens[end]!.quote === -1 || nameInGuillemets(ctx, end)) && !titleAt(tokens, end)) end++;
        // Trailing clitics cut off by a quotation mark (لـ«القابضة») are not part of the title.
        while (end > title.end && tokens[end - 1]!.key.length <= 1) end--;
        let start = title.start;
        // English: capitalised words before the head belong to the title (Home Secretary, government spokeswoman).
        if (ctx.lang === 'en' && side === 'before') {
          while (start > 0 && start > title.start - 3 && tokens[start - 1]!.clause === tokens[title.start]!.clause && ctx.personAt[start - 1] === -1 && !possessiveBefore(ctx, start) && (/^\p{Lu}/u.test(ctx.word(start - 1)) || titleModifier(tokens[start - 1]!.key, title)) && !/^(the|a|an|in|on|at|by)$/.test(tokens[start - 1]!.key)) start--;
          if (start === title.start) start = unlistedPortfolioStart(ctx, title, start);
          else start = joinedPortfolioStart(ctx, title, start);
        }
        // English, after the name: lower-case words between a possessive and the head belong to the title (the service's chief fire information officer).
        if (ctx.lang === 'en' && side === 'after') {
          let k = start;
          while (k > 0 && start - k < 3 && !possessiveBefore(ctx, k) && tokens[k - 1]!.clause === tokens[title.start]!.clause && ctx.personAt[k - 1] === -1 && /^\p{Ll}/u.test(ctx.word(k - 1)) && !/^(the|a|an|in|on|at|by|of|and|its|his|her|their)$/.test(tokens[k - 1]!.key) && !/[,،]/.test(ctx.gap(k - 1, k))) k--;
          if (k < start && possessiveBefore(ctx, k)) start = k;
          // A minister's portfolio in lower case right before the head (Y, the environment minister).
          else while (start > 0 && title.start - start < 2 && /^\p{Ll}/u.test(ctx.word(start - 1)) && titleModifier(tokens[start - 1]!.key, title) && !TITLE_MODIFIERS.has(tokens[start - 1]!.key) && /^\s+$/.test(ctx.gap(start - 1, start))) start--;
          if (start === title.start) start = unlistedPortfolioStart(ctx, title, start);
        }
        const deputy = englishDeputyAt(ctx, title);
        if (deputy >= 0) start = Math.min(start, deputy);
        const from = start === title.start && title.prefix > 0 ? ctx.analysis.norm.toOriginal(tokens[start]!.start + title.prefix, tokens[start]!.end).start : tokens[start]!.oStart;
        const closing = ctx.article[tokens[end - 1]!.oEnd] === '»' && tokens[end - 1]!.quote !== -1 ? 1 : 0;
        const text = ctx.article.slice(from, tokens[end - 1]!.oEnd + closing).trim();
        if (!text || seen.has(key(text))) continue;
        // Only roles the checker compares are drawn; others would contradict true titles it cannot read.
        if (!ROLE_FAMILY[title.entry.role] || managerOfNoTeam(ctx, title)) continue;
        seen.add(key(text));
        // Former: a word of time before the title, after its words, or inside them (المدير السابق للمستشفى).
        const former = [-2, -1, end - title.start, end - title.start + 1].some((d) => FORMER_WORDS.has(tokens[title.start + d]?.key ?? '')) || (side === 'after' && FORMER_WORDS.has(tokens[title.start - 1]?.key ?? '')) || tokens.slice(title.end, end).some((t) => FORMER_WORDS.has(t.key));
        const verb = VERB_TITLES.includes(title.entry);
        const names: { ar?: string[]; en?: string[] } = verb ? verbTitleNames(title.entry, person.fact.gender) : ctx.lang === 'ar' ? { ar: [text, ...withoutPronoun(text)], en: englishTitle(ctx, title, end) } : { en: [text.replace(/^(the|a|an|then|former|its)\s+/i, ''), ...ownedTitle(ctx, start, end)], ar: arabicTitle(ctx, title, start, end, person.fact.gender) };
        if (deputy >= 0) deputyForms(ctx, names, deputy, title, person.fact.gender);
        if (names.ar?.length === 0) delete names.ar;
        if (names.en?.length === 0) delete names.en;
        let country: string | undefined;
        let organisation: string | undefined;
        for (let k = start; k < end; k++) {
          country ??= nationalityOf(tokens[k]);
          organisation ??= organisationAt(ctx, k);
        }
        // A verb's post is of the body named after it, not of a unit inside it (who heads Devon County Council's environmental health team).
        if (verb && (!organisation || possessiveAfter(ctx, organisation, start, end))) continue;
        const owner = possessiveOrganisation(ctx, start, side);
        // A possessive pronoun (Its head of highways, «مدير عملياتها») refers to the body named just before.
        const referred = organisation || owner ? undefined : pronounOrganisation(ctx, title, start, end);
        organisation ??= owner ?? referred?.id ?? ministryOf(ctx, title, start) ?? (side === 'before' ? (bodyOfAfterName(ctx, end, span.tokenStart, span.tokenEnd) ?? whoseOrganisation(ctx, start)) : undefined);
        const fact: Record<string, unknown> = {
          id: ctx.id(`${person.fact.id}-${deputy >= 0 ? 'deputy-head' : title.entry.role}`),
          holder: person.fact.id,
          role: deputy >= 0 ? 'deputy-head' : title.entry.role,
          title: names,
          ...(organisation ? { organisation } : {}),
          ...(country ? { country } : {}),
          ...(former ? { status: 'former' } : {}),
          evidence: [ctx.evidence(tokens[Math.min(start, span.tokenStart)]!.oStart, tokens[Math.max(end, span.tokenEnd) - 1]!.oEnd)],
        };
        if (referred?.unsure) fact.review = { unsure: true, reason: 'its organisation is read from a possessive pronoun (its, ها), and the sentences before name several bodies or the post is of a unit inside one; check it' };
        else if (ctx.lang === 'ar' && title.entry.role !== 'minister') fact.review = { unsure: true, reason: 'the English forms of the title are built from a table; check them' };
        ctx.out.posts.push(fact as never);
        if (owner ?? (referred && !referred.unsure ? referred.id : undefined)) drawMembership(ctx, String(person.fact.id), (owner ?? referred?.id)!, fact.evidence as DrawnEvidence[]);
        // A player or a member of a named club or party belongs to it (لاعب نادي X, عضو حزب X).
        else if (organisation && (title.entry.role === 'player' || title.entry.role === 'member')) drawMembership(ctx, String(person.fact.id), organisation, fact.evidence as DrawnEvidence[]);
      }
    }
  });
  drawRoyalPosts(ctx);
}

/** A king's or a queen's style opening a name, and the post's titles (folded style → titles). */
const ROYAL_STYLES = new Map<string, { ar: string[]; en: string[] }>([
  [key('الملك'), { ar: ['الملك', 'العاهل'], en: ['King'] }],
  [key('الملكة'), { ar: ['الملكة', 'العاهلة'], en: ['Queen'] }],
  ['king', { ar: ['الملك', 'العاهل'], en: ['King'] }],
  ['queen', { ar: ['الملكة', 'العاهلة'], en: ['Queen'] }],
]);

/**
 * A person whose name opens with a king's or a queen's style (الملك محمد السادس, King Farouk) holds
 * the post of king, so that a draft calling them president or crown prince is compared; nothing
 * when a title already gave them that post.
 */
function drawRoyalPosts(ctx: DrawContext): void {
  for (const person of ctx.people) {
    const span = person.spans.find((s) => s.tokenEnd - s.tokenStart >= 2);
    const style = span ? ROYAL_STYLES.get(ctx.tokens[span.tokenStart]!.key) : undefined;
    const holder = String(person.fact.id);
    if (!span || !style || ctx.out.posts.some((post) => post.holder === holder && post.role === 'king')) continue;
    ctx.out.posts.push({ id: ctx.id(`${holder}-king`), holder, role: 'king', title: style, evidence: [ctx.evidence(ctx.tokens[span.tokenStart]!.oStart, ctx.tokens[span.tokenEnd - 1]!.oEnd)] });
  }
}
