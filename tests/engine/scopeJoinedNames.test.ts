/**
 * Story detection, names across scripts: a compound given name that an Arabic article writes in
 * two words (نور الدين, سعد الدين, صلاح الدين) is often one word in an English draft (Noureddine,
 * Saad-Eddine, Salaheddine). A one-line Arabic article is drawn, and an English sentence naming
 * its person in the press's usual spelling must find that person; another person who shares the
 * given name must not. Names of four consonants or fewer (قيس سعيد) are found only in capitalised
 * Latin words (Kais Saied), never in lower-case words that share their consonants.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';
import { createChecker, parseFactBase } from '../../engine/src/index';

/** [the Arabic name, its title, an English sentence naming the same person]. */
const SAME: [string, string, string][] = [
  ['نور الدين بوطيب', 'الوزير المنتدب', 'Minister Noureddine Boutayeb said on Monday that the programme would start in January.'],
  ['سعد الدين العثماني', 'رئيس الحكومة', 'Prime Minister Saad-Eddine El Othmani said on Monday that the programme would start in January.'],
  ['صلاح الدين مزوار', 'وزير الخارجية', 'Foreign Minister Salaheddine Mezouar said on Monday that the programme would start in January.'],
  ['نصر الدين العمراني', 'المدير العام', 'Director general Nasreddine Amrani said on Monday that the programme would start in January.'],
  // Names of four consonants or fewer are found in capitalised Latin words.
  ['قيس سعيد', 'الرئيس التونسي', 'President Kais Saied said on Monday that the programme would start in January.'],
  ['فوزي لقجع', 'الوزير المنتدب', 'Budget Minister Fouzi Lekjaa said on Monday that the programme would start in January.'],
  ['عزيز أخنوش', 'رئيس الحكومة', 'Prime Minister Aziz Akhannouch said on Monday that the programme would start in January.'],
];

/** [the Arabic name, its title, an English sentence naming another person of the same given name]. */
const OTHER: [string, string, string][] = [
  ['نور الدين بوطيب', 'الوزير المنتدب', 'Minister Noureddine Bensalem said on Monday that the programme would start in January.'],
  ['سعد الدين العثماني', 'رئيس الحكومة', 'Prime Minister Saadeddine Belkacem said on Monday that the programme would start in January.'],
  ['قيس سعيد', 'الرئيس التونسي', 'President Kais Belhadj said on Monday that the programme would start in January.'],
  // A short name's consonants in words that are not capitalised are no name.
  ['قيس سعيد', 'الرئيس التونسي', 'The president said on Monday that the case said nothing of January.'],
  ['فوزي لقجع', 'الوزير المنتدب', 'The minister said on Monday that the fees looked high for January.'],
];

function personFound(arabic: string, title: string, sentence: string): boolean {
  const article = `الرباط - الاثنين 23 نوفمبر 2026\n\nقال ${title} ${arabic} يوم الاثنين إن البرنامج الجديد سيبدأ في يناير المقبل.\n`;
  const { factBase } = drawFactBase(article, { id: 'joined-probe', file: 'joined.ar.txt' });
  const parsed = parseFactBase(JSON.stringify(factBase), 'joined.json', article);
  assert.deepEqual(parsed.problems, []);
  const score = createChecker([parsed.factBase!]).storyOf(sentence, { format: 'markdown' }).scores[0];
  return !!score && (score.person || !!score.spelled);
}

describe('Arabic names in English drafts: compound given names as one word, short names capitalised', () => {
  for (const [arabic, title, sentence] of SAME) {
    test(`${arabic}: ${sentence.split(' said')[0]}`, () => assert.ok(personFound(arabic, title, sentence)));
  }
  for (const [arabic, title, sentence] of OTHER) {
    test(`not ${arabic}: ${sentence.split(' said')[0]}`, () => assert.ok(!personFound(arabic, title, sentence)));
  }
});
