/**
 * Drawing the two invented probe articles of tests/engine/fixtures/drawProbes (a Jordanian mine
 * collapse in Arabic, an Alpine avalanche in English): each fact of `expected.json` is drawn (a
 * person, a post with its organisation, a measure with what it measures and where, an unnamed
 * person's age tied to the event), the facts it must not give are not, and the article checked
 * against its own drawn fact base gets no finding while wrong restatements do.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { createChecker, parseFactBase } from '../../engine/src/index';

const dir = join(import.meta.dirname, 'fixtures', 'drawProbes');
type Fact = Record<string, unknown> & { id: string };
type Sections = Record<string, Fact[]>;
interface Expected {
  published?: string;
  want: Record<string, Record<string, unknown>[] | string[]>;
  not: Record<string, string[]>;
}
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, Expected>;

/** Every name of a drawn person, organisation or place, and the kind of what an id names. */
function namesOf(kb: Sections, id: unknown): { names: string[]; kind?: string } {
  for (const section of ['people', 'organisations', 'places', 'events']) {
    const fact = kb[section]?.find((f) => f.id === id);
    if (!fact) continue;
    const names = Object.values((fact.names ?? {}) as Record<string, string[]>).flat();
    return { names, kind: section === 'events' ? 'event' : section };
  }
  return { names: [] };
}

/** Whether a drawn quantity has the wanted value, unit, hedge, noun and subject. */
function quantityFits(kb: Sections, q: Fact, want: Record<string, unknown>): boolean {
  if (q.value !== want.value || q.unit !== want.unit || (want.approx !== undefined && q.approx !== want.approx)) return false;
  if ((q.review as { unsure?: boolean } | undefined)?.unsure) return false;
  const nouns = Object.values((q.noun ?? {}) as Record<string, string[]>).flat();
  if (typeof want.noun === 'string' && !nouns.includes(want.noun)) return false;
  if (typeof want.subject !== 'string') return true;
  const subject = namesOf(kb, q.subject);
  return want.subject === 'event' ? subject.kind === 'event' : subject.names.includes(want.subject);
}

for (const [file, spec] of Object.entries(expected)) {
  const article = readFileSync(join(dir, file), 'utf8');
  const kb = drawFactBase(article, spec.published ? { published: spec.published } : {}).factBase as unknown as Sections;

  test(`${file}: the wanted people, posts, affiliations and quantities are drawn`, () => {
    const people = (kb.people ?? []).flatMap((p) => namesOf(kb, p.id).names);
    for (const name of (spec.want.people ?? []) as string[]) assert.ok(people.includes(name), `${name} in ${JSON.stringify(people)}`);
    for (const want of (spec.want.posts ?? []) as Record<string, unknown>[]) {
      const found = (kb.posts ?? []).some((p) => namesOf(kb, p.holder).names.includes(String(want.holder)) && p.role === want.role && namesOf(kb, p.organisation).names.includes(String(want.organisation)));
      assert.ok(found, `${JSON.stringify(want)} in ${JSON.stringify(kb.posts)}`);
    }
    for (const want of (spec.want.affiliations ?? []) as Record<string, unknown>[]) {
      const found = (kb.affiliations ?? []).some((a) => namesOf(kb, a.member).names.includes(String(want.member)) && namesOf(kb, a.organisation).names.includes(String(want.organisation)));
      assert.ok(found, `${JSON.stringify(want)} in ${JSON.stringify(kb.affiliations)}`);
    }
    for (const want of (spec.want.quantities ?? []) as Record<string, unknown>[]) {
      assert.ok((kb.quantities ?? []).some((q) => quantityFits(kb, q, want)), `${JSON.stringify(want)} in ${JSON.stringify(kb.quantities)}`);
    }
  });

  test(`${file}: what must not be drawn is not, and the article gets no finding from its own fact base`, () => {
    const people = (kb.people ?? []).flatMap((p) => namesOf(kb, p.id).names);
    for (const name of spec.not.people ?? []) assert.ok(!people.includes(name), `${name} drawn as a person`);
    const parsed = parseFactBase(JSON.stringify(kb), 'probe.factbase.json', article);
    assert.deepEqual(parsed.problems, []);
    const checker = createChecker([parsed.factBase!], { scope: 'all' });
    assert.deepEqual(checker.check(article).findings.map((f) => article.slice(f.range.start, f.range.end)), []);
  });
}

/** The findings a sentence gets from the fact base drawn from a probe article. */
function findingsOf(file: string, published: string | undefined, sentences: string[]): string[][] {
  const article = readFileSync(join(dir, file), 'utf8');
  const parsed = parseFactBase(JSON.stringify(drawFactBase(article, published ? { published } : {}).factBase), 'probe.factbase.json', article);
  const checker = createChecker([parsed.factBase!], { scope: 'all' });
  return sentences.map((sentence) => checker.check(sentence).findings.map((f) => `${f.ruleId}: ${sentence.slice(f.range.start, f.range.end)}`));
}

test('Arabic probe: a wrong depth, distance, unnamed age and post are flagged; their true restatements are not', () => {
  const wrong = findingsOf('mine.ar.txt', '2026-06-10', [
    'وقع الانهيار على عمق 200 متر تحت سطح الأرض.',
    'ويقع المنجم على بعد نحو 80 كيلومتراً من مدينة الكرك.',
    'وتوفي عامل يبلغ من العمر 57 عاماً متأثراً بجروحه.',
    'وقال رئيس مجلس إدارة شركة مناجم الفوسفات الأردنية سامر الخطيب إن الفرق أخرجت العمال.',
  ]);
  assert.deepEqual(wrong.map((f) => f.length), [1, 1, 1, 1], JSON.stringify(wrong));
  const true_ = findingsOf('mine.ar.txt', '2026-06-10', [
    'وقع الانهيار على عمق 140 متراً تحت سطح الأرض.',
    'ويقع المنجم على بعد 60 كيلومتراً تقريباً من الكرك.',
    'وتوفي عامل (52 عاماً) متأثراً بجروحه.',
    'وقال المدير العام لشركة مناجم الفوسفات الأردنية سامر الخطيب إن الفرق أخرجت العمال.',
  ]);
  assert.deepEqual(true_, [[], [], [], []]);
});

test('English probe: a wrong altitude, post and snow depth at a place are flagged; their true restatements are not', () => {
  const wrong = findingsOf('avalanche.en.txt', undefined, [
    'The avalanche started at an altitude of 3,200 metres.',
    "Alpine Lifts Group's chairman, Marc Vernay, said the lifts would reopen.",
    'Forecasters recorded 95 centimetres of snow in the village of Val Brenne.',
  ]);
  assert.deepEqual(wrong.map((f) => f.length), [1, 1, 1], JSON.stringify(wrong));
  const true_ = findingsOf('avalanche.en.txt', undefined, [
    'The avalanche started at an altitude of 2,800 metres.',
    'Marc Vernay, chief executive of Alpine Lifts Group, said the lifts would reopen.',
    'Forecasters recorded 60 centimetres of snow on Mount Arcelle.',
    'The slide travelled about 1.2 kilometres.',
  ]);
  assert.deepEqual(true_, [[], [], [], []]);
});

test('counts of the nouns of water, energy and tourism reports, and cubic metres counted rather than measured; a sport count of some side is not drawn', () => {
  type Quantity = { value: number; unit: string; noun: { ar?: string[]; en?: string[] } };
  const counted = (text: string) => (drawFactBase(text).factBase as unknown as { quantities: Quantity[] }).quantities.map((q) => `${q.value} ${q.unit} ${(q.noun.en ?? [])[0]}`);
  const ar = counted('سد جديد\n\nعمّان – الأحد 8 مارس/آذار 2026\n\nقالت وزارة المياه إن سد الوالة استقبل 12 مليون متر مكعب من مياه الأمطار، وإن 45 بئراً جديدة حُفرت في محافظة المفرق.\nوأضافت أن المحطة الشمسية تنتج 200 ميغاواط، وأن الفريق سجل 3 أهداف في المباراة.\n');
  assert.deepEqual(ar, ['12000000 count cubic metres', '45 count well', '200 count megawatts']);
  const en = counted('Dam\n\nAMMAN, Sunday 8 March 2026 - The dam has received 12 million cubic metres of water, and 45 new wells were drilled.\nThe team scored three goals and 40,000 visitors came.\n');
  assert.deepEqual(en, ['12000000 count cubic metres', '45 count well', '40000 count visitor']);
  // Near miss: a noun outside the table ties no count (45 new ideas).
  assert.deepEqual(counted('Ideas\n\nAMMAN, Sunday 8 March 2026 - The ministry received 45 new ideas.\n'), []);
});

test('English probe: an unnamed age at an event its sentence dates is compared', () => {
  const found = findingsOf('avalanche.en.txt', undefined, ['A 43-year-old man died in hospital in Grenoble on Sunday.', 'A 34-year-old man died in hospital on Sunday.']);
  assert.deepEqual(found.map((f) => f.length), [1, 0], JSON.stringify(found));
});
