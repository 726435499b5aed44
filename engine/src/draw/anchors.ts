/**
 * The story's own words for story detection (`scope.anchors`): proper names the article uses that
 * the drawn facts do not already hold (or hold only as a gazetteer town's bare name, القنيطرة for
 * القنيطرة المغربية) and that many stories do not share: the Dalmarnock
 * footbridge, the contractor Balfour Beatty, the سد «تامري». A draft that names two of them (or one
 * beside a person or a figure of the story) is about the story even when it names none of its
 * people. They are written to the file, where the editor reviews them like any fact.
 *
 * English: a capitalised word that the article never writes in lower case (so not a common word
 * set in a headline or at a sentence's start), that is no title, month, weekday, given name,
 * nationality or institution word, and that no lexicon (gazetteer, organisations) knows. Arabic:
 * a name of one or two words in quotation marks after the noun of a structure or a site (سد،
 * جسر، مطار، مستشفى …), and a site's name of one word after its noun (معبر العمري, مخيم
 * الصفيان: `lexicon/sites.ts`), which story detection also finds in English drafts ("the
 * al-Omari crossing") by its consonants and the English noun of the site.
 */
import type { Token } from '../analysis';
import type { DrawContext } from './context';
import { GENERIC_WORDS } from '../scope/words';
import { MONTH_NAMES, WEEKDAYS } from '../lexicon/months';
import { FEMININE_GIVEN_NAMES, MASCULINE_GIVEN_NAMES } from '../lexicon/givenNames';
import { EN_TITLES } from './lexicon';
import { PARTY_SIDES } from '../lexicon/parties';
import { TITLE_HEADS } from '../lexicon/words';
import { ACADEMIC_TITLES, HONORIFICS, NAME_HONORIFICS } from '../lexicon/honorifics';
import { key } from './words';
import { AREA_SERVICES, servicesIn } from '../lexicon/services';
import { SITE_NOUNS } from '../lexicon/sites';

/** The most anchors drawn: the story's most repeated own words. */
const MAX_ANCHORS = 8;

/** The shortest anchor, in letters. */
const MIN_LETTERS = 4;

/** Nouns of structures and sites an Arabic article names in quotation marks (سد «تامري»). */
const AR_SITE_HEADS = new Set(
  'سد جسر مطار ميناء مرفأ مستشفى ملعب مصنع محطة منجم حقل مشروع طريق نفق سفينة باخرة قطار مخيم معبر مهرجان معرض متحف منتجع برج مجمع فندق قاعة مسرح'
    .split(' ')
    .map(key),
);

/** Words that are never a story's own: calendar words, title words and honorifics (of the lexicon), common given names, institution words. */
const NOT_ANCHORS: ReadonlySet<string> = new Set([
  ...GENERIC_WORDS,
  ...MONTH_NAMES.flat().map(key),
  ...WEEKDAYS.flatMap((day) => day.names).map(key),
  ...`${FEMININE_GIVEN_NAMES} ${MASCULINE_GIVEN_NAMES}`.split(/\s+/).filter(Boolean).map(key),
  ...EN_TITLES.flatMap((title) => [...(title.en ?? []), ...title.english]).flatMap((words) => words.split(/\s+/)).map(key),
  ...TITLE_HEADS.filter((head) => head.lang === 'en').flatMap((head) => head.words),
  ...HONORIFICS,
  ...NAME_HONORIFICS,
  ...ACADEMIC_TITLES,
]);

/** Words of party names (Labour, Conservatives): the parties of a country are in many stories. */
const PARTY_WORDS: ReadonlySet<string> = new Set(PARTY_SIDES.flat().flatMap((name) => name.split(/\s+/)).map(key));

/**
 * Draws the article's own proper words as `scope.anchors`: the bare names of towns the gazetteer
 * knows only with their country's adjective (`adjectiveTwins.ts`) first, then the most repeated.
 */
export function drawAnchors(ctx: DrawContext): string[] {
  const counts = ctx.lang === 'en' ? englishCandidates(ctx) : arabicCandidates(ctx);
  const bare = ctx.bareTwinNames.slice(0, MAX_ANCHORS);
  const bareKeys = new Set(bare.map(key));
  const ranked = [...counts.entries()]
    .filter(([wordKey]) => !bareKeys.has(wordKey))
    .sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)
    .map(([, candidate]) => candidate.word);
  return [...bare, ...ranked].slice(0, MAX_ANCHORS);
}

type Candidates = Map<string, { word: string; count: number; first: number }>;

/** Whether a token already names a drawn fact or a lexicon entry. */
function named(ctx: DrawContext, index: number): boolean {
  return ctx.personAt[index]! >= 0 || ctx.orgAt.has(index) || ctx.placeAt.has(index) || ctx.lexiconMentionAt(index) !== undefined;
}

/** Demonyms and language names (Scottish, Congolese, African, Welsh): many stories share them. */
const DEMONYM = /(?:ish|ese|ian|ean|ican|ern|ch)$/;

/**
 * Runs of capitalised English words the article never writes in lower case, counted: a run
 * (Gwalia Enterprise Park) is one anchor, and it needs a word no list above holds.
 */
function englishCandidates(ctx: DrawContext): Candidates {
  const tokens = ctx.tokens;
  const lower = new Set<string>();
  const capitalisedInside = new Set<string>();
  for (const token of tokens) {
    if (token.script !== 'latin') continue;
    if (/^\p{Ll}/u.test(ctx.word(token.index))) lower.add(token.key);
    else if (!startsClause(ctx, token)) capitalisedInside.add(token.key);
  }
  const proper = (token: Token | undefined): boolean =>
    !!token && token.script === 'latin' && /^\p{Lu}/u.test(ctx.word(token.index)) && !lower.has(token.key) && !named(ctx, token.index);
  const own = (token: Token): boolean =>
    token.key.length >= MIN_LETTERS && capitalisedInside.has(token.key) && !NOT_ANCHORS.has(token.key) && !PARTY_WORDS.has(token.key) && !DEMONYM.test(token.key);
  const out: Candidates = new Map();
  const services = areaServiceWords(ctx);
  for (let i = 0; i < tokens.length; i++) {
    if (!proper(tokens[i]) || services.has(i)) continue;
    let end = i + 1;
    while (end < tokens.length && tokens[end]!.sentence === tokens[i]!.sentence && proper(tokens[end]) && /^[ \t-]*$/.test(ctx.gap(end - 1, end))) end++;
    // The run loses its calendar, title and institution words at either end (Friday, Council).
    let a = i;
    let b = end;
    while (a < b && !own(tokens[a]!)) a++;
    while (b > a && !own(tokens[b - 1]!)) b--;
    if (a < b) {
      const words = ctx.text(a, b).replace(/['’]s$/, '');
      count(out, tokens.slice(a, b).map((token) => token.key).join(' '), words, a);
    }
    i = end - 1;
  }
  return out;
}

/** Lower-case words that join the parts of one English name (Fire and Rescue, Bank of England). */
const NAME_JOINERS: ReadonlySet<string> = new Set(['and', 'of', 'for']);

/**
 * The tokens of the article's names of public services named after the area they serve (North
 * Elmshire Police, South Yorkshire Fire and Rescue): runs of capitalised words, joined by "and",
 * "of" or "for", that name a police, fire, ambulance or coastguard service. Their words are that
 * area's name and the service's own words, which every story of the area writes.
 */
function areaServiceWords(ctx: DrawContext): Set<number> {
  const tokens = ctx.tokens;
  const out = new Set<number>();
  const capital = (k: number) => tokens[k]!.script === 'latin' && /^\p{Lu}/u.test(ctx.word(k));
  for (let i = 0; i < tokens.length; i++) {
    if (!capital(i)) continue;
    let end = i + 1;
    while (end < tokens.length && tokens[end]!.sentence === tokens[i]!.sentence && /^[ \t-]*$/.test(ctx.gap(end - 1, end))) {
      if (capital(end)) end++;
      else if (NAME_JOINERS.has(tokens[end]!.key) && end + 1 < tokens.length && capital(end + 1) && /^[ \t]*$/.test(ctx.gap(end, end + 1))) end += 2;
      else break;
    }
    const keys = tokens.slice(i, end).map((token) => token.key);
    const named = servicesIn(keys.length, (k) => [keys[k]!]);
    if ([...named].some((service) => AREA_SERVICES.has(service))) for (let k = i; k < end; k++) out.add(k);
    i = end - 1;
  }
  return out;
}

/** Names of one or two words in quotation marks right after the noun of a structure or a site. */
function arabicCandidates(ctx: DrawContext): Candidates {
  const tokens = ctx.tokens;
  const out: Candidates = new Map();
  for (const quotation of ctx.analysis.quotations) {
    const length = quotation.tokenEnd - quotation.tokenStart;
    const head = tokens[quotation.tokenStart - 1];
    if (length < 1 || length > 2 || !head || head.sentence !== tokens[quotation.tokenStart]!.sentence || !AR_SITE_HEADS.has(head.key)) continue;
    if (named(ctx, quotation.tokenStart)) continue;
    const name = ctx.text(quotation.tokenStart, quotation.tokenEnd);
    const nameKey = key(name);
    if (nameKey.replace(/\s+/g, '').length < MIN_LETTERS - 1 || NOT_ANCHORS.has(nameKey)) continue;
    count(out, nameKey, name, quotation.tokenStart);
  }
  for (const site of arabicSiteNames(ctx)) {
    // The site noun is written without its clitics (ومخيم → مخيم), as a name is.
    const noun = ctx.word(site.start);
    const clitics = tokens[site.start]!.key.length - bareArabic(tokens[site.start]!.key).length;
    const name = `${dropLetters(noun, clitics)}${ctx.text(site.start, site.end).slice(noun.length)}`;
    count(out, key(name), name, site.start);
  }
  return out;
}

/** Arabic diacritics and the tatweel, which a written word carries and its folded key does not. */
const MARKS = /[\u064B-\u065F\u0670\u0640]/u;

/** `word` without its first `count` letters and the marks on them (ومخيّم → مخيّم), as its folded key counts them. */
function dropLetters(word: string, count: number): string {
  let at = 0;
  for (let letters = 0; at < word.length && letters < count; at++) if (!MARKS.test(word[at]!)) letters++;
  while (at < word.length && MARKS.test(word[at]!)) at++;
  return word.slice(at);
}

/** A folded Arabic word without its clitics and article (بمخيم → مخيم, والعمري → عمري). */
function bareArabic(word: string): string {
  return word.replace(/^(?:[وف]?[بلك]?(?:ال)|[وف]?لل|[وف]?[بل]|[وف])(?=\p{L}{3})/u, '');
}

/**
 * How many times the article must write a site's name without the article (مخيم خانكي) after a
 * site noun: once may be a common noun or an adjective (مخيم مؤقت, مستشفى ميداني), which a name
 * repeated through the story is not.
 */
const MIN_BARE_SITE_NAMES = 2;

/**
 * Sites that the article names by a site noun and a name of one word with the article (معبر
 * العمري, مركز حدود العمري, مخيم الصفيان, حقل الشرارة), or without it when the article names the
 * site so at least {@link MIN_BARE_SITE_NAMES} times (مخيم خانكي), as tokens [start, end) from
 * the noun. The name must be no common word: no other name, lexicon entry, ordinary word of the
 * tables above or complement with ل (مخيم للنازحين), and the article writes it nowhere but after
 * a site noun (محطة القطار is no site's name when the article speaks of «القطار» again).
 */
function arabicSiteNames(ctx: DrawContext): { start: number; end: number }[] {
  const { found, afterSite } = siteNameCandidates(ctx);
  const tokens = ctx.tokens;
  const elsewhere = new Set<string>();
  for (const token of tokens) if (token.script === 'ar' && !afterSite.has(token.index)) elsewhere.add(bareArabic(token.key));
  const bare = new Map<string, number>();
  for (const site of found) if (!site.article) bare.set(site.name, (bare.get(site.name) ?? 0) + 1);
  return found.filter((site) => (site.article || (bare.get(site.name) ?? 0) >= MIN_BARE_SITE_NAMES) && !elsewhere.has(site.name) && !NOT_ANCHORS.has(site.name));
}

/**
 * Each site noun followed by a word that may be its name, with the name (without its article) and
 * whether it had the article; and the tokens right after a site noun, names or not.
 */
function siteNameCandidates(ctx: DrawContext): { found: { start: number; end: number; name: string; article: boolean }[]; afterSite: Set<number> } {
  const tokens = ctx.tokens;
  const found: { start: number; end: number; name: string; article: boolean }[] = [];
  const afterSite = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.script !== 'ar' || token.quote !== -1) continue;
    const nouns = SITE_NOUNS.get(bareArabic(token.key)) ?? [];
    for (const noun of nouns) {
      const name = i + noun.words.length;
      const wordsMatch = noun.words.every((word, j) => j === 0 || tokens[i + j]?.key === word);
      const candidate = tokens[name];
      if (!wordsMatch || !candidate || candidate.sentence !== token.sentence || candidate.script !== 'ar' || !/^\s+$/.test(ctx.gap(name - 1, name))) continue;
      afterSite.add(name);
      const article = candidate.key.startsWith('ال');
      const short = article ? candidate.key.length < 5 : candidate.key.length < MIN_LETTERS || candidate.key.startsWith('ل');
      if (short || named(ctx, name) || NOT_ANCHORS.has(candidate.key)) continue;
      found.push({ start: i, end: name + 1, name: bareArabic(candidate.key), article });
    }
  }
  return { found, afterSite };
}

/** Whether a token opens its sentence, or a quotation, a list item or a clause after a colon or a dash: a capital there says nothing. */
function startsClause(ctx: DrawContext, token: Token): boolean {
  const previous = ctx.tokens[token.index - 1];
  return !previous || previous.sentence !== token.sentence || /[.!?:"“‘'(\u2013\u2014]|\s-\s/.test(ctx.gap(previous.index, token.index));
}

function count(out: Candidates, wordKey: string, word: string, index: number): void {
  const known = out.get(wordKey);
  if (known) known.count++;
  else out.set(wordKey, { word, count: 1, first: index });
}
