/**
 * The forms of a drawn post's title in both languages: English forms of an Arabic title (head,
 * portfolio, nationality, the country's possessive), Arabic forms of an English one from the
 * bilingual title table, a deputy's forms, the title with its owner's possessive, a verb's title,
 * and an Arabic title without its pronoun ها.
 */
import { nationalityOf } from '../titles';
import { COUNTRY_PLACE, NATIONALITIES, NATION_ADJECTIVES, PORTFOLIOS, ROLE_FAMILY } from '../lexicon/words';
import type { DrawContext } from './context';
import { PORTFOLIO_ADJECTIVES_ARABIC, PORTFOLIOS_ARABIC, PORTFOLIOS_DRAW, TITLE_SCOPES_ARABIC, portfolioAfterOf, type TitleEntry } from './lexicon';
import { key, stemsOf, type TitleMatch } from './words';
import { arabicDeputyWord, possessiveBefore } from './postExtent';

const PORTFOLIO_BY_KEY = new Map<string, string>();
for (const [name, forms] of Object.entries(PORTFOLIOS)) for (const form of forms) if (/^ال/.test(form)) PORTFOLIO_BY_KEY.set(key(form), name);
for (const [arabic, english] of Object.entries(PORTFOLIOS_DRAW)) PORTFOLIO_BY_KEY.set(key(arabic), english);

/**
 * The forms of a deputy's title drawn from an English article: the Arabic forms of the head behind
 * نائب or نائبة, and in English the deputy's word with the head alone when other words stand
 * between (the deputy transportation commissioner is also a deputy commissioner).
 */
export function deputyForms(ctx: DrawContext, names: { ar?: string[]; en?: string[] }, deputy: number, title: TitleMatch, gender: unknown): void {
  // An Arabic article's title holds its deputy's word already (نائب الرئيس التنفيذي): the English forms take theirs.
  if (ctx.lang === 'ar') {
    if (names.en) names.en = names.en.map((form) => `${arabicDeputyWord(ctx, deputy)} ${form}`);
    return;
  }
  if (names.ar) names.ar = names.ar.map((form) => `${gender === 'f' ? 'نائبة' : 'نائب'} ${form}`);
  if (deputy < title.start - 1 && names.en) names.en.push(`${ctx.word(deputy).toLowerCase()} ${ctx.text(title.start, title.end).toLowerCase()}`);
}

const capitalise = (s: string) => s.replace(/(^|\s)([a-z])/g, (_, space: string, c: string) => space + c.toUpperCase());

/**
 * Whether the word after an Arabic minister's title is a portfolio the table does not know (وزير
 * التجهيز, وزير الشؤون …): a definite word that is no nationality, or a known portfolio followed by
 * an unknown one joined by و.
 */
function unknownPortfolio(ctx: DrawContext, title: TitleMatch, endToken: number): boolean {
  const word = ctx.tokens[title.end];
  if (title.end >= endToken || !word || nationalityOf(word) || stemsOf(word).some((stem) => PORTFOLIO_BY_KEY.has(stem))) return false;
  if (/^ال/.test(word.key)) return true;
  // An indefinite noun in construct with a definite word after it is a portfolio too (وزير شؤون
  // المرأة, وزير قطاع الأعمال العام).
  const next = ctx.tokens[title.end + 1];
  return title.end + 1 < endToken && !!next && next.sentence === word.sentence && /^ال/.test(next.key) && !nationalityOf(next);
}

/** English forms of an Arabic title: head, portfolio and nationality. */
export function englishTitle(ctx: DrawContext, title: TitleMatch, endToken: number): string[] {
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
export function arabicTitle(ctx: DrawContext, title: TitleMatch, start: number, end: number, gender: unknown): string[] {
  return withScope(ctx, start, title.start, unscopedArabicTitle(ctx, title, start, end, gender));
}

/** {@link arabicTitle} without the title's scope words. */
function unscopedArabicTitle(ctx: DrawContext, title: TitleMatch, start: number, end: number, gender: unknown): string[] {
  // A secretary of a portfolio (the health secretary) is the portfolio's minister in Arabic (وزير الصحة).
  if (ROLE_FAMILY[title.entry.role] !== 'minister' || title.entry.arabic) {
    const forms = title.entry.arabic;
    if (!forms) return [];
    return gender === 'f' ? [...forms.f, ...forms.m] : [...forms.m, ...forms.f];
  }
  // A joined portfolio (Forests and Environment Minister) is named whole: وزير الغابات والبيئة.
  const portfolios: string[] = [];
  for (let k = start; k < end; k++) {
    const found = PORTFOLIOS_ARABIC.get(ctx.tokens[k]!.key);
    if (found && !portfolios.includes(found)) portfolios.push(withAdjective(found, k > start && Object.hasOwn(PORTFOLIO_ADJECTIVES_ARABIC, ctx.tokens[k - 1]!.key) ? PORTFOLIO_ADJECTIVES_ARABIC[ctx.tokens[k - 1]!.key] : undefined) ?? '');
  }
  // An adjective whose agreement with its portfolio is not sure (public works: الأشغال العامة) gives no form rather than a wrong one.
  if (portfolios.includes('')) return [];
  if (portfolios.length === 0) return [];
  const portfolio = [portfolios[0], ...portfolios.slice(1).map((word) => `و${word}`)].join(' ');
  return gender === 'f' ? [`وزيرة ${portfolio}`, `وزير ${portfolio}`] : [`وزير ${portfolio}`, `وزيرة ${portfolio}`];
}

/**
 * An Arabic portfolio with the adjective its English form has before it (public health → الصحة
 * العامة), when the portfolio's ة shows its gender; the portfolio alone when there is no adjective,
 * undefined when the adjective cannot be made to agree surely (a broken plural, الأشغال).
 */
function withAdjective(portfolio: string, adjective: { m: string; f: string } | undefined): string | undefined {
  if (!adjective) return portfolio;
  return /ة$/.test(portfolio) ? `${portfolio} ${adjective.f}` : undefined;
}

/**
 * The Arabic forms with the scope word an English title has before its head (Regional Labour
 * Minister → وزير العمل الإقليمي, Acting Transport Minister → وزير النقل بالإنابة) first, each
 * agreeing with its form's gender, then the forms without it: an Arabic draft writes either. An
 * adjective with the article agrees with a definite title only (رئيسة البلدية التنفيذية), so an
 * indefinite form (عمدة, مدير) gets no such scope rather than a wrong one («عمدة التنفيذية»).
 */
function withScope(ctx: DrawContext, start: number, head: number, forms: string[]): string[] {
  let scope: { m: string; f: string } | undefined;
  for (let k = start; k < head && !scope; k++) scope = TITLE_SCOPES_ARABIC[ctx.tokens[k]!.key];
  if (!scope) return forms;
  const definite = scope.m.startsWith('ال');
  const scoped = forms.filter((form) => !definite || /(?:^|\s)ال\S/.test(form)).map((form) => `${form} ${/^(?:\S+ة)(?:\s|$)/.test(form) ? scope.f : scope.m}`);
  return [...scoped, ...forms];
}

/**
 * The English adjective of each country and nation by its one-word name, folded (scotland →
 * scottish, uk → british, jordan → jordanian): the nationalities' first form longer than three
 * letters, and the adjectives of the nations of the United Kingdom.
 */
const OWNER_ADJECTIVES = new Map<string, string>();
for (const [country, place] of Object.entries(COUNTRY_PLACE)) {
  const adjective = NATIONALITIES[country]?.en.find((form) => form.length > 3);
  if (adjective && !place.includes('-')) OWNER_ADJECTIVES.set(place, adjective);
}
for (const [nation, adjective] of Object.entries(NATION_ADJECTIVES)) OWNER_ADJECTIVES.set(nation, adjective.en[0]!);

/**
 * The title with the capitalised owner of its possessive before it (British Columbia's Minister of
 * Forests), as a variant: the canonical title leaves the owner out, so that a message reads "the
 * Minister of Forests", but a draft that writes it in full names the same post; an owner that is a
 * country or a nation also with its adjective before the title (the Scottish First Minister).
 */
export function ownedTitle(ctx: DrawContext, start: number, end: number): string[] {
  if (!possessiveBefore(ctx, start)) return [];
  let from = start - 1;
  while (from > 0 && start - from < 4 && /^\p{Lu}/u.test(ctx.word(from - 1)) && /^\s+$/.test(ctx.gap(from - 1, from)) && ctx.personAt[from - 1] === -1) from--;
  if (!/^\p{Lu}/u.test(ctx.word(from))) return [];
  const owned = ctx.article.slice(ctx.tokens[from]!.oStart, ctx.tokens[end - 1]!.oEnd);
  // A country or a nation owning the title is also written as its adjective (Scotland's First Minister, the Scottish First Minister).
  const adjective = from === start - 1 ? OWNER_ADJECTIVES.get(ctx.tokens[from]!.key) : undefined;
  return adjective ? [owned, `${capitalise(adjective)} ${ctx.article.slice(ctx.tokens[start]!.oStart, ctx.tokens[end - 1]!.oEnd)}`] : [owned];
}

/** The titles of a post named by a verb (who chairs X: chair, chairman; «رئيس»), a woman's Arabic form first for a woman. */
export function verbTitleNames(entry: TitleEntry, gender: unknown): { ar?: string[]; en?: string[] } {
  const arabic = entry.arabic ? (gender === 'f' ? [...entry.arabic.f, ...entry.arabic.m] : [...entry.arabic.m, ...entry.arabic.f]) : [];
  return arabic.length > 0 ? { en: entry.english, ar: arabic } : { en: entry.english };
}

/**
 * An Arabic title's forms without its possessive pronoun ها, as a draft naming the body writes it:
 * «مدير عملياتها» → «مدير العمليات», «مدير عمليات» (مدير عمليات الشركة); «رئيسها التنفيذي» →
 * «الرئيس التنفيذي»; «رئيس مجلس إدارتها» → «رئيس مجلس الإدارة», «رئيس مجلس إدارة».
 */
export function withoutPronoun(text: string): string[] {
  const words = text.split(/\s+/);
  const at = words.findIndex((word) => /^[^\s]{3,}ها$/.test(word));
  if (at < 0) return [];
  // A feminine noun takes ت before the pronoun (إدارتها, لجنتها): without it the noun ends in ة
  // again (الإدارة); a plural's ات keeps its ت (مديرياتها → المديريات).
  const bare = words[at]!.slice(0, -2).replace(/^[وف]/, '').replace(/([^ا])ت$/, '$1ة');
  const forms = [[...words.slice(0, at), `ال${bare}`, ...words.slice(at + 1)].join(' ')];
  if (at > 0) forms.push([...words.slice(0, at), bare, ...words.slice(at + 1)].join(' '));
  return forms;
}
