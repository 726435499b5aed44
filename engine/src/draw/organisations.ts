/**
 * Organisations: those of the reference list the article names (with the list's id and names),
 * Arabic names led by a kind noun (شركة، وزارة، هيئة، وكالة، المعهد، منظمة …) and English
 * capitalised names holding one (Supreme Court, Court of Appeal, Labour Party), each with its kind
 * and, when the article gives one in brackets, its Latin name or acronym (ADQ, UNHCR).
 */
import type { DrawContext, DrawnFact } from './context';
import { AR_ORG_HEADS, EN_COMPANY_TAILS, EN_NAME_OPENING_POSSESSIVES, EN_ORG_HEADS, PORTFOLIOS_ARABIC, PORTFOLIOS_DRAW, QUOTED_ORG_HEADS, WEEKDAYS, portfolioAfterOf } from './lexicon';
import { TIE_CUES } from '../lexicon/ties';
import { MONTH_NAMES } from '../lexicon/months';
import { NATIONALITIES } from '../lexicon/words';
import { descriptorAt, givenNameGender, key, stemsOf, titleAt } from './words';
import { ACADEMIC_TITLES, HONORIFICS, NAME_HONORIFICS } from '../lexicon/honorifics';
import { KNOWN_GIVEN_NAMES } from '../lexicon/givenNames';
import { datelinePlaceSpan } from './places';
import { AR_STOP } from '../lexicon/functionWords';
import { nationalityOf } from '../titles';
import { nameKeys, tokenStems } from '../knowledge';
import type { Mention } from '../mentions';
import { drawQuotedOrganisations, drawQuotedShortNames } from './quotedNames';
import { englishNamesByRule } from './organisationNames';
import { arabicNamesByRule } from './arabicOrganisationNames';
import { arabicBodiesByApposition, bodiesAfterSeat, bodiesByApposition } from './appositionBodies';
import { arabicNameForms } from '../lexicon/foreignNames';

const NAME_OPENING_POSSESSIVES = new Set(EN_NAME_OPENING_POSSESSIVES.map(key));
const AR_HEADS = new Map(AR_ORG_HEADS.map((head) => [key(head.ar), head]));

/** Records an organisation over a token range, merging with one of the same name. */
function add(ctx: DrawContext, byName: Map<string, DrawnFact>, start: number, end: number, fact: Omit<DrawnFact, 'id' | 'evidence'> & { id?: string }, written?: string): void {
  const name = key(written ?? ctx.text(start, end));
  const evidence = ctx.tokenEvidence(start, end);
  // The name with its nationality and without it (شركة ألستوم الفرنسية, then شركة ألستوم) is one body.
  const bare = withoutNationality(name);
  const known = byName.get(name) ?? byName.get(bare) ?? [...byName.entries()].find(([other]) => withoutNationality(other) === name)?.[1];
  if (known && !byName.has(name)) {
    // The other form is a name of the body too (UK Supreme Court, Supreme Court).
    const text = written ?? ctx.text(start, end);
    const names = known.names as { ar?: string[]; en?: string[] };
    const side = ctx.tokens[start]!.script === 'latin' ? 'en' : 'ar';
    if (!(names[side] ?? []).includes(text)) names[side] = [...(names[side] ?? []), text];
    byName.set(name, known);
  }
  if (known) {
    if (known.evidence.length < 2 && !known.evidence.some((e) => e.start === evidence.start)) known.evidence.push(evidence);
    for (let k = start; k < end; k++) ctx.orgAt.set(k, known.id);
    return;
  }
  const id = fact.id ?? ctx.id(`org-${name.length}-${start}`);
  const drawn = { ...fact, id, evidence: [evidence] } as DrawnFact;
  byName.set(name, drawn);
  for (let k = start; k < end; k++) ctx.orgAt.set(k, id);
  ctx.out.organisations.push(drawn);
}

/** Adjectives a club's or a body's name may drop (نادي الساحل الرياضي, نادي الساحل), folded. */
const DROPPED_ADJECTIVES = new Set(['الرياضي', 'الرياضيه', 'الثقافي', 'الاجتماعي'].map(key));

/**
 * A folded name without a nationality (شركة الستوم الفرنسيه → شركة الستوم; UK Supreme Court →
 * Supreme Court) or an adjective a name may drop (نادي الساحل الرياضي → نادي الساحل).
 */
function withoutNationality(name: string): string {
  const words = name.split(' ');
  // An English name opens with its nationality (UK Supreme Court → Supreme Court).
  if (words.length > 2 && /^[a-z]/.test(name) && nationalityOf({ key: words[0]! } as never)) return words.slice(1).join(' ');
  return words.length > 2 && (nationalityOf({ key: words.at(-1)! } as never) || DROPPED_ADJECTIVES.has(words.at(-1)!)) ? words.slice(0, -1).join(' ') : name;
}

/** A sport after ل in construct with a definite word, which ends a federation's name (الاتحاد المصري لكرة القدم). */
const SPORT_NOUNS = new Set(['كره', 'العاب', 'الالعاب', 'سباحه', 'ملاكمه', 'دراجات', 'تنس', 'مصارعه', 'جودو'].map(key));

/** Whether token `k` opens a sport complement: لكرة القدم, لألعاب القوى. */
function sportComplement(ctx: DrawContext, k: number): boolean {
  const token = ctx.tokens[k]!;
  return /^لل?/.test(token.key) && SPORT_NOUNS.has(token.key.replace(/^ل/, '')) && token.clause === ctx.tokens[k - 1]?.clause;
}

/** The Latin name in brackets right after a token range: "… (ADQ)". */
function latinAfter(ctx: DrawContext, end: number): string | undefined {
  const from = ctx.tokens[end - 1]!.oEnd;
  const match = /^\s*(?:«[^»]{1,40}»\s*)?\(([A-Za-z][A-Za-z .&'-]{1,60})\)/.exec(ctx.article.slice(from, from + 120));
  return match?.[1]?.trim();
}

/**
 * The Arabic acronym in brackets right after a body's name (حزب التجديد الوطني (تجديد)): one word
 * of Arabic letters, written with the body's kind noun (حزب تجديد), as writers name the body by it.
 * Alone such a word is often a common noun (تجديد, renewal), so the kind noun stays with it. Not a
 * known place or a nationality (a seat or a country in brackets).
 */
function arabicAcronymAfter(ctx: DrawContext, end: number, head: string): string | undefined {
  const from = ctx.tokens[end - 1]!.oEnd;
  const match = /^\s*\(([\u0621-\u064a]{3,12})\)/.exec(ctx.article.slice(from, from + 20));
  if (!match) return undefined;
  const token = ctx.tokens[end];
  if (!token || ctx.lexiconMentionAt(end) || nationalityOf(token) || /^ال/.test(token.key)) return undefined;
  return `${head.replace(/^ال/, '')} ${match[1]}`;
}

/** Relative adjectives that end a name (الجامعة العامة للتعليم الثانوي التابعة للاتحاد …): what follows is another body. */
const RELATIVE_ADJECTIVES = new Set(['التابعة', 'التابع', 'التابعين', 'المنضوية', 'المنضوي', 'المنتمية', 'المنتمي', 'الموالية', 'الموالي', 'المنبثقة', 'المنبثق'].map(key));

/** The Arabic name of the organisation over tokens [start, end), its head's clitics left out; للاتحاد is الاتحاد. */
function nameFrom(ctx: DrawContext, start: number, end: number): string {
  const tokens = ctx.tokens;
  const stem = tokenStems(tokens[start]!).find((s) => AR_HEADS.has(s.stem) || s.stem === JAMIA);
  // A definite head behind ل (للشركة الوطنية …) keeps its article: the name is الشركة الوطنية ….
  const definiteBehindLam = !stem && /^[وف]?لل/.test(tokens[start]!.key);
  const prefix = stem?.prefix ?? (/^[وف]ال/.test(tokens[start]!.key) ? 1 : definiteBehindLam ? tokens[start]!.key.indexOf('لل') + 1 : 0);
  const from = ctx.analysis.norm.toOriginal(tokens[start]!.start + prefix, tokens[start]!.end).start;
  const name = ctx.article.slice(from, tokens[end - 1]!.oEnd);
  // ل + ال is written لل: the stem's article lost its alif (للاتحاد → لاتحاد).
  return (definiteBehindLam || (/^لل/.test(tokens[start]!.key) && stem?.stem.startsWith('ال'))) && !name.startsWith('ال') ? `ا${name}` : name;
}

/**
 * Words of a date, which end a name (وأعلنت الجامعة الخميس الماضي أنها …: the federation, then
 * last Thursday): weekdays, months and the words that make a day or month relative.
 */
const DATE_WORDS = new Set([...Object.keys(WEEKDAYS), ...MONTH_NAMES.flat(), 'الماضي', 'الماضية', 'المقبل', 'المقبلة', 'القادم', 'الجاري', 'الحالي', 'اليوم', 'أمس'].flatMap((word) => nameKeys(word)));

/** يوم (day), folded, which opens the time of the verb after its subject (يوم السبت). */
const DAY = key('يوم');

/** الجامعة, folded: a university, or a federation (see {@link headAt}). */
const JAMIA = key('الجامعة');

/**
 * The kind noun at token `i`. الجامعة (the university) heads a federation or union when an
 * adjective and a complement with ل follow it, as North African federations are named (الجامعة
 * العامة للتعليم الثانوي, الجامعة الملكية المغربية لكرة القدم).
 */
function headAt(ctx: DrawContext, i: number): (typeof AR_ORG_HEADS)[number] | undefined {
  const stems = stemsOf(ctx.tokens[i]);
  if (stems.includes(JAMIA)) {
    const tokens = ctx.tokens;
    for (let k = i + 1; k < tokens.length && k - i <= 3 && tokens[k]!.clause === tokens[i]!.clause; k++) {
      if (/^(لل|ل)/.test(tokens[k]!.key) && k > i + 1) return { ar: 'الجامعة', kind: 'union', en: 'Federation' };
      if (!/^ال/.test(tokens[k]!.key)) break;
    }
    return { ar: 'الجامعة', kind: 'university', en: 'University' };
  }
  return stems.map((stem) => AR_HEADS.get(stem)).find(Boolean) ?? definiteHead(ctx, i) ?? tiedHead(ctx, i);
}

/** Kind nouns of movements and fronts (حركة, جبهة, تيار), which head a name without guillemets only after a word of belonging. */
const TIED_HEADS = new Map(QUOTED_ORG_HEADS.filter((head) => ['movement', 'alliance', 'faction', 'bloc'].includes(head.kind)).map((head) => [key(head.ar), head]));
TIED_HEADS.set(key('جبهة'), { ar: 'جبهة', kind: 'movement', en: 'Front' });

/**
 * A movement's or a front's kind noun right after words that tie a person to a body («عضو حركة
 * مجتمع السلم», «المنتمي إلى تيار المستقبل», «القيادي في جبهة …», «المنتمي إلى الحركة الدستورية
 * الإسلامية»): the head of its name there,
 * though حركة or تيار alone is also a common noun (حركة المرور, تيار كهربائي).
 */
function tiedHead(ctx: DrawContext, i: number): (typeof AR_ORG_HEADS)[number] | undefined {
  // The kind noun with the article opens a name only before its adjectives (المنتمي إلى الحركة الدستورية الإسلامية).
  const next = ctx.tokens[i + 1];
  const adjectived = !!next && next.clause === ctx.tokens[i]!.clause && /^ال/.test(next.key);
  const head = stemsOf(ctx.tokens[i]).map((stem) => TIED_HEADS.get(stem) ?? (adjectived ? TIED_HEADS.get(stem.replace(/^ال/, '')) : undefined)).find(Boolean);
  if (!head) return undefined;
  const tied = TIE_CUES.some((cue) => cue.only === undefined && cue.words.length <= i && cue.words.every((word, j) => ctx.tokens[i - cue.words.length + j]!.key === word && ctx.tokens[i - cue.words.length + j]!.clause === ctx.tokens[i]!.clause));
  return tied ? head : undefined;
}

/**
 * Adjectives that name bodies after a definite kind noun, folded: feminine after a feminine head
 * (الشركة الوطنية للبترول, الهيئة العامة للاستثمار), masculine after a masculine one (الصندوق
 * العربي للإنماء الاقتصادي والاجتماعي, المكتب الوطني للكهرباء).
 */
const NAME_ADJECTIVES = new Set(
  [
    ...['العامة', 'الوطنية', 'القابضة', 'الدولية', 'العربية', 'الأهلية', 'الملكية', 'المتحدة', 'الاتحادية', 'المركزية', 'العليا'],
    ...['العام', 'الوطني', 'الدولي', 'العربي', 'الأهلي', 'الملكي', 'الاتحادي', 'المركزي', 'الأعلى'],
  ].map(key),
);

/** Whether the kind noun at token `i` is read by {@link definiteHead} (written with its article, listed without it). */
function headsDefinite(ctx: DrawContext, i: number): boolean {
  return !stemsOf(ctx.tokens[i]).some((stem) => AR_HEADS.has(stem) || stem === JAMIA) && definiteHead(ctx, i) !== undefined;
}

/**
 * The indefinite forms of a name led by a definite kind noun (الشركة المصرية للنقل النهري): the
 * head without its article, the complement with ال for لل, then the adjectives (شركة النقل النهري
 * المصرية), and without a nationality (شركة النقل النهري), as writers also name the body.
 */
function indefiniteForms(ctx: DrawContext, i: number, end: number): string[] {
  const words = ctx.tokens.slice(i, end).map((t) => ctx.word(t.index).replace(/[\u064b-\u065f\u0640]/g, ''));
  const complement = ctx.tokens.slice(i + 1, end).findIndex((t) => /^لل/.test(t.key)) + 1;
  if (complement <= 0) return [];
  const head = words[0]!.replace(/^[وف]?ال/, '');
  const adjectives = words.slice(1, complement);
  const rest = [words[complement]!.replace(/^لل/, 'ال'), ...words.slice(complement + 1)];
  const out = [[head, ...rest, ...adjectives].join(' ')];
  if (adjectives.every((_, j) => nationalityOf(ctx.tokens[i + 1 + j]))) out.push([head, ...rest].join(' '));
  return out;
}

/**
 * A kind noun the table lists without its article, written with it (الشركة, الهيئة): the head of
 * a name only when definite adjectives lead to a complement with لل within three words (الشركة
 * المصرية للنقل النهري, الهيئة العامة للاستثمار), or with ل of an indefinite chain a definite word
 * closes (الشركة الوطنية لاستغلال وتوزيع المياه); alone or with an adjective it refers back to a
 * body named before (قالت الشركة, الشركة المالكة).
 */
function definiteHead(ctx: DrawContext, i: number): (typeof AR_ORG_HEADS)[number] | undefined {
  const tokens = ctx.tokens;
  const match = /^[وف]?(?:ال|لل)(.{3,})$/.exec(tokens[i]!.key);
  const head = match ? AR_HEADS.get(match[1]!) : undefined;
  // The first adjective is a nationality or one that names bodies (الوطنية, العامة), not a participle (المالكة).
  if (!head || !tokens[i + 1] || !(nationalityOf(tokens[i + 1]) || NAME_ADJECTIVES.has(tokens[i + 1]!.key))) return undefined;
  for (let k = i + 1; k < tokens.length && k - i <= 3 && tokens[k]!.clause === tokens[i]!.clause; k++) {
    if (/^لل/.test(tokens[k]!.key)) return k > i + 1 ? head : undefined;
    // Or a complement with ل of an indefinite chain that a definite word closes (الشركة الوطنية لاستغلال وتوزيع المياه).
    if (k > i + 1 && /^ل[^ل]/.test(tokens[k]!.key) && indefiniteChain(ctx, k, k + 1)) return head;
    if (!/^ال/.test(tokens[k]!.key)) return undefined;
  }
  return undefined;
}

/**
 * English names of an Arabic organisation that follow from its words by rule: a ministry and its
 * portfolio (وزارة التربية → Ministry of Education, Education Ministry, with the nationality when
 * the name gives one: Tunisian Education Ministry).
 */
function englishOrganisationNames(ctx: DrawContext, head: (typeof AR_ORG_HEADS)[number], start: number, end: number, country: string | undefined): string[] {
  if (head.kind !== 'ministry') return englishNamesByRule(ctx, start, end);
  if (end - start < 2) return [];
  const portfolioAt = (k: number) => stemsOf(ctx.tokens[k]).map((stem) => PORTFOLIO_ENGLISH.get(stem)).find(Boolean);
  let portfolio = portfolioAt(start + 1);
  if (!portfolio) return [];
  // A second portfolio joined by و (وزارة التجهيز والماء): Ministry of Equipment and Water.
  const second = start + 2 < end && /^و/.test(ctx.tokens[start + 2]!.key) ? portfolioAt(start + 2) : undefined;
  if (second) portfolio = `${portfolio} and ${second}`;
  // The rest of the name must be the nationality only (وزارة التربية التونسية), not another portfolio.
  for (let k = start + (second ? 3 : 2); k < end; k++) if (!nationalityOf(ctx.tokens[k])) return [];
  const out = [...portfolioAfterOf(portfolio).map((form) => `Ministry of ${form}`), `${portfolio} Ministry`];
  const nationality = country ? NATIONALITIES[country]?.en.find((form) => form.length > 3) : undefined;
  if (nationality) out.push(`${nationality[0]!.toUpperCase()}${nationality.slice(1)} ${portfolio} Ministry`);
  return out;
}

const PORTFOLIO_ENGLISH = new Map(Object.entries(PORTFOLIOS_DRAW).map(([arabic, english]) => [key(arabic), english]));

/** Connectors of a person's name (ابن سينا, أبو ظبي), after which the next word belongs to a body's name. */
const NAME_CONNECTORS = new Set(['ابن', 'بن', 'ابو', 'ابي'].map(key));

/**
 * Whether token `k` opens the name of a body's officer written right after the body's name without
 * a comma (مدير هيئة مياه جرفين سامي الدهان): a given name the lexicon knows, followed by another
 * Arabic word of its clause, and not after a connector or an honorific, which make it the name of a
 * body named after a person (مستشفى الملك فهد, جامعة ابن طفيل).
 */
function officerNameAt(ctx: DrawContext, k: number): boolean {
  const tokens = ctx.tokens;
  const token = tokens[k]!;
  const next = tokens[k + 1];
  if (token.script !== 'ar' || !KNOWN_GIVEN_NAMES.has(token.key) || !next || next.clause !== token.clause || next.script !== 'ar') return false;
  const before = tokens[k - 1]?.key ?? '';
  return !NAME_CONNECTORS.has(before) && !HONORIFICS.has(before) && !NAME_HONORIFICS.has(before);
}

/** The proper words of each article's Arabic names that no lexicon knows, read once per drawing. */
const properWordsByContext = new WeakMap<DrawContext, Set<string>>();

/**
 * Arabic words the article shows to be proper names the lexicons lack: the dateline's place
 * (قرناس، الاثنين …) and a word with no article or clitic right before an officer's name
 * (مدير هيئة مياه جرفين سامي الدهان). Such a word closes a construct chain wherever it stands,
 * so that a body's every mention keeps it (هيئة ميناء قرناس تفتح رصيفاً).
 */
function properWords(ctx: DrawContext): Set<string> {
  let words = properWordsByContext.get(ctx);
  if (words) return words;
  words = new Set();
  const dateline = datelinePlaceSpan(ctx);
  if (dateline) for (let k = dateline[0]; k < dateline[1]; k++) words.add(ctx.tokens[k]!.key);
  for (let k = 1; k < ctx.tokens.length; k++) {
    const token = ctx.tokens[k - 1]!;
    if (token.script === 'ar' && token.clause === ctx.tokens[k]!.clause && !/^[وفبل]|^ال/.test(token.key) && !AR_STOP.has(token.key) && officerNameAt(ctx, k)) words.add(token.key);
  }
  properWordsByContext.set(ctx, words);
  return words;
}

/** Whether token `k` closes an Arabic construct chain: a definite word, a known place (عُمان, صحار) or another proper word. */
function closesChain(ctx: DrawContext, k: number): boolean {
  return /^(ال|لل|وال)/.test(ctx.tokens[k]!.key) || ctx.lexiconMentionAt(k)?.kind === 'place' || properWords(ctx).has(ctx.tokens[k]!.key);
}

/**
 * Whether the words from `end` on continue the indefinite construct chain of an organisation's name
 * whose head at `head` is indefinite: every word up to the end of the chain indefinite (and may be
 * joined by و), and the chain closed by a definite word or a known place within three words
 * (نقابة عمال ميناء صحار, غرفة تجارة وصناعة عُمان). A chain that never closes is not read on: its
 * words may be anything (شركة أرامكو تعلن).
 */
function indefiniteChain(ctx: DrawContext, head: number, end: number): boolean {
  const tokens = ctx.tokens;
  for (let k = head + 1; k < end; k++) if (closesChain(ctx, k)) return false;
  for (let k = end; k < tokens.length && k - end < 3; k++) {
    const token = tokens[k]!;
    // An officer's name or a word of time after the chain's last word closes it: that word is a
    // proper name (هيئة مياه جرفين سامي الدهان, افتتحت هيئة مياه جرفين يوم السبت).
    if (k > end && (officerNameAt(ctx, k) || DATE_WORDS.has(token.key) || token.key === DAY)) return true;
    if (token.clause !== tokens[head]!.clause || token.quote !== -1 || token.script !== 'ar' || AR_STOP.has(token.key) || ctx.personAt[k] !== -1 || /\d/.test(token.key) || nationalityOf(token)) return false;
    if (closesChain(ctx, k)) return !/^لل/.test(token.key);
  }
  return false;
}

/** Whether every word of tokens (i, end) is a word with the article (an adjective of the head: الشركة الوطنية). */
function adjectivesOnly(ctx: DrawContext, i: number, end: number): boolean {
  for (let k = i + 1; k < end; k++) if (!/^ال/.test(ctx.tokens[k]!.key)) return false;
  return true;
}

/** Adjectives of a body that serves the whole country (الشركة الوطنية, الهيئة العامة), folded. */
const NATIONWIDE_ADJECTIVES = new Set(['الوطنية', 'الوطني', 'العامة', 'العام', 'الاتحادية', 'الاتحادي'].map(key));

/** Whether the words of tokens [i, end) name a body that serves the whole country. */
function nationwide(ctx: DrawContext, i: number, end: number): boolean {
  for (let k = i + 1; k < end; k++) if (NATIONWIDE_ADJECTIVES.has(ctx.tokens[k]!.key)) return true;
  return false;
}

/** Arabic organisations led by a kind noun. */
/** The second words of a board's name (folded): مجلس إدارة, مجلس الأمناء. */
const BOARD_WORDS = new Set(['اداره', 'الاداره', 'امناء', 'الامناء']);

/**
 * Whether the tokens from `i` name a board (مجلس إدارة, مجلس الأمناء) and a body follows in construct
 * (مجلس إدارة شركة ساحل للاتصالات): the board is that body's, and a title of it («رئيس مجلس إدارة
 * شركة ساحل») is a post of the body.
 */
function boardOfBody(ctx: DrawContext, i: number): boolean {
  const tokens = ctx.tokens;
  if (!/^[وفب]?مجلس$/.test(tokens[i]!.key) || !BOARD_WORDS.has(tokens[i + 1]?.key ?? '')) return false;
  const next = tokens[i + 2];
  return !!next && next.clause === tokens[i]!.clause && (ctx.orgAt.has(i + 2) || !!headAt(ctx, i + 2));
}

/**
 * Whether the indefinite kind noun at token `i` is in construct with a word that bears a possessive
 * pronoun (مجلس إدارتها, مجلس أمنائها): the board of the body the pronoun refers to, named by
 * reference, never a body's name of its own.
 */
function pronounComplement(ctx: DrawContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  return !/^[وفب]?(ال|لل)/.test(ctx.tokens[i]!.key) && !!next && next.script === 'ar' && /^\S{3,}(?:ها|هما)$/.test(ctx.word(i + 1).replace(/[\u064b-\u065f\u0640]/g, ''));
}

/**
 * Whether the body drawn at token `k` is the complement of the indefinite word before it, in the
 * name of a longer body: the word before has no article nor clitic preposition and is no stop word
 * (عمال in «نقابة عمال ساحل للاتصالات»), so the construct goes on into the body's name.
 */
function innerBody(ctx: DrawContext, k: number): boolean {
  const before = ctx.tokens[k - 1]!;
  return before.script === 'ar' && !/^[وفبل]?(ال|لل)/.test(before.key) && !AR_STOP.has(before.key) && /^ $/.test(ctx.gap(k - 1, k)) && ctx.orgAt.get(k - 1) === undefined;
}

/** The token past the drawn body whose name starts at token `k`. */
function bodyEnd(ctx: DrawContext, k: number): number {
  const id = ctx.orgAt.get(k);
  let end = k;
  while (end < ctx.tokens.length && ctx.orgAt.get(end) === id && ctx.tokens[end]!.clause === ctx.tokens[k]!.clause) end++;
  return end;
}

function arabicOrganisations(ctx: DrawContext, byName: Map<string, DrawnFact>): void {
  const tokens = ctx.tokens;
  /** A body's first token and the token after its «التابعة», where its parent's name starts. */
  const parents: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.quote !== -1 || ctx.orgAt.has(i)) continue;
    const head = headAt(ctx, i);
    if (!head) continue;
    // A kind noun right before a body the lexicons name (منظمة أطباء بلا حدود) is that body's kind word, not a name of its own.
    const named = ctx.lexiconMentionAt(i + 1);
    if (named?.kind === 'organisation' && named.tokenStart === i + 1 && tokens[i + 1]!.clause === tokens[i]!.clause) continue;
    // A definite kind noun (الاتحاد) is in construct with no word: an indefinite word after it
    // starts something else (المديرة العالمية للعمليات في الاتحاد كارولين هولت).
    const headDefinite = /^[وفب]?(ال|لل)/.test(tokens[i]!.key);
    let end = i + 1;
    /** Whether an indefinite chain opened by a complement with ل is being read (لاستغلال وتوزيع المياه). */
    let complementChain = false;
    while (end < tokens.length && end - i < 8 && tokens[end]!.clause === tokens[i]!.clause && tokens[end]!.quote === -1 && tokens[end]!.script === 'ar') {
      const token = tokens[end]!;
      // A body already drawn after an indefinite word in construct completes the name it is part of
      // (نقابة عمال ساحل للاتصالات: the union of the company's workers).
      if (ctx.orgAt.has(end) && end > i + 1 && innerBody(ctx, end)) {
        end = bodyEnd(ctx, end);
        break;
      }
      // Otherwise a body already drawn (a name set in guillemets before, written again without them) ends it.
      if (AR_STOP.has(token.key) || ctx.personAt[end] !== -1 || ctx.orgAt.has(end) || /\d/.test(token.key) || RELATIVE_ADJECTIVES.has(token.key) || DATE_WORDS.has(token.key)) break;
      // A courtesy honorific after the kind noun's first complement opens the name of the body's officer
      // (رئيس هيئة تنظيم الاتصالات المهندس سعيد …); right after the kind noun it is the name of a body
      // named after a person (مستشفى الدكتور سليمان فقيه).
      if (end > i + 1 && HONORIFICS.has(token.key)) break;
      // So does a given name after it, without an honorific (مدير هيئة مياه جرفين سامي الدهان).
      if (end > i + 1 && officerNameAt(ctx, end)) break;
      // A title or a descriptor joined by و after the name is another post of the person (عضو كتلة العمل الشعبي والنائب عن الدائرة الثالثة).
      if (end > i + 1 && /^و/.test(token.key) && (titleAt(tokens, end) || descriptorAt(tokens, end) > 0)) break;
      // A known place behind the preposition ب is where a national body works (الشركة الوطنية … المياه بصفاقس), not its name's
      // word; a regional body's name holds its town (الاتحاد الجهوي للشغل بصفاقس).
      const place = ctx.lexiconMentionAt(end);
      if (end > i + 1 && place?.kind === 'place' && place.tokenStart === end && place.start > token.oStart && /^ب/.test(token.key) && nationwide(ctx, i, end)) break;
      // A nationality ends the name unless a complement with لل follows it (الاتحاد العام التونسي للشغل).
      if (end > i + 1 && nationalityOf(tokens[end - 1]) && !/^لل/.test(token.key) && !sportComplement(ctx, end)) break;
      const definite = /^(ال|لل|وال)/.test(token.key) || ctx.lexiconMentionAt(end)?.kind === 'place';
      // After a chain closed by a place (غرفة تجارة وصناعة عُمان), only a relative adjective or a complement with لل goes on: a plain definite word is the verb's object.
      if (!headDefinite && end > i + 2 && ctx.lexiconMentionAt(end - 1)?.kind === 'place' && !/^لل/.test(token.key) && !/^ال.+يه?$/.test(token.key)) break;
      // A proper name of two words before a complement with لل (وكالة تونس إفريقيا للأنباء).
      const inName =
        (end === i + 2 && !headDefinite && /^لل/.test(tokens[end + 1]?.key ?? '') && tokens[end + 1]!.clause === token.clause) ||
        // A complement with ل in construct with a definite word (الاتحاد الدولي لجمعيات الصليب الأحمر).
        (end === i + 2 && headDefinite && /^ل[^ل]/.test(token.key) && /^ال/.test(tokens[end + 1]?.key ?? '') && tokens[end + 1]!.clause === token.clause);
      // A body named after a person (جامعة ابن طفيل, مستشفى ابن سينا): the word after ابن or أبو is the name's.
      // So is the word after a royal or courtesy honorific right after the kind noun (جامعة السلطان قابوس, مستشفى الملك فيصل).
      const afterConnector = end > i + 1 && (NAME_CONNECTORS.has(tokens[end - 1]!.key) || (end === i + 2 && (NAME_HONORIFICS.has(tokens[i + 1]!.key) || HONORIFICS.has(tokens[i + 1]!.key))));
      // A complement with ل of an indefinite verbal noun whose chain closes within three words
      // (الشركة الوطنية لاستغلال وتوزيع المياه, الشركة العامة لنقل الطاقة الكهربائية) is the name's.
      // Only right after the head's adjectives: after another complement it says what the body is for (صندوق … للكوارث لدعم الهلال الأحمر).
      if (!definite && end > i + 1 && !complementChain && adjectivesOnly(ctx, i, end) && /^ل[^ل]/.test(token.key) && indefiniteChain(ctx, end, end + 1)) complementChain = true;
      else if (complementChain && definite) complementChain = false;
      else if (complementChain && /^ل/.test(token.key)) complementChain = false;
      if (complementChain) {
        end++;
        continue;
      }
      if ((end > i + 1 || headDefinite) && !definite && !inName && !afterConnector && !sportComplement(ctx, end) && !(end > i + 1 && !headDefinite && indefiniteChain(ctx, i, end))) break;
      end++;
    }
    if (end === i + 1 || pronounComplement(ctx, i)) continue;
    // A board in construct before a body (مجلس إدارة شركة ساحل, مجلس أمناء الجامعة) is that body's, not a body of its own.
    // The chain read on over an indefinite board word (مجلس إدارة بنك الكويت الوطني) is read again from the body's own kind noun.
    if (boardOfBody(ctx, i)) {
      i++;
      continue;
    }
    // An indefinite kind noun with a complement of purpose (لجنة للتفاوض, a committee to negotiate) is no name.
    if (!headDefinite && /^ل/.test(tokens[i + 1]!.key)) continue;
    const mention = ctx.lexiconMentionAt(i);
    if (mention && mention.kind === 'organisation' && (mention.tokenEnd >= end || seatAfter(ctx, mention.tokenEnd, end))) continue;
    const latin = latinAfter(ctx, end);
    let country: string | undefined;
    for (let k = i; k < end; k++) country ??= nationalityOf(tokens[k]);
    const name = nameFrom(ctx, i, end);
    const acronym = arabicAcronymAfter(ctx, end, head.ar);
    // A definite head's name is also written as an indefinite chain (شركة النقل النهري المصرية).
    const variants = [...(headsDefinite(ctx, i) ? indefiniteForms(ctx, i, end) : []), ...(acronym ? [acronym] : [])];
    const english = [...(latin ? [latin] : []), ...englishOrganisationNames(ctx, head, i, end, country)];
    add(
      ctx,
      byName,
      i,
      end,
      {
        names: english.length > 0 ? { ar: [name, ...variants], en: english } : { ar: [name, ...variants] },
        kind: head.kind,
        ...(country ? { country } : {}),
      },
      name,
    );
    // «… التابعة للاتحاد العام …»: the body named next is this one's parent.
    if (RELATIVE_ADJECTIVES.has(tokens[end]?.key ?? '') && tokens[end]!.clause === tokens[i]!.clause) parents.push([i, end + 1]);
    i = end - 1;
  }
  for (const [child, parent] of parents) {
    const childId = ctx.orgAt.get(child);
    const parentId = ctx.orgAt.get(parent);
    const fact = ctx.out.organisations.find((organisation) => organisation.id === childId);
    if (fact && parentId && parentId !== childId && !fact.parent) fact.parent = parentId;
  }
}

/** Folded nouns of a region behind ل that say which part of the world a body's office covers (البنك الدولي لمنطقة الشرق الأوسط). */
const REGION_COMPLEMENTS = new Set(['لمنطقة', 'لمناطق', 'لإقليم', 'لقارة'].map(key));

/**
 * Whether the words from `from` to `end` only say where a body the lexicons name works, not a
 * word of its name: a known place behind the preposition ب, its seat (جامعة الدول العربية
 * بالقاهرة), or a region behind ل that its office covers (البنك الدولي لمنطقة الشرق الأوسط وشمال
 * أفريقيا).
 */
function seatAfter(ctx: DrawContext, from: number, end: number): boolean {
  if (REGION_COMPLEMENTS.has(ctx.tokens[from]?.key ?? '')) return true;
  const place = ctx.lexiconMentionAt(from);
  return !!place && place.kind === 'place' && place.tokenStart === from && place.tokenEnd === end && place.start > ctx.tokens[from]!.oStart && /^ب/.test(ctx.tokens[from]!.key);
}

/** English organisations: capitalised runs (with of/for/the inside, but not before a day or a month: the Highland Council on Tuesday) holding a kind noun. */
function englishOrganisations(ctx: DrawContext, byName: Map<string, DrawnFact>): void {
  const tokens = ctx.tokens;
  const capital = (k: number) => /^\p{Lu}/u.test(ctx.word(k));
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.script !== 'latin' || !capital(i) || tokens[i]!.quote !== -1 || ctx.orgAt.has(i)) continue;
    let end = i;
    while (end < tokens.length && tokens[end]!.clause === tokens[i]!.clause && tokens[end]!.quote === -1 && (capital(end) || (['of', 'for', 'on'].includes(tokens[end]!.key) && capital(end + 1) && !DATE_WORDS.has(tokens[end + 1]!.key)) || joinsName(ctx, i, end))) end++;
    let start = i;
    while (start < end && ['the', 'a', 'an', 'in', 'at', 'by', 'his', 'her', 'its', 'their', 'britain', 'britains'].includes(tokens[start]!.key)) start++;
    // A title and "of" before the name are the post, not the name (the Commissioner of Queensland Fire and Emergency Services).
    // So are a title and a name before "of" (Chief Superintendent Owen Pugh of South Wales Police).
    // So are an honorific or an academic title and a name before "of" (Professor Ann Lee of Leeds University).
    const opener = tokens[start];
    const title = titleAt(tokens, start) ?? (start < end && opener && (HONORIFICS.has(opener.key) || ACADEMIC_TITLES.has(opener.key)) ? { end: start + 1 } : undefined);
    let of = title?.end ?? end;
    while (of < end && capital(of) && !EN_ORG_HEADS[tokens[of]!.key]) of++;
    if (title && tokens[of]?.key === 'of' && of + 1 < end) start = of + 1;
    // "the Abu Dhabi-based Gulf Trading Company": the seat before "-based" is not part of the name.
    for (let k = start; k < end; k++) if (/-based$/i.test(ctx.word(k))) start = k + 1;
    // "NASA's Jet Propulsion Laboratory": the owner in the possessive is no word of the name, but the
    // possessive of a plural of people opens names (the People's Renewal Congress, the Women's Institute).
    if (end - start >= 3 && /^['’]s\s/.test(ctx.gap(start, start + 1)) && !NAME_OPENING_POSSESSIVES.has(tokens[start]!.key)) start++;
    // The name ends at its last kind noun, or runs on with "of …" (Court of Appeal): the capitalised
    // words after it are another name (Whitsunday Regional Council Mayor Julie Ferris).
    let last = -1;
    for (let k = start; k < end; k++) if (EN_ORG_HEADS[tokens[k]!.key]) last = k;
    if (last >= 0 && last + 1 < end && !['of', 'for', 'on'].includes(tokens[last + 1]!.key)) end = last + 1;
    // A name run on with "of …" ends at a capitalised title before a person's name (Central Bank of
    // Tunisia Governor Fethi Nouri, Bank of England Governor Andrew Bailey): the title is the post.
    if (last >= 0) end = beforeTitledName(ctx, last + 1, end);
    const kinds = tokens.slice(start, end).map((t) => EN_ORG_HEADS[t.key]).filter(Boolean);
    // A company named by what it supplies (Thames Water, Network Rail), opening with no given name or honorific.
    if (kinds.length === 0 && end - start >= 2 && EN_COMPANY_TAILS.has(tokens[end - 1]!.key) && !givenNameGender(tokens[start]!.key) && !NAME_HONORIFICS.has(tokens[start]!.key)) kinds.push('company');
    if (kinds.length === 0 || end - start < 2 || ctx.personAt[start] !== -1) {
      i = Math.max(i, end - 1);
      continue;
    }
    const latin = latinAfter(ctx, end);
    const arabic = arabicNamesByRule(ctx, start, end);
    add(ctx, byName, start, end, { names: { en: latin ? [ctx.text(start, end), latin] : [ctx.text(start, end)], ...(arabic.length > 0 ? { ar: arabic } : {}) }, kind: kinds.at(-1)! });
    if (SERVICE_HEADS.has(tokens[end - 1]!.key) && officerAfter(ctx, end)) companyOfServices(ctx, start, end);
    i = end - 1;
  }
}

/**
 * The end of an English name run on from token `from` to `end`: the first capitalised title there
 * that a capitalised word follows inside the run (Governor Andrew, Chief Executive Bayo), else `end`.
 */
function beforeTitledName(ctx: DrawContext, from: number, end: number): number {
  for (let k = from; k < end; k++) {
    const title = /^\p{Lu}/u.test(ctx.word(k)) ? titleAt(ctx.tokens, k) : undefined;
    if (title && title.end < end && /^\p{Lu}/u.test(ctx.word(title.end)) && !EN_ORG_HEADS[ctx.tokens[title.end]!.key]) return k;
  }
  return end;
}

/**
 * An English ministry written in lower case with its portfolio (Niger's health ministry, the
 * interior ministry): the article's country's ministry, named as English copy names it (Health
 * Ministry, Ministry of Health) and in Arabic (وزارة الصحة), so that a post of it (the health
 * ministry's spokesman, Health Minister X) has its body. Only after "the" or a possessive, and only
 * a portfolio of the bilingual table; each portfolio's mentions are one body.
 */
function lowerCaseMinistries(ctx: DrawContext, byName: Map<string, DrawnFact>): void {
  const tokens = ctx.tokens;
  for (let i = 2; i < tokens.length; i++) {
    if (ctx.word(i) !== 'ministry' || ctx.orgAt.has(i) || !/^ $/.test(ctx.gap(i - 1, i))) continue;
    const word = ctx.word(i - 1);
    const arabic = /^[a-z]+$/.test(word) ? PORTFOLIOS_ARABIC.get(word) : undefined;
    const before = tokens[i - 2]!;
    if (!arabic || before.clause !== tokens[i]!.clause || !(before.key === 'the' || /^['’]s\s$/.test(ctx.gap(i - 2, i - 1)))) continue;
    const portfolio = `${word[0]!.toUpperCase()}${word.slice(1)}`;
    const names = { en: [`${portfolio} Ministry`, ...portfolioAfterOf(portfolio).map((form) => `Ministry of ${form}`)], ar: [`وزارة ${arabic}`] };
    add(ctx, byName, i - 1, i + 1, { names, kind: 'ministry' }, `${portfolio} Ministry`);
  }
}

/** Head words that public bodies and companies share (Emergency Services, Atlantic Dock Services): the kind table reads them as an agency. */
const SERVICE_HEADS = new Set(['services', 'service']);

/** Whether a company officer's title follows the name ending before token `end` (Atlantic Dock Services chief executive, …'s managing director). */
function officerAfter(ctx: DrawContext, end: number): boolean {
  let title = end;
  while (title < ctx.tokens.length && title - end < 2 && OFFICER_MODIFIERS.has(ctx.tokens[title]!.key)) title++;
  const role = /^(['’]s?)?\s+$/.test(ctx.gap(end - 1, title)) || title > end ? titleAt(ctx.tokens, title)?.entry.role : undefined;
  return !!role && COMPANY_ROLES.has(role);
}

/**
 * A body whose name ends in Services and which has a chief executive or a managing director is a
 * company, not an agency (Atlantic Dock Services chief executive Tunde Bakare): its kind becomes
 * company, and an Arabic draft may name it with شركة before its words in Arabic letters.
 */
function companyOfServices(ctx: DrawContext, start: number, end: number): void {
  const id = ctx.orgAt.get(start);
  const fact = ctx.out.organisations.find((one) => (one as { id?: string }).id === id) as { kind?: string; names: { ar?: string[]; en?: string[] } } | undefined;
  if (!fact || fact.kind !== 'agency') return;
  fact.kind = 'company';
  if ((fact.names.ar ?? []).length === 0) {
    const arabic = properBodyNames(ctx.text(start, end), 'company').ar;
    if (arabic) fact.names.ar = arabic;
  }
}

/** The Arabic kind nouns that open a proper-named body's name in Arabic (شركة كالدر مارين). */
const ARABIC_KIND_NOUNS: Readonly<Record<string, string>> = { company: 'شركة', ngo: 'جمعية', club: 'نادي' };

/**
 * The names of an English body named by proper words alone (Calder Marine, Harlow Structures): the
 * English name, and for Arabic drafts its words in Arabic letters, with the kind noun before them
 * and without it (شركة كالدر مارين, كالدر مارين).
 */
function properBodyNames(english: string, kind: string): { en: string[]; ar?: string[] } {
  const arabic = arabicNameForms(english, 3).spellings;
  const noun = ARABIC_KIND_NOUNS[kind];
  if (arabic.length === 0 || !noun) return { en: [english] };
  return { en: [english], ar: [...arabic.map((form) => `${noun} ${form}`), ...arabic] };
}

/** Roles of a company's officers: the owner of such a title's possessive is a company (Gwalia Recycling's managing director). */
const COMPANY_ROLES = new Set(['chief-executive', 'managing-director', 'chairman', 'founder']);

/** Lower-case words that may stand between a possessive and a company officer's title (Ergon Energy's acting chief executive). */
const OFFICER_MODIFIERS = new Set(['acting', 'interim', 'deputy', 'new', 'former', 'group', 'joint']);

/**
 * English companies named only by the possessive before an officer's title: "Gwalia Recycling's
 * managing director", "Alpine Lifts Group's chief executive". The capitalised run of two to four
 * words before 's, opening its clause, naming no place or other known thing, is drawn as a company:
 * its name holds no kind noun the general rule needs. A single word (Sunak's, Britain's) is left.
 */
function companiesByOfficer(ctx: DrawContext, byName: Map<string, DrawnFact>): void {
  const tokens = ctx.tokens;
  const capital = (k: number) => /^\p{Lu}/u.test(ctx.word(k));
  for (let i = 1; i < tokens.length; i++) {
    if (!/^['’]s\s/.test(ctx.gap(i - 1, i))) continue;
    let title = i;
    while (title < tokens.length && title - i < 2 && OFFICER_MODIFIERS.has(tokens[title]!.key)) title++;
    const role = titleAt(tokens, title)?.entry.role;
    if (!role || !COMPANY_ROLES.has(role) || ctx.orgAt.has(i - 1)) continue;
    let start = i - 1;
    while (start > 0 && i - start < 4 && capital(start - 1) && tokens[start - 1]!.clause === tokens[i - 1]!.clause && /^\s+$/.test(ctx.gap(start - 1, start))) start--;
    if (start > 0 && tokens[start - 1]!.clause === tokens[start]!.clause && tokens[start - 1]!.key !== 'the') continue;
    if (i - start < 2 || tokens[start]!.quote !== -1) continue;
    let known = false;
    for (let k = start; k < i; k++) if (!capital(k) || ctx.lexiconMentionAt(k) || ctx.placeAt.has(k) || ctx.orgAt.has(k) || nationalityOf(tokens[k])) known = true;
    if (known) continue;
    add(ctx, byName, start, i, { names: properBodyNames(ctx.text(start, i), 'company'), kind: 'company' });
  }
}

/**
 * Whether "and" at token `k` joins two halves of one English name (Queensland Fire and Emergency
 * Services): capitalised words follow it up to a kind noun, and the words before it, from `start`,
 * hold none (the Bureau of Meteorology and Emergency Services are two). Before any kind noun, the
 * capitalised words may pass one more "and" (the Mid and West Wales Fire and Rescue Service, two
 * regions and then two services), within seven words.
 */
function joinsName(ctx: DrawContext, start: number, k: number): boolean {
  const tokens = ctx.tokens;
  if (tokens[k]!.key !== 'and' || k === start) return false;
  // A kind noun before "and": whether the last one takes a complement with "of" or "for".
  let headBefore: boolean | undefined;
  for (let j = start; j < k; j++) if (EN_ORG_HEADS[tokens[j]!.key]) headBefore = ['of', 'for'].includes(tokens[j + 1]?.key ?? '');
  const capital = (j: number) => tokens[j]!.clause === tokens[k]!.clause && /^\p{Lu}/u.test(ctx.word(j));
  let j = k + 1;
  for (; j < tokens.length && j - k <= 4 && capital(j); j++) if (EN_ORG_HEADS[tokens[j]!.key]) return headBefore === undefined;
  if (headBefore === undefined && tokens[j]?.key === 'and' && j > k + 1 && tokens[j]!.clause === tokens[k]!.clause) {
    for (let after = j + 1; after < tokens.length && after - k <= 7 && capital(after); after++) if (EN_ORG_HEADS[tokens[after]!.key]) return true;
  }
  return headBefore === true && joinsPortfolio(ctx, k, j);
}

/**
 * Whether the capitalised words between "and" at token `k` and token `end` are a second portfolio
 * of a head named with "of" or "for" before them (the Department of National Parks and Wildlife
 * Conservation, the Ministry of Culture and Tourism): one to three words that end the capitalised
 * run, with no kind noun, title, given name, known name or place among them (the Department of
 * Health and Prime Minister X, the Ministry of Health and Oxfam are two).
 */
function joinsPortfolio(ctx: DrawContext, k: number, end: number): boolean {
  const tokens = ctx.tokens;
  if (end - k < 2 || end - k > 4) return false;
  if (tokens[end] && tokens[end].clause === tokens[k]!.clause && /^\p{Lu}/u.test(ctx.word(end))) return false;
  if (givenNameGender(tokens[k + 1]!.key) || NAME_HONORIFICS.has(tokens[k + 1]!.key)) return false;
  for (let j = k + 1; j < end; j++) if (titleAt(tokens, j) || ctx.lexiconMentionAt(j) || ctx.placeAt.has(j) || nationalityOf(tokens[j])) return false;
  return true;
}

/**
 * Whether a one-word Arabic name of the reference list is a common word in construct with the
 * indefinite noun after it (بفتح تحقيق: opening an inquiry, not Fatah): no kind noun (حركة) before it.
 */
function commonWordInConstruct(ctx: DrawContext, mention: Mention): boolean {
  const tokens = ctx.tokens;
  const word = tokens[mention.tokenStart]!;
  const next = tokens[mention.tokenEnd];
  if (mention.tokenEnd - mention.tokenStart !== 1 || word.script !== 'ar' || !next || next.clause !== word.clause || next.script !== 'ar') return false;
  if (!/^\s+$/.test(ctx.gap(mention.tokenStart, mention.tokenEnd)) || /^[وف]?(ال|لل)/.test(next.key) || AR_STOP.has(next.key) || ctx.lexiconMentionAt(mention.tokenEnd)) return false;
  return !headAt(ctx, mention.tokenStart - 1) && !/^[وف]?حرك/.test(tokens[mention.tokenStart - 1]?.key ?? '');
}

/** Draws the article's organisations into `ctx.out.organisations`. */
export function drawOrganisations(ctx: DrawContext): void {
  const byName = new Map<string, DrawnFact>();
  if (ctx.lang === 'ar') {
    drawQuotedOrganisations(ctx, byName);
    arabicOrganisations(ctx, byName);
    for (const body of arabicBodiesByApposition(ctx)) add(ctx, byName, body.start, body.end, { names: { ar: [ctx.text(body.start, body.end)] }, kind: body.kind });
  }
  else {
    englishOrganisations(ctx, byName);
    companiesByOfficer(ctx, byName);
    for (const body of bodiesByApposition(ctx)) add(ctx, byName, body.start, body.end, { names: properBodyNames(ctx.text(body.start, body.end), body.kind), kind: body.kind });
    lowerCaseMinistries(ctx, byName);
    for (const body of bodiesAfterSeat(ctx)) add(ctx, byName, body.start, body.end, { names: properBodyNames(ctx.text(body.start, body.end), body.kind), kind: body.kind });
  }
  const byId = new Map<string, DrawnFact>();
  for (const mention of ctx.lexiconMentions) {
    if (mention.kind !== 'organisation' || (ctx.tokens[mention.tokenStart]!.quote !== -1 && !wholeQuotation(ctx, mention.tokenStart, mention.tokenEnd)) || ctx.orgAt.has(mention.tokenStart)) continue;
    if (commonWordInConstruct(ctx, mention)) continue;
    const entity = ctx.knowledge.entity<{ id: string; kind: string; country?: string; names: { ar: string[]; en: string[] } }>(mention.entity);
    if (!entity) continue;
    const evidence = ctx.evidence(mention.start, mention.end);
    // «مقر مجلس الوزراء» after «مجلس الوزراء المصري»: the short form of the article's own organisation, not the lexicon's namesake.
    const longer = drawnNameStartingWith(ctx, byName, mention);
    if (longer) {
      for (let k = mention.tokenStart; k < mention.tokenEnd; k++) ctx.orgAt.set(k, longer.id);
      continue;
    }
    // The lexicon's body that the article also names in full (The World Health Organization (WHO) …
    // WHO chief): the drawn one, with the lexicon's names and kind added.
    const drawn = byId.get(entity.fact.id) ? undefined : drawnNamesake(ctx, entity.fact);
    if (drawn) {
      for (let k = mention.tokenStart; k < mention.tokenEnd; k++) ctx.orgAt.set(k, drawn.id);
      continue;
    }
    const known = byId.get(entity.fact.id);
    for (let k = mention.tokenStart; k < mention.tokenEnd; k++) ctx.orgAt.set(k, entity.fact.id);
    if (known) continue;
    const fact: DrawnFact = { id: entity.fact.id, names: entity.fact.names, kind: entity.fact.kind, ...(entity.fact.country ? { country: entity.fact.country } : {}), evidence: [evidence] };
    byId.set(entity.fact.id, fact);
    ctx.out.organisations.push(fact);
  }
  drawQuotedShortNames(ctx);
  drawShortForms(ctx);
}

/**
 * The drawn organisation that bears one of a lexicon organisation's names (folded), if any; the
 * lexicon's other names (its acronym, its Arabic names) and its kind are added to it.
 */
function drawnNamesake(ctx: DrawContext, lexicon: { kind: string; names: { ar: string[]; en: string[] } }): DrawnFact | undefined {
  const keys = new Set([...lexicon.names.en, ...lexicon.names.ar].map((name) => nameKeys(name).join(' ')));
  const drawn = ctx.out.organisations.find((fact) => {
    const names = fact.names as { ar?: string[]; en?: string[] };
    return [...(names.en ?? []), ...(names.ar ?? [])].some((name) => keys.has(nameKeys(name).join(' ')));
  });
  if (!drawn) return undefined;
  const names = drawn.names as { ar?: string[]; en?: string[] };
  drawn.names = { ...names, en: [...new Set([...(names.en ?? []), ...lexicon.names.en])], ar: [...new Set([...(names.ar ?? []), ...lexicon.names.ar])] };
  drawn.kind = lexicon.kind;
  return drawn;
}

/**
 * Short forms the article uses for a drawn organisation, added to its names and marked where they
 * stand: the bare kind noun when one drawn organisation has it (الوزارة for وزارة التربية, الجامعة
 * for الجامعة العامة للتعليم الثانوي, "the bureau" for the Bureau of Meteorology), an English
 * company's first word alone (Ergon for Ergon Energy) and a body's acronym (KNPC, given in
 * brackets after its name, then before a title: KNPC spokesman).
 */
function drawShortForms(ctx: DrawContext): void {
  const byForm = new Map<string, DrawnFact[]>();
  const put = (form: string, fact: DrawnFact) => byForm.set(form, [...(byForm.get(form) ?? []).filter((f) => f !== fact), fact]);
  for (const fact of ctx.out.organisations) {
    const names = fact.names as { ar?: string[]; en?: string[] };
    for (const name of names.ar ?? []) {
      const head = nameKeys(name)[0];
      if (head && nameKeys(name).length >= 2 && (AR_HEADS.has(head) || head === JAMIA)) put(head.startsWith('ال') ? head : `ال${head}`, fact);
    }
    for (const name of names.en ?? []) {
      const keys = nameKeys(name);
      const head = [...keys].reverse().find((k) => EN_ORG_HEADS[k]);
      if (keys.length >= 2 && head) put(`the ${head}`, fact);
      if (keys.length === 2 && fact.kind === 'company' && /^\p{Lu}/u.test(name) && !EN_ORG_HEADS[keys[0]!] && !nationalityOf({ key: keys[0]! } as never)) put(`first:${keys[0]}`, fact);
      // A company of one word (London-based WeForest) names the body wherever it stands again alone (Gavi's chief executive).
      if (keys.length === 1 && fact.kind === 'company' && /^\p{Lu}\p{Ll}/u.test(name) && !nationalityOf({ key: keys[0]! } as never)) put(`first:${keys[0]}`, fact);
      // An acronym the article gave in brackets (Kuwait National Petroleum Company (KNPC)) names the body wherever it stands.
      if (keys.length === 1 && /^[A-Z]{2,6}$/.test(name)) put(`acronym:${keys[0]}`, fact);
    }
  }
  const tokens = ctx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (ctx.orgAt.has(i) || ctx.personAt[i] !== -1 || token.quote !== -1) continue;
    let form: string | undefined;
    let written: string | undefined;
    if (token.script === 'ar') {
      const stem = tokenStems(token).find((s) => s.stem.startsWith('ال') && byForm.has(s.stem));
      // A kind noun followed by a definite word may start another body's name; only the bare noun is a short form.
      const next = tokens[i + 1];
      if (stem && !(next && next.clause === token.clause && /^(ال|لل)/.test(next.key) && !ctx.orgAt.has(i + 1))) {
        form = stem.stem;
        written = ctx.article.slice(ctx.analysis.norm.toOriginal(token.start + stem.prefix, token.end).start, token.oEnd);
        if (/^لل/.test(token.key) && !written.startsWith('ال')) written = `ا${written}`;
      }
    } else if (token.script === 'latin') {
      if (tokens[i - 1]?.key === 'the' && !/^\p{Lu}/u.test(ctx.word(i)) && byForm.has(`the ${token.key}`)) form = `the ${token.key}`;
      else if (/^\p{Lu}/u.test(ctx.word(i)) && byForm.has(`first:${token.key}`) && !/^\p{Lu}/u.test(ctx.word(i + 1) || 'x')) form = `first:${token.key}`;
      else if (/^[A-Z]{2,6}$/.test(ctx.word(i)) && byForm.has(`acronym:${token.key}`)) form = `acronym:${token.key}`;
      written = form?.startsWith('first:') || form?.startsWith('acronym:') ? ctx.word(i) : form;
    }
    const owners = form ? byForm.get(form) : undefined;
    if (!owners || owners.length !== 1 || !written) continue;
    const owner = owners[0]!;
    ctx.orgAt.set(i, owner.id);
    // "the bureau" names the body in the article, but a draft's "the bureau" may be another one's: not a name.
    if (form!.startsWith('the ')) continue;
    const names = owner.names as { ar?: string[]; en?: string[] };
    const side = token.script === 'ar' ? 'ar' : 'en';
    if (!(names[side] ?? []).includes(written)) names[side] = [...(names[side] ?? []), written];
  }
}

/** Whether a token range is a whole short quotation («حركة النجباء»): a name in guillemets, not a quote. */
function wholeQuotation(ctx: DrawContext, start: number, end: number): boolean {
  const quotation = ctx.analysis.quotations[ctx.tokens[start]!.quote];
  return !!quotation && quotation.tokenStart === start && quotation.tokenEnd === end && end - start <= 5;
}

/** The one drawn organisation whose name starts with the words of a lexicon mention and goes on (مجلس الوزراء → مجلس الوزراء المصري). */
function drawnNameStartingWith(ctx: DrawContext, byName: Map<string, DrawnFact>, mention: Mention): DrawnFact | undefined {
  const words = nameKeys(ctx.article.slice(mention.start, mention.end));
  const found = new Set<DrawnFact>();
  for (const fact of byName.values()) {
    const names = fact.names as { ar?: string[]; en?: string[] };
    for (const name of [...(names.ar ?? []), ...(names.en ?? [])]) {
      const keys = nameKeys(name);
      if (keys.length > words.length && words.every((word, k) => keys[k] === word)) found.add(fact);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** The id of the drawn organisation named at token `k`, if any (a named storm or vessel, also in `ctx.orgAt`, is not one). */
export function organisationAt(ctx: DrawContext, k: number): string | undefined {
  const id = ctx.orgAt.get(k);
  return id !== undefined && !ctx.out.groups.some((group) => group.id === id) ? id : undefined;
}
