/**
 * Arabic → English transliteration of names, the way news writers spell them: the article as
 * al-/el-, common given names from a table of attested spellings, and for other words a rule-based
 * spelling (consonants mapped, short vowels guessed, long vowels from ا و ي) with a few accepted
 * variants. The result is a list of whole-name spellings, canonical first.
 */
import { NAME_SPELLINGS } from '../lexicon/givenNames';
import { HONORIFIC_SPELLINGS } from '../lexicon/honorifics';
import { fold } from '../text/normalise';
import { ARTICLE_GIVEN_NAMES } from './lexicon';

const SPELLINGS = new Map<string, string[]>();
for (const [arabic, english] of Object.entries(NAME_SPELLINGS)) SPELLINGS.set(fold(arabic), english);
/** Given names of the Maghreb written with the article, spelt as one word (العربي: Larbi), when they open a name. */
const ARTICLE_GIVEN = new Map<string, string[]>();
for (const [arabic, english] of Object.entries(ARTICLE_GIVEN_NAMES)) ARTICLE_GIVEN.set(fold(arabic), [...english]);
const HONORIFICS = new Map<string, string[]>();
for (const [arabic, english] of Object.entries(HONORIFIC_SPELLINGS)) HONORIFICS.set(fold(arabic), english);

/** Consonants and their spellings, most common first. */
const CONSONANTS: Record<string, string[]> = {
  ب: ['b'], ت: ['t'], ث: ['th'], ج: ['j', 'g'], ح: ['h'], خ: ['kh'], د: ['d'], ذ: ['dh', 'z'], ر: ['r'], ز: ['z'], س: ['s'], ش: ['sh'],
  ص: ['s'], ض: ['d'], ط: ['t'], ظ: ['z'], ع: [''], غ: ['gh', 'g'], ف: ['f'], ق: ['q', 'k', 'g'], ك: ['k'], ل: ['l'], م: ['m'], ن: ['n'],
  ه: ['h'], ء: [''], ئ: ['y'], ؤ: ['w'], پ: ['p'], چ: ['ch'], ڤ: ['v'], گ: ['g'],
};
const LONG_VOWELS = new Set(['ا', 'آ', 'أ', 'إ', 'و', 'ي', 'ى', 'ة']);

/**
 * Whether a word is a relative adjective (nisba) of three radicals: three consonants and a final ي
 * (علمي, حسني, كتبي), whose short vowels Arabic script leaves unwritten: فَعَلي or فَعْلي.
 */
function threeRadicalNisba(letters: readonly string[]): boolean {
  return letters.length === 4 && letters[3] === 'ي' && letters.slice(0, 3).every((c) => !LONG_VOWELS.has(c));
}

/** Strips Arabic diacritics and tatweel, keeping letters. */
function bare(word: string): string {
  return word.replace(/[\u064b-\u065f\u0670\u0640]/g, '');
}

const capitalise = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/**
 * Rule-based spellings of one Arabic word (no article), most plausible first, at most `limit`.
 * A short vowel is written after the first consonant and inside a word-final cluster.
 */
export function spellWord(word: string, limit = 4): string[] {
  const letters = [...bare(word)];
  // Each position holds alternatives; the beam keeps the most plausible combinations.
  const slots: string[][] = [];
  // Whether the previous letter was written as a consonant (و and ي may be either).
  let previousConsonant = false;
  for (let i = 0; i < letters.length; i++) {
    const c = letters[i]!;
    const next = letters[i + 1];
    const previous = letters[i - 1];
    const first = i === 0;
    const last = i === letters.length - 1;
    const nextIsVowel = next !== undefined && LONG_VOWELS.has(next) && next !== 'ة';
    const wasConsonant = previousConsonant;
    previousConsonant = !LONG_VOWELS.has(c) || ((c === 'و' || c === 'ي') && (first || nextIsVowel));
    // تش opening a word writes a foreign ch (تشاباغاين → Chapagain, تشرشل → Churchill).
    if (c === 'ت' && next === 'ش' && first) {
      slots.push(['ch', 'tsh']);
      i++;
      previousConsonant = true;
      continue;
    }
    if (c === 'ا' || c === 'آ') slots.push([first ? 'a' : 'a']);
    else if (c === 'أ') slots.push(first ? ['a', 'o'] : ['a', '']);
    else if (c === 'إ') slots.push(first ? ['i', 'e'] : ['i']);
    else if (c === 'ة') slots.push(last ? ['a', 'ah'] : ['at']);
    else if (c === 'ى') slots.push(['a']);
    // ئ between a long a and ي is written as a vowel (الولائي → al-Walaei, al-Wala'i).
    else if (c === 'ئ' && previous === 'ا' && next === 'ي') slots.push(['e', "'", 'y']);
    // A final hamza after a long a is written as a second a (آلاء → Alaa, أسماء → Asmaa).
    else if (c === 'ء' && last && previous === 'ا') slots.push(['a', '']);
    else if (c === 'و') {
      if (first) slots.push(next !== undefined && !LONG_VOWELS.has(next) ? ['oua', 'wa', 'ou'] : ['w']);
      else if (nextIsVowel) slots.push(previous && !LONG_VOWELS.has(previous) ? ['uw', 'w', 'ow'] : ['w']);
      else slots.push(last ? ['ou', 'o', 'u'] : ['ou', 'o', 'u', 'w']);
    } else if (c === 'ي') {
      if (first) slots.push(['y']);
      else if (last) slots.push(['i', 'y']);
      else if (nextIsVowel) slots.push(['y']);
      else slots.push(wasConsonant && previous !== 'ا' ? (previous === 'و' ? ['ai', 'ei', 'i'] : ['i', 'ei', 'ai', 'ee']) : ['y', 'i']);
    } else {
      const forms = CONSONANTS[c] ?? [''];
      let vowel: string[] = [''];
      const nextConsonant = next !== undefined && !LONG_VOWELS.has(next);
      // Arabic script writes no short vowel: a first syllable's may be any (نزار is Nizar, حسام Husam).
      if (nextConsonant && (first || (first === false && i === 1 && LONG_VOWELS.has(letters[0]!)))) vowel = ['a', 'e', 'i', 'o', 'u'];
      else if (nextConsonant && i === letters.length - 2) vowel = ['e', 'i', 'a'];
      // A relative adjective of three radicals (العلمي, الحسني, الكعبي) is written with a short vowel
      // between its last two radicals or without one (al-Alami and al-Almi, Hasani and Hasni).
      else if (nextConsonant && threeRadicalNisba(letters) && i === 1) vowel = ['', 'a'];
      // A word of two letters, a consonant and a final و, has a short a before the vowel that
      // French-trained copy writes (ضو → Dou and Daou, جو → Jou and Jaou).
      else if (first && letters.length === 2 && next === 'و') vowel = ['', 'a'];
      // A word's first consonant before ي written as a consonant (a long vowel after it) takes a short vowel (الزيات → al-Zayat, بيان → Bayan).
      else if (first && next === 'ي' && letters[i + 2] !== undefined && LONG_VOWELS.has(letters[i + 2]!) && letters[i + 2] !== 'ة') vowel = ['a', 'e'];
      // ع at the start is written as the vowel after it (عاصم → Assem), or as a short a before a
      // consonant, which و or ي is before a long a (عياش → Ayash, عواد → Awad; عيسى stays Isa, عويس Uwais).
      const nextGlide = (next === 'ي' || next === 'و') && letters[i + 2] === 'ا';
      if (c === 'ع' && first) slots.push(nextConsonant || nextGlide ? ['a', 'o', 'u'] : ['']);
      else slots.push(forms.flatMap((form) => vowel.map((v) => form + v)));
    }
  }
  let beam: string[] = [''];
  for (const slot of slots) {
    const grown: string[] = [];
    for (const prefix of beam) for (const piece of slot) grown.push(prefix + piece);
    beam = grown.slice(0, 24);
  }
  const out = [...new Set(beam.map((s) => s.replace(/(.)\1\1+/g, '$1$1')).filter((s) => s.length > 0))];
  // An initial و is Ou in French-trained spellings and W in English ones: keep both among the first.
  if (out[0]?.startsWith('oua') && limit > 1) out.splice(1, 0, `wa${out[0].slice(3)}`);
  return [...new Set(out)].slice(0, limit).map(capitalise);
}

/** Sun letters, which the article assimilates (عبد الرحيم: Abderrahim), spelt with one Latin letter. */
const SUN_LETTERS = new Set(['ت', 'د', 'ر', 'ز', 'س', 'ص', 'ض', 'ط', 'ظ', 'ل', 'ن']);

/** Spellings of one word of a name: the table's, or the rule's. */
function wordSpellings(word: string): { spellings: string[]; known: boolean } {
  const folded = fold(word);
  const honorific = HONORIFICS.get(folded);
  if (honorific) return { spellings: honorific, known: true };
  const known = SPELLINGS.get(folded);
  if (known) return { spellings: known, known: true };
  // A Maghrebi family name of بن glued to a given name (بنعلي, بنموسى) is written Benali, Ben Ali.
  const filiated = /^بن/.test(folded) && folded.length > 4 ? SPELLINGS.get(folded.slice(2)) : undefined;
  if (filiated) return { spellings: filiated.flatMap((f) => [`Ben${f.toLowerCase()}`, `Ben ${f}`, `Ben-${f}`]), known: false };
  // Only a written ال is the article: آلاء (Alaa) folds to the same letters but is a name.
  if (/^ال/.test(bare(word)) && folded.length > 3) {
    const rest = word.replace(/^[اأإآ]ل/, '');
    const inner = SPELLINGS.get(fold(rest));
    const forms = inner ?? spellWord(rest, 4);
    return { spellings: [...forms.map((f) => `al-${f}`), ...forms.map((f) => `el-${f}`), ...forms], known: !!inner };
  }
  return { spellings: spellWord(word, 5), known: false };
}

/**
 * English spellings of an Arabic name, canonical first, at most `limit`. `known` is false when
 * any word was spelt by rule rather than found in the table.
 */
export function transliterateName(name: string, limit = 48): { spellings: string[]; known: boolean } {
  // عبد glued to a name with the article (عبدالله, عبدالرحمن) is the compound given name of two words.
  const words = name
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => (/^عبدال../.test(bare(word)) ? ['عبد', bare(word).slice(3)] : [word]));
  const parts: string[][] = [];
  let known = true;
  for (let i = 0; i < words.length; i++) {
    // Two-word given names (عبد الله, عبد اللطيف) first.
    const pair = i + 1 < words.length ? SPELLINGS.get(fold(`${words[i]} ${words[i + 1]}`)) : undefined;
    if (pair) {
      parts.push(pair);
      i++;
      continue;
    }
    // عبد before a word with the article is one name the table may not list (عبد الجليل): Abdel Jalil, Abdeljalil, Abdul Jalil, Abd al-Jalil.
    if (fold(words[i]!) === fold('عبد') && /^ال/.test(bare(words[i + 1] ?? '')) && words[i + 1]!.length > 3) {
      const stem = bare(words[i + 1]!).replace(/^[اأإآ]ل/, '');
      const rest = spellWord(stem, 2);
      // Before a sun letter the Maghreb writes the assimilated article: Abderrahim, Abdessamad, Abdennour.
      const assimilated = (r: string) => (SUN_LETTERS.has(stem[0]!) ? [`Abde${r[0]!.toLowerCase()}${r.toLowerCase()}`] : []);
      parts.push(rest.flatMap((r) => [`Abdel ${r}`, `Abdel${r.toLowerCase()}`, `Abdul ${r}`, `Abd al-${r}`, ...assimilated(r)]));
      known = false;
      i++;
      continue;
    }
    const articleGiven = i === 0 && words.length > 1 ? ARTICLE_GIVEN.get(fold(words[i]!)) : undefined;
    const spelt = articleGiven ? { spellings: articleGiven, known: true } : wordSpellings(words[i]!);
    if (!spelt.known) known = false;
    parts.push(spelt.spellings);
  }
  // Whole names: the first choice of every part, then one part varied at a time, then all pairs.
  const out: string[] = [];
  const add = (choice: number[]) => {
    const text = choice.map((c, k) => parts[k]![c]!).join(' ');
    if (!out.includes(text)) out.push(text);
  };
  const base = parts.map(() => 0);
  add(base);
  for (let k = 0; k < parts.length; k++) for (let c = 1; c < parts[k]!.length; c++) add(base.map((b, j) => (j === k ? c : b)));
  for (let a = 0; a < parts.length && out.length < limit; a++) {
    for (let b = a + 1; b < parts.length && out.length < limit; b++) {
      for (let ca = 1; ca < parts[a]!.length; ca++) for (let cb = 1; cb < parts[b]!.length; cb++) add(base.map((x, j) => (j === a ? ca : j === b ? cb : x)));
    }
  }
  return { spellings: out.slice(0, limit), known };
}
