/**
 * A part and its whole counted by one noun ("18,342 candidates out of 47,915", «نجح 18342 مترشحاً
 * من أصل 47915»), drawn, probed by helper numbers23 before the change. The drawer left out the part
 * (its noun counts the whole too) and read no noun for the whole (a verb follows it), so neither
 * figure was drawn, a wrong whole in a draft went unflagged, and another figure of the noun in the
 * article (9 members who voted against) was drawn alone and compared with the part («صوّت 23
 * عضواً»). Articles invented here: an exam's results and a regional council's vote in Mauritania
 * (`exam-nouakchott.ar.txt`, `exam-nouakchott.en.txt`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawnQuantities, probe } from './drawProbeChecks';

const dir = join(import.meta.dirname, 'fixtures', 'drawProbes');
const AR = 'exam-nouakchott.ar.txt';
const EN = 'exam-nouakchott.en.txt';

for (const [file, noun] of [[AR, 'مترشح'], [EN, 'candidates']] as const) {
  test(`${file}: the part and the whole of the exam's candidates are drawn as counts of candidates`, () => {
    const counts = drawnQuantities(readFileSync(join(dir, file), 'utf8')).filter((quantity) => quantity.unit === 'count' && !quantity.review?.unsure);
    const ofNoun = counts.filter((quantity) => [...(quantity.noun?.en ?? []), ...(quantity.noun?.ar ?? [])].includes(noun)).map((quantity) => quantity.value);
    assert.deepEqual(ofNoun.sort((a, b) => a - b), [18342, 47915]);
  });
}

// True restatements, rounded or hedged, of the part and of the whole.
probe(AR, { sentence: 'نجح 18342 مترشحاً من أصل 47915 شاركوا في المسابقة.' });
probe(AR, { sentence: 'وشارك في المسابقة نحو 48 ألف مترشح، نجح منهم أكثر من 18 ألفاً.' });
probe(AR, { sentence: 'ونجح أكثر من 18 ألف مترشح في مسابقة ختم الدروس الإعدادية.' });
probe(AR, { sentence: 'وصوّت 23 عضواً في المجلس الجهوي لصالح الخطة.' });
probe(EN, { sentence: 'Some 18,342 candidates out of 47,915 passed the lower secondary exam.' });
probe(EN, { sentence: 'About 48,000 candidates sat the lower secondary exam.' });
probe(EN, { sentence: 'In Trarza, 23 members of the regional council voted for the plan.' });
// A wrong whole or a wrong part stays flagged.
probe(AR, { sentence: 'نجح 18342 مترشحاً من أصل 41975 شاركوا في المسابقة.', rule: 'quantity' });
probe(AR, { sentence: 'إذ نجح 13842 مترشحاً من أصل 47915 شاركوا في المسابقة.', rule: 'quantity' });
probe(AR, { sentence: 'وصوّت 23 عضواً من أصل 53 في المجلس الجهوي لصالح الخطة.', rule: 'quantity' });
probe(EN, { sentence: 'The ministry said 18,342 candidates out of 41,975 had passed.', rule: 'quantity' });
probe(EN, { sentence: 'The ministry said 13,842 candidates out of 47,915 had passed.', rule: 'quantity' });
