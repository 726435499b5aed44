/**
 * English spellings of a drawn Arabic person: the spellings writers use (French-trained Moncef,
 * Chebbi, Bejaoui; al-/el-; ou/u; e/i; Thabet/Thabit) are that person, while a changed letter is
 * still a wrong or misspelt name. Invented Tunisian article; the drafts are English.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';
import { createChecker, parseFactBase, type Checker } from '../../engine/src/index';
import { SPELLING, latinConsonants } from '../../engine/src/text/skeleton';

const ARTICLE = [
  'تونس: الوزارة تعلن نتائج المناظرة',
  'تونس – الثلاثاء 14 يوليو/تموز 2026',
  'وقال وزير الصحة منصف الرياحي في ندوة صحفية إن النتائج جيدة.',
  'وقالت التلميذة مريم الشابي إنها لم تكن تتوقع المرتبة الأولى.',
  'وقال الكاتب العام للنقابة حاتم البجاوي إن الاتفاق خطوة أولى.',
  '',
].join('\n');

function checker(): Checker {
  const parsed = parseFactBase(JSON.stringify(drawFactBase(ARTICLE).factBase), 'own.factbase.json', ARTICLE);
  assert.deepEqual(parsed.problems, []);
  return createChecker([parsed.factBase!], { scope: 'all' });
}

const findings = (c: Checker, text: string) => c.check(text).findings.map((f) => `${f.ruleId}: ${text.slice(f.range.start, f.range.end)}`);

test('the skeleton reads a French-trained c as s before e, i, y and as k elsewhere', () => {
  assert.equal(latinConsonants('moncef', SPELLING), latinConsonants('mansef', SPELLING));
  assert.equal(latinConsonants('mocktar', SPELLING), latinConsonants('moktar', SPELLING));
  assert.notEqual(latinConsonants('montef', SPELLING), latinConsonants('mansef', SPELLING));
});

test('the usual spellings of a drawn Arabic name are that person: Moncef Riahi, Mansef al-Riahi, Moncef Riyahi', () => {
  const c = checker();
  for (const name of ['Moncef Riahi', 'Monsef Riahi', 'Mansef al-Ryahi', 'Moncef Riyahi', 'Moncef el-Riahi']) {
    assert.deepEqual(findings(c, `Health Minister ${name} said the results were good.\n`), [], name);
  }
  for (const name of ['Mariem Chebbi', 'Meriem Chebbi', 'Maryam al-Shabi', 'Hatem Bejaoui', 'Hatem Bjaoui', 'Hatim Bejawi']) {
    assert.deepEqual(findings(c, `${name} said the deal was a first step.\n`), [], name);
  }
});

test('near misses: a changed letter in a drawn name is still flagged', () => {
  const c = checker();
  for (const name of ['Montef Riahi', 'Monkef Riahi', 'Moncef Rihani']) {
    const found = findings(c, `Health Minister ${name} said the results were good.\n`);
    assert.ok(found.length > 0, `${name} must be flagged`);
  }
});

test('a foreign name written with تش and ب is read with ch and p: Jagan Chapagain for جاغان تشاباغاين', () => {
  assert.equal(latinConsonants('chapagain', SPELLING), latinConsonants('chabaghain', SPELLING));
  const article = 'جنيف – الاثنين 11 سبتمبر/أيلول 2023\nوأعلن الأمين العام للاتحاد الدولي لجمعيات الصليب الأحمر جاغان تشاباغاين تخصيص مليون فرنك للإغاثة.\n';
  const kb = drawFactBase(article).factBase as unknown as { people: { names: { en: string[] } }[]; posts: { role: string }[] };
  assert.equal(kb.people.length, 1, JSON.stringify(kb.people));
  assert.ok(kb.people[0]!.names.en.some((name) => /^Jagan Ch/.test(name)), JSON.stringify(kb.people[0]!.names.en));
  assert.equal(kb.posts[0]?.role, 'secretary-general');
  const parsed = parseFactBase(JSON.stringify(kb), 'own.factbase.json', article);
  const c = createChecker([parsed.factBase!], { scope: 'all' });
  assert.deepEqual(findings(c, 'Jagan Chapagain said the money would be released.\n'), []);
  // Near miss: a changed letter is still a wrong name.
  assert.ok(findings(c, 'Jagan Chapatain said the money would be released.\n').length > 0);
});

test('near miss: after an organisation, words the article uses elsewhere are no name', () => {
  const article = 'وأعلن الأمين العام للاتحاد الدولي لجمعيات الصليب الأحمر تخصيص مبلغ مليون فرنك، وسيصل مبلغ آخر الأسبوع المقبل.\n';
  const kb = drawFactBase(article).factBase as unknown as { people: unknown[] };
  assert.deepEqual(kb.people, []);
});
