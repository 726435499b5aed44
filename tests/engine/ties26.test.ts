/**
 * Name probes of helper ties26: the Arabic press writes a foreign name's Latin g with ج or with غ
 * (Berg: بيرغ, بيرج), so an Arabic draft that swaps the two in such a name writes the same name,
 * not a misspelling; the swap in a name whose English form has no bare g (Ghassan: غسان) is still
 * flagged. An editor's fact base, on an invented story (a bridge survey in Torvik, told in Arabic).
 *
 * Then drawing: an Arabic title that names its body by a definite kind noun alone («مدير الطرق
 * الريفية في الوزارة», «مديرة المشاريع في الوزارة») is drawn with the body of that kind the
 * sentence names before it, else the one the article names before it; and the given names باسل and
 * فراس open a name, and the ordinal ثاني before an indefinite noun and adjective is no person's
 * given name. Article invented here: rural roads rebuilt near Ajloun (`rural-roads.ar.txt`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { citer, findingLines, loadTestFactBase } from './helpers';
import { probe } from './drawProbeChecks';

const TORVIK = [
  'توروفيك، الأحد 6 ديسمبر 2026 - قالت المهندسة غريتا ليندغرن إن مسح الجسر سينتهي في يناير.',
  'وقال غسان الدباغ، مدير الطرق في البلدية، إن الجسر سيغلق 12 يوما.',
].join('\n');
const torvikCite = citer(TORVIK);
const torvik = createChecker(
  [
    loadTestFactBase(
      {
        schemaVersion: 2,
        id: 'torvik-bridge',
        source: { file: 'article.ar.txt', lang: 'ar', published: '2026-12-06' },
        people: [
          { id: 'lindgren', names: { ar: ['غريتا ليندغرن'], en: ['Greta Lindgren'] }, short: { ar: ['ليندغرن'], en: ['Lindgren'] }, gender: 'f', evidence: torvikCite('غريتا ليندغرن') },
          { id: 'dabbagh', names: { ar: ['غسان الدباغ'], en: ['Ghassan al-Dabbagh'] }, gender: 'm', evidence: torvikCite('غسان الدباغ') },
        ],
      },
      'torvik.factbase.json',
      TORVIK,
    ),
  ],
  { scope: 'all' },
);
const nameFindings = (draft: string) => findingLines(torvik, ['name-spelling'])(draft).map((line) => line.replace(/ → .*$/, ''));

const NAME_PROBES: { sentence: string; flagged?: string; todo?: string }[] = [
  // The Latin g written with the other letter, in one word or in both: the same name.
  { sentence: 'وقالت المهندسة غريتا ليندجرن إن المسح سينتهي في يناير.' },
  { sentence: 'وقالت المهندسة جريتا ليندجرن إن المسح سينتهي في يناير.' },
  // The family name alone, after the article gave it in full.
  { sentence: 'وأضافت ليندجرن أن الجسر سيغلق 12 يوما.' },
  // Another changed letter in that name is still a misspelling.
  { sentence: 'وقالت المهندسة غريتا ليندفرن إن المسح سينتهي في يناير.', flagged: 'غريتا ليندفرن' },
  // The swap in a name whose English form writes gh (an Arabic غ) is a misspelling.
  { sentence: 'وقال جسان الدباغ إن الجسر سيغلق 12 يوما.', flagged: 'جسان الدباغ' },
];

for (const { sentence, flagged, todo } of NAME_PROBES) {
  test(`torvik: ${flagged ? `flags ${flagged}` : 'clean'}: ${sentence}`, todo ? { todo } : {}, () => {
    assert.deepEqual(nameFindings(sentence), flagged ? [`name-spelling: ${flagged}`] : []);
  });
}

const ROADS = 'rural-roads.ar.txt';
/** What the probes of باسل wait for: the given names باسل and فراس cost a held-out story's drawn precision (0.86 to 0.83), by a mechanism not yet found. */
const GIVEN_BASEL = 'the given name باسل in the lexicon, without the loss it brought on a held-out Arabic story';

for (const one of [
  // The ministry the sentence names before the title, and the one the article names before it.
  { sentence: 'وقال باسل النعيمات، مدير الطرق الريفية في وزارة المياه والري، إن العمل سيبدأ في 15 يناير.', rule: 'post-holder', todo: GIVEN_BASEL },
  { sentence: 'وقالت سلمى العبادي، مديرة المشاريع في وزارة الأشغال العامة، إن الخطوط ستخدم 9 آلاف نسمة.', rule: 'post-holder' },
  // True restatements stay clean.
  { sentence: 'وقال باسل النعيمات، مدير الطرق الريفية في وزارة الأشغال العامة، إن العمل سيبدأ في 15 يناير.' },
  { sentence: 'وقالت سلمى العبادي، مديرة المشاريع في وزارة المياه والري، إن الخطوط ستخدم 9 آلاف نسمة.' },
  { sentence: 'وقالت سلمى العبادي، مديرة المشاريع في الوزارة، إن الخطوط ستخدم 9 آلاف نسمة.' },
]) probe(ROADS, one);

/** The names of the people drawn from a probe article, in both scripts. */
function drawnPeople(file: string): string[] {
  const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8');
  const people = drawFactBase(article, {}).factBase.people as unknown as { names: { ar?: string[]; en?: string[] } }[];
  return people.flatMap((person) => [...(person.names.ar ?? []), ...(person.names.en ?? [])]);
}

// Between a title set off by commas (باسل) or after a title (فراس).
for (const [name, todo] of [['باسل النعيمات', GIVEN_BASEL], ['فراس المومني', undefined]] as const) {
  test(`${ROADS}: ${name} is drawn`, todo ? { todo } : {}, () => {
    assert.ok(drawnPeople(ROADS).includes(name), JSON.stringify(drawnPeople(ROADS)));
  });
}

// A kind noun with words of its own after it (المجلس الأعلى للطرق) names a body the drawing did
// not read, not the council named before it in the sentence.
test(`${ROADS}: the chair of «المجلس الأعلى للطرق» is drawn at no council named before`, () => {
  const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', ROADS), 'utf8');
  const { posts, organisations } = drawFactBase(article, {}).factBase as unknown as { posts: { holder: string; organisation?: string }[]; organisations: { id: string; kind: string; names: { ar?: string[] } }[] };
  const post = posts.find((one) => one.holder === 'al-zoubi' || one.holder === 'al-zubi' || one.holder.endsWith('zabi') || one.holder.endsWith('zoubi'));
  assert.ok(post, JSON.stringify(posts.map((one) => one.holder)));
  // The body may be drawn itself (its masculine adjective is read since scopeDrawn31); it is never the council before it.
  const body = organisations.find((organisation) => organisation.id === post.organisation);
  assert.ok(!body || !(body.names.ar ?? []).includes('مجلس محافظة عجلون'), JSON.stringify(body));
});

// An ordinal that is also a given name (ثاني, Thani) before an indefinite noun and its indefinite
// adjective is "the second" of them (ثاني منخفض جوي, the second depression), no person; the given
// name before a family name is still a person's.
test(`${ROADS}: no person named ثاني منخفض جوي`, () => {
  assert.ok(!drawnPeople(ROADS).some((name) => name.includes('منخفض')), JSON.stringify(drawnPeople(ROADS)));
});
test(`${ROADS}: ثاني الكعبي is drawn`, () => {
  assert.ok(drawnPeople(ROADS).includes('ثاني الكعبي'), JSON.stringify(drawnPeople(ROADS)));
});

// The Awqaf ministry is the ministry of religious affairs in many Arab countries («وزارة الشؤون
// الدينية والأوقاف»): its minister called the religious affairs minister keeps his portfolio, while
// another portfolio is still flagged. An editor's fact base, on an invented story (pilgrims' flights).
const HAJJ = 'عمان، الأحد 6 ديسمبر 2026 - قال وزير الأوقاف والشؤون والمقدسات الإسلامية نادر العطيات إن 5 آلاف حاج سيغادرون في مايو.';
const hajjCite = citer(HAJJ);
const hajj = createChecker(
  [
    loadTestFactBase(
      {
        schemaVersion: 2,
        id: 'hajj-flights',
        source: { file: 'article.ar.txt', lang: 'ar', published: '2026-12-06' },
        people: [{ id: 'atiyat', names: { ar: ['نادر العطيات'], en: ['Nader al-Atiyat'] }, gender: 'm', evidence: hajjCite('نادر العطيات') }],
        organisations: [{ id: 'awqaf', kind: 'ministry', names: { ar: ['وزارة الأوقاف والشؤون والمقدسات الإسلامية'], en: ['Ministry of Awqaf'] }, evidence: hajjCite('الأوقاف والشؤون والمقدسات الإسلامية') }],
        posts: [{ id: 'atiyat-minister', holder: 'atiyat', role: 'minister', organisation: 'awqaf', title: { ar: ['وزير الأوقاف والشؤون والمقدسات الإسلامية', 'وزير الأوقاف'], en: ['Awqaf Minister'] }, evidence: hajjCite('وزير الأوقاف والشؤون والمقدسات الإسلامية نادر العطيات') }],
      },
      'hajj.factbase.json',
      HAJJ,
    ),
  ],
  { scope: 'all' },
);

for (const { sentence, flagged, todo } of [
  { sentence: 'وقال وزير الشؤون الدينية نادر العطيات إن الحجاج سيغادرون في مايو.' },
  { sentence: 'Religious Affairs Minister Nader al-Atiyat said pilgrims would leave in May.' },
  { sentence: 'وقال وزير الصحة نادر العطيات إن الحجاج سيغادرون في مايو.', flagged: 'الصحة' },
  { sentence: 'وقال وزير الشؤون الاجتماعية نادر العطيات إن الحجاج سيغادرون في مايو.', flagged: 'الاجتماعية' },
] as { sentence: string; flagged?: string; todo?: string }[]) {
  test(`hajj: ${flagged ? `flags ${flagged}` : 'clean'}: ${sentence}`, todo ? { todo } : {}, () => {
    const found = findingLines(hajj, ['post-holder'])(sentence).map((line) => line.replace(/ → .*$/, ''));
    assert.deepEqual(found, flagged ? [`post-holder: ${flagged}`] : []);
  });
}
