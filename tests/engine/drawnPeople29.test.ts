/**
 * People, posts and names of drawn fact bases, probed by helper drawnp29 on invented stories:
 * a desalination plant opened at Ras Qadeer, told in English (`desalination29.en.txt`: Arab names
 * in one of their usual Latin spellings), and a strike suspended at a flour mill, told in Arabic
 * (`mill29.ar.txt`: a committee's head named by the bare «رئيس اللجنة», a minister of a portfolio
 * no table puts in English, a foreign engineer), and a ferry strike told in English (`ferry29.en.txt`:
 * a chairwoman of a body whose name no head word marks), and a market opened, told in English
 * (`market29.en.txt`: two people sharing an Arab family name written without its article). True restatements (another attested spelling of an
 * Arab given name, a foreign name's Arabic spelling with a long vowel more or less, the body a bare
 * noun names written in full, the portfolio in English words) must get no error; wrong names and posts
 * must keep getting one. Only errors and warnings count.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { probeChecker } from './drawProbeChecks';

const desal = 'desalination29.en.txt';
const mill = 'mill29.ar.txt';
const ferry = 'ferry29.en.txt';
const market = 'market29.en.txt';

interface NameProbe {
  file: string;
  sentence: string;
  /** The words an error of post-holder or name-spelling must cover; none for a true restatement. */
  flagged?: string;
}

/** True restatements: no error or warning of post-holder or name-spelling. */
const TRUE: NameProbe[] = [
  // Another attested Latin spelling of an Arab given name (Khalid, Khaled; Muhammad, Mohammed; Said, Saeed).
  { file: desal, sentence: "Khalid al-Nuaimi, the plant's director, said it would make 90,000 cubic metres of water a day." },
  { file: desal, sentence: 'Water Minister Muhammad Saeed al-Harbi said the government had spent $410 million.' },
  { file: desal, sentence: 'Water Minister Mohamed Said al-Harbi said the government had spent $410 million.' },
  { file: desal, sentence: "Abdallah Qasim, chairman of the Ras Qadeer fishermen's association, said fishermen feared for the reefs." },
  { file: desal, sentence: 'Youssef Darwish, a spokesman for the Coastal Authority, said the brine would be let out far from the shore.' },
  // A foreign name written in Arabic with a long vowel less (هارسون for هاريسون).
  { file: mill, sentence: 'وقال المهندس جيمس هارسون إن المطحنة ستعود إلى طاقتها الكاملة خلال أسبوعين.' },
  // An adjective after the bare kind noun of the article's title says which committee it is.
  { file: mill, sentence: 'وقال رئيس اللجنة النقابية ماهر العتوم إن العمال سيعودون إلى العمل يوم الأحد.' },
  { file: mill, sentence: 'وقال رئيس اللجنة النقابية لعمال المطحنة ماهر العتوم إن العمال سيعودون إلى العمل يوم الأحد.' },
  // The body a bare noun names («مديرة المطحنة»), named in full.
  { file: mill, sentence: 'وقالت مديرة مطحنة الوادي سلوى القيسي إن الإنتاج توقف تسعة أيام.' },
  // An Arab family name with the article joined by a hyphen, which the article leaves off (al-Khawaldeh for Khawaldeh).
  { file: market, sentence: "Rana al-Khawaldeh, the market's director, said the shops would open at six in the morning." },
  { file: market, sentence: 'Mahmoud el-Khawaldeh, the mayor, said the market had cost 3 million dinars.' },
  // The title and body as the article gives them.
  { file: ferry, sentence: 'Brenda Okafor, chairwoman of the Tamsk Kolvey Ostrander, said the crews had accepted the rise.' },
  // A minister's portfolio that no table puts in English, in English words.
  { file: mill, sentence: 'The minister of rural industry affairs, Hatem al-Rifai, said the government would pay half of the rise.' },
  { file: mill, sentence: 'Rural Industry Affairs Minister Hatem al-Rifai said the government would pay half of the rise.' },
];

/** Wrong names and posts: an error on the words named. */
const WRONG: NameProbe[] = [
  // Another given name (Khalil is not a spelling of Khaled), or a changed family name.
  { file: desal, sentence: "Khalil al-Nuaimi, the plant's director, said it would make 90,000 cubic metres of water a day.", flagged: 'Khalil al-Nuaimi' },
  { file: desal, sentence: 'Water Minister Mohammed Saeed al-Harbu said the government had spent $410 million.', flagged: 'al-Harbu' },
  { file: desal, sentence: 'Water Minister Khaled al-Nuaimi said the government had spent $410 million.', flagged: 'Water Minister' },
  // Another foreign name, and an Arab name with a long vowel left out.
  { file: mill, sentence: 'وقال المهندس جيمس موريسون إن المطحنة ستعود إلى طاقتها الكاملة خلال أسبوعين.', flagged: 'جيمس موريسون' },
  { file: mill, sentence: 'وقال رئيس اللجنة ماهر العتم إن العمال سيعودون إلى العمل يوم الأحد.', flagged: 'ماهر العتم' },
  { file: mill, sentence: 'وقال رئيس اللجنة النقابية سامر العتوم إن العمال سيعودون إلى العمل يوم الأحد.', flagged: 'سامر العتوم' },
  // Another committee, another mill.
  { file: mill, sentence: 'وقال رئيس اللجنة المالية ماهر العتوم إن العمال سيعودون إلى العمل يوم الأحد.', flagged: 'المالية' },
  { file: mill, sentence: 'وقالت مديرة مطحنة الشمال سلوى القيسي إن الإنتاج توقف تسعة أيام.', flagged: 'الشمال' },
  // Another family name.
  { file: market, sentence: 'Mahmoud Khawaldi, the mayor, said the market had cost 3 million dinars.', flagged: 'Mahmoud Khawaldi' },
  // A body the article names after a title's "of the" (a name no head word marks) is no person: another holder of its chair is flagged.
  { file: ferry, sentence: 'Martin Hale, chairman of the Tamsk Kolvey Ostrander, said the first ferry had left.', flagged: 'chairman of the Tamsk Kolvey Ostrander' },
  // A portfolio the table knows, which the minister's is not.
  { file: mill, sentence: 'The finance minister, Hatem al-Rifai, said the government would pay half of the rise.', flagged: 'finance' },
  { file: mill, sentence: 'وقال وزير المالية حاتم الرفاعي إن الحكومة ستدفع نصف الزيادة.', flagged: 'المالية' },
];

/** The errors and warnings of post-holder and name-spelling a sentence gets: the words each covers. */
function errors(file: string, sentence: string): string[] {
  return probeChecker(file)
    .check(sentence)
    .findings.filter((f) => (f.ruleId === 'post-holder' || f.ruleId === 'name-spelling') && (f.severity === 'error' || f.severity === 'warning'))
    .map((f) => sentence.slice(f.range.start, f.range.end));
}

for (const { file, sentence, flagged } of [...TRUE, ...WRONG]) {
  test(`${file}: ${flagged ? `flags ${flagged}` : 'clean'}: ${sentence}`, () => {
    const found = errors(file, sentence);
    if (!flagged) return assert.deepEqual(found, []);
    assert.ok(found.some((words) => words.includes(flagged) || flagged.includes(words)), JSON.stringify(found));
  });
}
