/**
 * Consonant skeletons of folded Latin words: the one Latin folding behind two uses, each with its
 * own table of letter classes.
 *
 * - {@link SPELLING} tells two Latin spellings of one Arabic name apart from two names (Madbouly and
 *   Madbouli, al-Gazzar and el-Jazar, Moncef and Mansef): vowels, glides and the apostrophe are
 *   dropped, ch is sh, dj is j, c is s before e, i, y and k elsewhere, p is b (Arabic writes it ب), and the letters Arabic ج ق ك غ are
 *   written with (j g q k gh) are one; every other letter is kept.
 *   `mentions.ts` uses it for names a fact base marks as transliterated.
 * - {@link CROSS_SCRIPT} reduces a word to the consonant classes it shares with Arabic letters
 *   (`scope/skeleton.ts` maps Arabic to the same classes), so that story detection can tie سوناك to
 *   Sunak: every h and every vowel is dropped, and the letters a transliteration confuses share a
 *   class (g j k q c; s z; t th; d dh; f v ph; b p; sh ch sch tch).
 *
 * In both, a letter pair is read before its letters (the longer pair first) and a run of one
 * class is written once.
 */

/** How the letters of a Latin word fold into consonant classes. */
export interface SkeletonTable {
  /** Letter groups read as one (sh, th, sch), each with what it is written as. */
  pairs: Readonly<Record<string, string>>;
  /** What a single letter is written as ('' drops it), given the letter after it. */
  letter: (letter: string, next: string) => string;
}

/** Within the Latin script: transliterations of one Arabic name. */
export const SPELLING: SkeletonTable = {
  // A French-trained dj writes ج as one letter (Djelouli, Djamel for جلولي, جمال).
  pairs: { ch: 'sh', gh: 'k', dj: 'k' },
  // A French-trained c is s before e, i and y (Moncef for منصف) and k elsewhere (Mocktar, Cherif's ch is a pair).
  // Arabic has no p: ب writes it (Chapagain, تشاباغاين), so p is b.
  letter: (letter, next) => (letter === 'c' ? (/[eiy]/.test(next) ? 's' : 'k') : letter === 'p' ? 'b' : /[jgqk]/.test(letter) ? 'k' : /[aeiouyw']/.test(letter) ? '' : letter),
};

const CROSS_LETTERS: Readonly<Record<string, string>> = {
  b: 'b', p: 'b', t: 't', d: 'd', j: 'k', g: 'k', k: 'k', q: 'k', s: 's', z: 's', f: 'f', v: 'f', l: 'l', m: 'm', n: 'n', r: 'r', x: 'ks',
};

/** Across the Arabic and the Latin script: the classes of `scope/skeleton.ts`. */
export const CROSS_SCRIPT: SkeletonTable = {
  pairs: { sch: 'S', tch: 'S', sh: 'S', ch: 'S', th: 't', dh: 'd', kh: 'k', gh: 'k', ph: 'f', ck: 'k' },
  letter: (letter, next) => (letter === 'c' ? (/[eiy]/.test(next) ? 's' : 'k') : (CROSS_LETTERS[letter] ?? '')),
};

/** The Latin article before a word of three letters or more (al-Sharqawi, Elsharkawi). */
export const LATIN_ARTICLE = /^(?:al|el)(?=[a-z]{3})/;

/** The consonant skeleton of a folded Latin word under `table` (its article, if any, kept). */
export function latinConsonants(word: string, table: SkeletonTable): string {
  let out = '';
  for (let i = 0; i < word.length; ) {
    const three = table.pairs[word.slice(i, i + 3)];
    const two = three === undefined ? table.pairs[word.slice(i, i + 2)] : undefined;
    if (three !== undefined) {
      out += three;
      i += 3;
    } else if (two !== undefined) {
      out += two;
      i += 2;
    } else {
      out += table.letter(word[i]!, word[i + 1] ?? '');
      i += 1;
    }
  }
  // A run of one letter is written once (after the dropped letters are gone: Madbouly, mdbl).
  return out.replace(/([a-zA-Z])\1+/g, '$1');
}

/**
 * The consonant skeleton of a folded Arabic word written from a Latin name (هولواي, كليفرلي), for
 * telling two Arabic spellings of one foreign name from two names: the long vowels and hamza
 * seats (ا و ي ء ؤ ئ) and a final ه are dropped, and the letters writers swap for one Latin sound
 * are one (ت ط ث, ك ق, ج غ, س ص ز ذ ظ, د ض, ف ڤ, ب پ); doubled letters are written once. An s
 * between vowels is one class with z: Latin writes both sounds s (Rosanna, Teresa, José), which the
 * Arabic press writes ز as often as س (روزانا and روسانا, تيريزا and تيريسا). Any other changed
 * letter (هولت, هوبت) gives another skeleton.
 */
export function arabicSpellingConsonants(word: string): string {
  const classes: Readonly<Record<string, string>> = { ط: 'ت', ث: 'ت', ق: 'ك', غ: 'ج', گ: 'ج', ص: 'س', ز: 'س', ذ: 'س', ظ: 'س', ض: 'د', ڤ: 'ف', پ: 'ب' };
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const letter = word[i]!;
    if ('اأإآوىيءؤئ'.includes(letter) || (letter === 'ه' && i === word.length - 1)) continue;
    const mapped = classes[letter] ?? letter;
    if (!out.endsWith(mapped)) out += mapped;
  }
  return out;
}

/**
 * Whether two Arabic words write one foreign or transliterated name by {@link arabicSpellingConsonants},
 * the article aside: a name the Latin script writes without it, or with it as a word of its own, is
 * often written with it in Arabic (Terrab, التراب; El Othmani, العثماني), and the other way round.
 */
export function sameArabicSpelling(a: string, b: string): boolean {
  const bare = (word: string) => (word.startsWith('ال') && word.length >= 5 ? word.slice(2) : word);
  const consonants = arabicSpellingConsonants(bare(a));
  return consonants.length >= 2 && consonants === arabicSpellingConsonants(bare(b));
}
