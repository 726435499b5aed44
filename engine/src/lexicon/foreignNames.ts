/**
 * Names across the two scripts for drawing: the Arabic forms of a name an English article gives
 * (Caroline Holt → كارولين هولت, Mohammed al-Rawahi → محمد الرواحي) and the Latin forms of a foreign
 * name an Arabic article writes in Arabic letters (كارولين هولت → Caroline Holt, not Karoulin
 * Houlet). Given names come from a table of the spellings the Arabic press uses for common Western
 * given names (and, read backwards, the Arabic given-names table); other words are spelt by rule,
 * the way Arabic news writes foreign names: consonants letter for letter, stressed vowels as long
 * vowels (a ا, i/ee/ea ي, o/u/oo/ou و; an i or y before one consonant and a silent e اي), a final
 * silent e dropped.
 *
 * Sources: compiled by the project from Arabic news usage (Al Jazeera, BBC Arabic, Asharq
 * Al-Awsat, Sky News Arabia) under the policy of the gazetteer (knowledge/README.md); the lists
 * are common names, not exhaustive ones.
 */
import { KNOWN_GIVEN_NAMES, MORE_LATIN_SPELLINGS, NAME_SPELLINGS } from './givenNames';
import { wordKey } from '../tokenKey';
import { fold } from '../text/normalise';

/** Common Western given names (lower case) and their Arabic news spellings, canonical first. */
export const WESTERN_GIVEN_NAMES: Readonly<Record<string, readonly string[]>> = {
  aaron: ['آرون'], adam: ['آدم'], alan: ['آلان', 'ألان'], alex: ['أليكس'], alexander: ['ألكسندر'], alice: ['أليس'], alison: ['أليسون'], amanda: ['أماندا'],
  amy: ['إيمي'], andrew: ['أندرو'], angela: ['أنجيلا'], ann: ['آن'], anna: ['آنا', 'أنا'], anne: ['آن'], anthony: ['أنتوني'], antonio: ['أنطونيو'],
  arthur: ['آرثر'], barbara: ['باربرا'], ben: ['بن'], benjamin: ['بنيامين', 'بنجامين'], boris: ['بوريس'], brian: ['براين'], caroline: ['كارولين'],
  carlos: ['كارلوس'], catherine: ['كاثرين', 'كاترين'], charles: ['تشارلز'], charlotte: ['شارلوت'], chris: ['كريس'], christopher: ['كريستوفر'],
  claire: ['كلير'], daniel: ['دانيال', 'دانييل'], david: ['ديفيد'], dana: ['دانا'], diana: ['ديانا'], donald: ['دونالد'], edward: ['إدوارد'],
  elizabeth: ['إليزابيث'], emily: ['إميلي'], emma: ['إيما'], emmanuel: ['إيمانويل'], eric: ['إريك'], fiona: ['فيونا'], frank: ['فرانك'],
  george: ['جورج'], grace: ['غريس'], greg: ['غريغ', 'جريج'], graham: ['غراهام'], hannah: ['هانا'], harry: ['هاري'], helen: ['هيلين'], henry: ['هنري'], hugh: ['هيو'],
  ian: ['إيان'], isabelle: ['إيزابيل'], jack: ['جاك'], jacob: ['جاكوب'], james: ['جيمس'], jane: ['جين'], jason: ['جيسون'], jennifer: ['جنيفر'],
  jeremy: ['جيريمي'], jessica: ['جيسيكا'], joe: ['جو'], john: ['جون'], jonathan: ['جوناثان'], joseph: ['جوزيف'], julia: ['جوليا'], julie: ['جولي'],
  justin: ['جاستن'], karen: ['كارين'], kate: ['كيت'], katherine: ['كاثرين'], kevin: ['كيفن'], keir: ['كير'], laura: ['لورا'], liam: ['ليام'],
  linda: ['ليندا'], lisa: ['ليزا'], lucy: ['لوسي'], marcus: ['ماركوس'], margaret: ['مارغريت'], maria: ['ماريا'], marie: ['ماري'], mark: ['مارك'],
  martin: ['مارتن'], mary: ['ماري'], matthew: ['ماثيو'], michael: ['مايكل'], michelle: ['ميشيل'], nathan: ['ناثان'], nicholas: ['نيكولاس'],
  nick: ['نيك'], nicole: ['نيكول'], oliver: ['أوليفر'], olivia: ['أوليفيا'], patrick: ['باتريك'], paul: ['بول'], peter: ['بيتر'], philip: ['فيليب'],
  priya: ['بريا'], rachel: ['رايتشل', 'راشيل'], rebecca: ['ريبيكا'], richard: ['ريتشارد'], rishi: ['ريشي'], robert: ['روبرت'], ryan: ['رايان'],
  samuel: ['صموئيل'], sarah: ['سارة'], scott: ['سكوت'], sophie: ['صوفي'], stephen: ['ستيفن'], steven: ['ستيفن'], susan: ['سوزان'], thomas: ['توماس'],
  tim: ['تيم'], timothy: ['تيموثي'], tom: ['توم'], tony: ['توني'], victoria: ['فيكتوريا'], william: ['ويليام'], ursula: ['أورسولا'], olaf: ['أولاف'],
  vladimir: ['فلاديمير'], sergei: ['سيرغي'], xi: ['شي'], narendra: ['ناريندرا'], recep: ['رجب'], pedro: ['بيدرو'], luis: ['لويس'], miguel: ['ميغيل'],
  giorgia: ['جورجيا'], jagan: ['جاغان'], liz: ['ليز'], theresa: ['تيريزا'], suella: ['سويلا'], kamala: ['كامالا'], hillary: ['هيلاري'],
};

const k = (word: string): string => fold(word).toLowerCase();

/** Arabic spellings (folded) → the Latin given name: كارولين → Caroline. */
const LATIN_OF_ARABIC = new Map<string, string>();
for (const [latin, arabic] of Object.entries(WESTERN_GIVEN_NAMES)) for (const form of arabic) if (!LATIN_OF_ARABIC.has(k(form))) LATIN_OF_ARABIC.set(k(form), latin[0]!.toUpperCase() + latin.slice(1));

/** Latin spellings (lower case) of the Arabic given-names tables → the Arabic name: Mohammed → محمد, Osman → عثمان. */
const ARABIC_OF_LATIN = new Map<string, string>();
for (const table of [NAME_SPELLINGS, MORE_LATIN_SPELLINGS]) for (const [arabic, latin] of Object.entries(table)) for (const form of latin) if (!form.includes(' ') && !ARABIC_OF_LATIN.has(form.toLowerCase())) ARABIC_OF_LATIN.set(form.toLowerCase(), arabic);

/** Whether an Arabic word is the written form of a Western given name (كارولين, ماركوس). */
export function isWesternGivenName(arabicWord: string): boolean {
  return LATIN_OF_ARABIC.has(k(arabicWord));
}

/** Letter groups of English spelling and how Arabic news writes them (longest first). */
const LATIN_GROUPS: readonly [string, string][] = [
  ['tch', 'تش'], ['sch', 'ش'], ['dge', 'ج'], ['eau', 'و'],
  ['sh', 'ش'], ['ch', 'تش'], ['th', 'ث'], ['ph', 'ف'], ['ck', 'ك'], ['kh', 'خ'], ['qu', 'كو'], ['wh', 'و'], ['dh', 'د'], ['zh', 'ج'],
  ['ou', 'و'], ['oo', 'و'], ['ow', 'و'], ['ee', 'ي'], ['ea', 'ي'], ['ie', 'ي'], ['ai', 'ي'], ['ay', 'اي'], ['ey', 'ي'], ['ei', 'اي'],
  ['oa', 'و'], ['au', 'و'], ['aw', 'و'], ['oy', 'وي'], ['oi', 'وي'], ['ue', 'و'],
];

/**
 * The letter groups of an Arabic name written in Latin letters (Ghanim al-Otaibi): gh is غ there
 * (Ghanim غانم, al-Ghamdi الغامدي), where it is silent in an English name (Hugh, Leigh).
 */
const ARABIC_NAME_GROUPS: readonly [string, string][] = [['gh', 'غ'], ...LATIN_GROUPS];

/**
 * Words that mark a Latin name as an Arabic one: filiation (bin, bint, ibn, abu) and the article
 * joined by a hyphen (al-Harthy, el-Sisi), as the wire services write Arabic names.
 */
const ARABIC_NAME_MARK = /^(?:bin|bint|ibn|abu|(?:al|el)-.+)$/i;

/** Whether a Latin name is an Arabic name: a mark of {@link ARABIC_NAME_MARK}, or a given name of the Arabic table that is no Western one. */
function isArabicLatinName(words: readonly string[]): boolean {
  const first = words[0]?.toLowerCase() ?? '';
  return words.some((word) => ARABIC_NAME_MARK.test(word)) || (ARABIC_OF_LATIN.has(first) && !WESTERN_GIVEN_NAMES[first]);
}

const LATIN_LETTERS: Readonly<Record<string, string>> = {
  b: 'ب', d: 'د', f: 'ف', h: 'ه', j: 'ج', k: 'ك', l: 'ل', m: 'م', n: 'ن', p: 'ب', q: 'ك', r: 'ر', s: 'س', t: 'ت', v: 'ف', w: 'و', x: 'كس', z: 'ز', y: 'ي',
};

const VOWELS = /[aeiouy]/;

/**
 * The Arabic spelling of one Latin word by rule (lower case in): Holt هولت, Dhaliwal داليوال,
 * Holloway هولواي, Whitfield ويتفيلد. A word with an article (al-Rawahi) keeps it as ال. In an
 * Arabic name (`arabicName`) an h is sounded before a consonant too; with `shortA`, an a before two
 * consonants is left unwritten, as a short vowel (Bahri البحري).
 */
export function arabicOfLatinWord(word: string, arabicName = false, shortA = false): string {
  const lower = word.toLowerCase().replace(/[^a-z-]/g, '');
  const article = /^(?:al|el)-(.+)$/.exec(lower);
  if (article) return `ال${arabicOfLatinWord(article[1]!, arabicName, shortA)}`;
  const known = ARABIC_OF_LATIN.get(lower);
  if (known) return known;
  const letters = lower.replace(/-/g, '');
  const groups = arabicName ? ARABIC_NAME_GROUPS : LATIN_GROUPS;
  let out = '';
  for (let i = 0; i < letters.length; ) {
    const group = groups.find(([latin]) => letters.startsWith(latin, i));
    if (group) {
      out += i === 0 && /^[aeiou]/.test(group[0]) ? `أ${group[1].replace(/^ا/, '')}` : group[1];
      i += group[0].length;
      continue;
    }
    const c = letters[i]!;
    const next = letters[i + 1] ?? '';
    const last = i === letters.length - 1;
    if (c === 'a') out += i === 0 ? 'أ' : shortA && shortBeforeCluster(letters, i + 1) ? '' : 'ا';
    else if (c === 'e') out += i === 0 ? 'إ' : last ? '' : i <= 2 ? 'ي' : '';
    else if ((c === 'i' || c === 'y') && !arabicName && longI(letters, i)) out += 'اي';
    else if (c === 'i') out += i === 0 ? 'إ' : 'ي';
    else if (c === 'o' || c === 'u') out += i === 0 ? 'أو' : 'و';
    else if (c === 'c') out += /[eiy]/.test(next) ? 'س' : 'ك';
    else if (c === 'g') out += /[eiy]/.test(next) ? 'ج' : 'غ';
    // An Arabic name sounds its h before a consonant too (Bahri البحري, Fahd فهد), where English silences it (Ashby, John).
    // An English h after an opening r is silent too (Rhonda روندا, Rhodes رودس, Rhys ريس).
    else if (c === 'h' && i === 1 && letters[0] === 'r' && !arabicName) out += '';
    else if (c === 'h') out += i === 0 || VOWELS.test(next) || (arabicName && next !== '') ? 'ه' : '';
    else if (c === 'y') out += i === 0 ? 'ي' : 'ي';
    else if (c === letters[i - 1]) out += '';
    else out += LATIN_LETTERS[c] ?? '';
    i++;
  }
  // A long vowel written twice (Priya: ي of i and of y) is written once.
  return out.replace(/([اوي])\1+/g, '$1');
}

/**
 * Whether the i or y at `i` is the long i sound Arabic writes اي (Lyle لايل, Pryce برايس, Clive
 * كلايف, White وايت): the word's first vowel, before one consonant and a final silent e.
 */
function longI(letters: string, i: number): boolean {
  if (i === 0 || /[aeiouy]/.test(letters.slice(0, i))) return false;
  const consonant = consonantAt(letters, i + 1);
  return consonant > 0 && i + 1 + consonant === letters.length - 1 && letters.endsWith('e');
}

/** The length of the consonant at `j` (one letter, or a digraph of one sound: sh, kh, th, gh, dh), 0 for a vowel or the end. */
function consonantAt(letters: string, j: number): number {
  const c = letters[j];
  if (!c || /[aeiouy]/.test(c)) return 0;
  return /^(?:sh|kh|th|gh|dh)/.test(letters.slice(j, j + 2)) ? 2 : 1;
}

/**
 * Whether an a before position `j` is short in an Arabic name, and so not written: it stands before
 * two consonants (Bahri البحري, Mansouri المنصوري, Hamdan حمدان), where a long a is followed by one
 * (Khalid خالد, Rashid راشد).
 */
function shortBeforeCluster(letters: string, j: number): boolean {
  const first = consonantAt(letters, j);
  return first > 0 && letters[j] !== letters[j + first] && consonantAt(letters, j + first) > 0;
}

/** Arabic spellings of one word of a Latin name, canonical first: the tables', else the rule's. */
function arabicWordSpellings(word: string, arabicName: boolean): { spellings: string[]; known: boolean } {
  const table = arabicName ? undefined : WESTERN_GIVEN_NAMES[word.toLowerCase()];
  if (table) return { spellings: [...table], known: true };
  const arabic = ARABIC_OF_LATIN.get(word.toLowerCase());
  if (arabic) return { spellings: [arabic], known: true };
  const ruled = arabicOfLatinWord(word, arabicName);
  // In an Arabic name, a vowel opening a word after the article is mostly ع, which Latin letters do
  // not write (al-Otaibi العتيبي, al-Omari العمري, al-Asiri العسيري).
  const ain = arabicName && /^ال(?:أو|أ|إ)/.test(ruled) ? [ruled.replace(/^ال(?:أو|أ|إ)/, 'الع')] : [];
  // Writers vary th (ث/ت: Thornton), the emphatics (ت/ط, ك/ق), and,
  // in an Arabic name with its article, h (ه/ح: al-Rawahi, الرواحي).
  // A final s after a voiced sound is mostly ز (Leeds ليدز, Rovers روفرز), a final ei or ay mostly ي (Osei أوسي).
  const voiced = /[bdgvmnlre]s$/i.test(word) && ruled.endsWith('س') ? [`${ruled.slice(0, -1)}ز`] : [];
  const final = /(ei|ay)$/i.test(word) && ruled.endsWith('اي') ? [`${ruled.slice(0, -2)}ي`] : [];
  // A g before e, i or y is soft in an English name (George جورج) but hard in many foreign ones,
  // which the press writes غ (Kasegeru كاسيغيرو), also after an Arabic given name (Salma Kasegeru):
  // both are kept, the rule's first.
  const hardG = /g[eiy]/i.test(word) && !/j/i.test(word) ? [ruled.replace(/ج/g, 'غ')] : [];
  // Portuguese nh and lh between vowels are sounded ny and ly, and the press writes them so
  // (Marinho مارينيو, Coelho كويليو), as it writes the vowels of a Romance ending (João جواو).
  const romance = /[aeiou][nl]h[aeiou]/i.test(word) ? [arabicOfLatinWord(word.replace(/([nl])h(?=[aeiou])/gi, '$1y'), arabicName)] : [];
  const ending = /[ãõ]o$/i.test(word) && !ruled.endsWith('او') ? [`${ruled}او`.replace(/وااو$/, 'واو')] : [];
  // An a before two consonants is often short in an Arabic name, and not written (Bahri البحري,
  // Hamdan حمدان), though not always (Harthy الحارثي): both spellings are kept, the long one first.
  const short = arabicName ? [arabicOfLatinWord(word, true, true)].filter((form) => form !== ruled) : [];
  // An opening rh is mostly ر (Rhonda روندا), sometimes written letter by letter (رهوندا).
  const rh = !arabicName && /^rh/i.test(word) && ruled.startsWith('ر') ? [`ره${ruled.slice(1)}`] : [];
  const silent = arabicName ? [] : silentLetterForms(word).map((form) => arabicOfLatinWord(form));
  const variants = [...ain, ...voiced, ruled, ...rh, ...short, ...silent, ...final, ...hardG, ...romance, ...ending, ruled.replace(/ث/g, 'ت'), ruled.replace(/ت/g, 'ط'), ruled.replace(/ك/g, 'ق'), ...(ruled.startsWith('ال') || arabicName ? [ruled, ...short].map((form) => form.replace(/ه/g, 'ح')) : [])];
  return { spellings: [...new Set(variants)].filter(Boolean), known: false };
}

/**
 * English spellings of a name's sounds where its letters are silent, as the press writes them in
 * Arabic: kn and wr opening a word (Knight نايت, Wright رايت), gh after a vowel (Leigh لي, Haigh
 * هاي, Haughton هوتون, Broughton بروتون, Vaughan فون, whose a after the gh is mostly unwritten
 * too). None for a word without such letters; the rule's own spelling stays the first.
 */
export function silentLetterForms(word: string): string[] {
  const lower = word.toLowerCase();
  if (!/^(?:kn|wr)|[aeiou]gh/.test(lower)) return [];
  const sounded = lower
    .replace(/^kn/, 'n')
    .replace(/^wr/, 'r')
    .replace(/eigh/g, 'ee')
    .replace(/igh/g, 'ay')
    .replace(/[ao]ugh/g, 'ow')
    .replace(/([aeiou])gh/g, '$1');
  // An unstressed a after a silent gh and before a final n is mostly not written (Vaughan فون).
  const clipped = sounded.replace(/ow(a)n$/, 'own');
  return [...new Set([sounded, clipped])];
}

/** Whether a name written in Latin letters is an Arabic one (see {@link isArabicLatinName}). */
export function isArabicName(name: string): boolean {
  return isArabicLatinName(name.split(/\s+/).filter(Boolean));
}

/**
 * Arabic forms of a name written in Latin letters, canonical first (at most `limit`), and whether
 * every word came from a table. `arabicName` says whether it is an Arabic name (its gh read as غ,
 * a vowel opening a word after the article as ع) when a part of a name is spelt alone; otherwise
 * the name's own words tell.
 */
export function arabicNameForms(name: string, limit = 12, arabicName?: boolean): { spellings: string[]; known: boolean } {
  // A double-barrelled name is two words in Arabic (Lloyd-Jones, لويد جونز).
  // The article stays on its word (al-Rawahi, الرواحي).
  // The article written as a word of its own (Youssef El Hamdaoui, Al Thani) is the next word's too.
  const words = name
    .replace(/\b(al|el)-/gi, '$1\u0000')
    .replace(/(?<=\s)(al|el)\s+(?=\p{L}{3})/giu, '$1\u0001')
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((word) => word.replace('\u0000', '-'));
  const arabic = arabicName ?? isArabicLatinName(words.map((word) => word.replace('\u0001', '-')));
  const parts = words.map((word) => {
    if (!word.includes('\u0001')) return arabicWordSpellings(word, arabic);
    // "Al" as a word of its own is mostly the article (Mohammed Al Mansouri, المنصوري), and in a
    // ruling family's name آل, "the family of" (Al Thani, آل ثاني).
    const spelt = arabicWordSpellings(word.replace('\u0001', '-'), arabic);
    const family = /^al/i.test(word) ? spelt.spellings.filter((form) => form.startsWith('ال')).map((form) => `آل ${form.slice(2)}`) : [];
    return { spellings: [...spelt.spellings, ...family.slice(0, 1)], known: spelt.known };
  });
  const known = parts.every((part) => part.known);
  const out: string[] = [];
  const base = parts.map((part) => part.spellings[0]!);
  out.push(base.join(' '));
  parts.forEach((part, i) => {
    for (const variant of part.spellings.slice(1)) out.push(base.map((word, j) => (j === i ? variant : word)).join(' '));
  });
  return { spellings: [...new Set(out)].slice(0, limit), known };
}

/** Arabic letters and how an English spelling of a foreign name writes them. */
const WESTERN_OF_ARABIC: Readonly<Record<string, string>> = {
  ب: 'b', پ: 'p', ت: 't', ط: 't', ث: 'th', ج: 'j', غ: 'g', گ: 'g', ق: 'k', ك: 'k', ش: 'sh', چ: 'ch', س: 's', ص: 's', ز: 'z', ذ: 'z', ظ: 'z',
  ف: 'f', ڤ: 'v', د: 'd', ض: 'd', ه: 'h', ح: 'h', خ: 'kh', ر: 'r', ل: 'l', م: 'm', ن: 'n', ة: 'a', ى: 'a', ع: '', ء: '',
};

/**
 * The Latin spelling of one foreign word written in Arabic letters, by rule: و is o, ي is i (y at
 * the start), تش is ch, no article (هولت → Holt, تشاباغاين → Chabagain).
 */
export function westernOfArabicWord(word: string): string {
  const table = LATIN_OF_ARABIC.get(k(word));
  if (table) return table;
  const letters = [...word.replace(/[\u064b-\u065f\u0670\u0640]/g, '')];
  let out = '';
  for (let i = 0; i < letters.length; i++) {
    const c = letters[i]!;
    const first = i === 0;
    if (c === 'ت' && letters[i + 1] === 'ش') {
      out += 'ch';
      i++;
    } else if (c === 'ا' || c === 'آ' || c === 'أ') out += first && c === 'أ' && letters[i + 1] === 'و' ? '' : 'a';
    else if (c === 'إ') out += 'e';
    else if (c === 'و') out += first || /[اي]/.test(letters[i + 1] ?? '') ? 'w' : 'o';
    else if (c === 'ي') out += first || (letters[i - 1] === 'ا' && i === letters.length - 1) ? 'y' : 'i';
    else out += WESTERN_OF_ARABIC[c] ?? '';
  }
  return out ? out[0]!.toUpperCase() + out.slice(1) : out;
}

/**
 * Whether an Arabic name is foreign, written from a Latin original: its first word is a Western
 * given name of the table, or it holds a letter or pair Arabic uses only for foreign sounds
 * (پ ڤ گ چ, an opening تش).
 */
export function isForeignArabicName(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  // A given name both Western and Arabic (سارة, مريم) opens an Arabic name when the family name is
  // Arabic: a nisba with the article or an Arabic given name as the father's (سارة يوسف, not Sarah Yosf).
  if (isWesternGivenName(words[0]!)) return !(words.length >= 2 && arabicFamilyName(words.at(-1)!));
  return words.some((word) => /[پڤگچ]/.test(word) || /^تش/.test(word));
}

/**
 * Other Arabic spellings of a foreign name an Arabic article writes (after the article's own, one
 * word changed at a time, at most `limit`): the hard g written غ is written ج by much of the
 * Arabic press (بيرغ, بيرج; هولمبرغ, هولمبرج), as the table of given names lists both where both
 * are usual (غريغ, جريج). A given name of the table keeps its table's spellings.
 */
export function foreignArabicVariants(words: readonly string[], limit = 6): string[] {
  const out: string[] = [];
  words.forEach((word, i) => {
    const listed = WESTERN_GIVEN_NAMES[(LATIN_OF_ARABIC.get(k(word)) ?? '').toLowerCase()];
    const others = listed ? listed.filter((form) => k(form) !== k(word)) : word.includes('غ') ? [word.replace(/غ/g, 'ج')] : [];
    for (const other of others) out.push(words.map((w, j) => (j === i ? other : w)).join(' '));
  });
  return out.slice(0, limit);
}

/** Letters of Arabic long vowels and of their neighbours that are no consonant (folded: ئ and ى are ي). */
const VOWEL_LETTERS = 'اويء';

/**
 * Whether two Arabic words (folded) differ only by one long vowel ا و ي between two consonants:
 * two spellings of one foreign name often differ so, as writers mark a short Latin vowel with a
 * long one or leave it out (ماكنزي and مكنزي, هوبكنز and هوبكينز). A vowel beside another vowel
 * letter or a hamza is part of how the name is always written (ميخائيل is not ميخائل), and Arab
 * names are not read so (عامر and عمر are two names).
 */
export function oneLongVowelApart(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1 || short.length < 3) return false;
  let at = 0;
  while (at < short.length && short[at] === long[at]) at++;
  if (long.slice(at + 1) !== short.slice(at)) return false;
  const letter = long[at]!;
  const before = long[at - 1];
  const after = long[at + 1];
  return 'اوي'.includes(letter) && !!before && !!after && !VOWEL_LETTERS.includes(before) && !VOWEL_LETTERS.includes(after);
}

/** Whether an Arabic word is a family name of Arabic form: a nisba or name with the article, or an Arabic given name. */
function arabicFamilyName(word: string): boolean {
  return /^ال/.test(k(word)) || (KNOWN_GIVEN_NAMES.has(wordKey(word)) && !isWesternGivenName(word));
}

/** Latin forms of a foreign name written in Arabic letters, canonical first: كارولين هولت → Caroline Holt. */
export function westernNameForms(words: readonly string[]): string[] {
  return [words.map(westernOfArabicWord).join(' ')];
}
