/**
 * People of three invented Arabic wire stories of tests/engine/fixtures/drawProbes (a telecom
 * regulator's fine in Oman, hospitals opened in Iraq, a desalination plant in Sfax), written before
 * the drawing changes they test: a person introduced by a courtesy honorific (المهندسة, الدكتورة)
 * whose given name the lexicon does not know is drawn with the post set off after the name and the
 * quote that follows; the honorific is no word of the body named before it; a family name that is
 * also a nationality adjective (الكندي) ends a name after a filiation. Traps: an honorific before
 * an adjective (الدكتور المناوب) and an ordinal before an elative (ثاني أكبر) are nobody.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { probe } from './drawProbeChecks';

const dir = join(import.meta.dirname, 'fixtures', 'drawProbes');

/** The Arabic names of the people and organisations drawn from a probe article. */
function drawnNames(file: string): { people: string[]; organisations: string[] } {
  const kb = drawFactBase(readFileSync(join(dir, file), 'utf8'), {}).factBase as unknown as Record<string, { names: { ar?: string[] } }[]>;
  const names = (section: string) => (kb[section] ?? []).flatMap((fact) => fact.names.ar ?? []);
  return { people: names('people'), organisations: names('organisations') };
}

test('a person after a courtesy honorific is drawn, with a given name the lexicon does not know', () => {
  assert.ok(drawnNames('desalination.ar.txt').people.includes('سنية العياري'));
});

test('a family name that is also a nationality adjective ends a name after a filiation', () => {
  assert.ok(drawnNames('telecom-fine.ar.txt').people.includes('خالد بن علي الكندي'));
});

test('an honorific after a body in a title is no word of the body', () => {
  const { organisations } = drawnNames('telecom-fine.ar.txt');
  assert.ok(!organisations.some((name) => name.includes('المهندس')), JSON.stringify(organisations));
});

test('an honorific before an adjective, and an ordinal before an elative, are nobody', () => {
  const people = [...drawnNames('desalination.ar.txt').people, ...drawnNames('hospitals.ar.txt').people];
  for (const word of ['المشرف', 'المناوب', 'ثاني']) assert.ok(!people.some((name) => name.includes(word)), `${word}: ${JSON.stringify(people)}`);
});

// The quote of the regional director, and her post at the water company.
probe('desalination.ar.txt', { sentence: 'وقال محمد الهادي الجربي: «لم يعد أمامنا خيار غير البحر».', rule: 'quote-speaker'  });
probe('desalination.ar.txt', { sentence: 'وقالت المهندسة سنية العياري: «لم يعد أمامنا خيار غير البحر».' });
probe('desalination.ar.txt', { sentence: 'وقالت سنية العياري، مديرة البنك الأفريقي للتنمية، إن السدود شبه فارغة.', rule: 'post-holder'  });
probe('desalination.ar.txt', { sentence: 'وقالت سنية العياري، المديرة الجهوية للشركة الوطنية لاستغلال وتوزيع المياه، إن السدود شبه فارغة.' });
// The regulator's head, named after his honorific, and the chief executive set off after a name ending in a nisba.
probe('telecom-fine.ar.txt', { sentence: 'وقال رئيس هيئة تنظيم الاتصالات سعيد بن حمد الحارثي إن الهيئة رصدت آلاف الشكاوى.'  });
probe('telecom-fine.ar.txt', { sentence: 'وقال وزير الاتصالات سعيد بن حمد الحارثي إن الهيئة رصدت آلاف الشكاوى.', rule: 'post-holder' });
probe('telecom-fine.ar.txt', { sentence: 'وقال خالد بن علي الكندي، الرئيس التنفيذي لشركة «عمانتل»، إن الشركة ستستثمر في الجيل الخامس.', rule: 'post-holder'  });
probe('telecom-fine.ar.txt', { sentence: 'وقال الرئيس التنفيذي لشركة «أوريدو عمان» خالد الكندي إن الشركة تحترم القرار.' });
probe('telecom-fine.ar.txt', { sentence: 'وقال خالد الكندي: «لن نتهاون مع أي مشغل لا يلتزم بمعايير الجودة المتفق عليها».', rule: 'quote-speaker'  });
probe('hospitals.ar.txt', { sentence: 'وقالت الدكتورة زينب كاظم الموسوي، مديرة دائرة صحة ذي قار، إن المحافظة تحتاج إلى أطباء.' });

test('a national body named with a complement of ل and an indefinite chain is drawn, without the town it works in', () => {
  const { organisations } = drawnNames('desalination.ar.txt');
  assert.ok(organisations.includes('الشركة الوطنية لاستغلال وتوزيع المياه'), JSON.stringify(organisations));
  assert.ok(!organisations.some((name) => name.endsWith('بصفاقس')), JSON.stringify(organisations));
});

/** An invented wire paragraph: a body speaks of people its statement names, then of a doctor named with a nisba. */
const STATEMENT = `الهيئة تعين مشرفاً على الشبكة

مسقط، 2 نوفمبر 2026 (العمانية) - قالت هيئة تنظيم الاتصالات في بيان الاثنين إن المهندس سالم الهنائي سيتولى الإشراف على مشروع الشبكة الوطنية، مؤكدة: «الشبكة ستغطي كل الولايات بحلول 2028».

وأضافت الهيئة أن الدكتورة عائشة الكندي ستقود فريق الجودة، وقالت الكندي: «لن نقبل بأي تأخير في التنفيذ».
`;

/** The drawn people's Arabic names and each quote's speaker, by the speaker's first Arabic name or the body's. */
function statementFacts(): { people: string[]; speakers: string[] } {
  const kb = drawFactBase(STATEMENT, {}).factBase as unknown as Record<string, { id: string; names?: { ar?: string[] }; speaker?: string }[]>;
  const nameOf = (id: string | undefined) => [...(kb.people ?? []), ...(kb.organisations ?? [])].find((fact) => fact.id === id)?.names?.ar?.[0] ?? String(id);
  return { people: (kb.people ?? []).flatMap((fact) => fact.names?.ar ?? []), speakers: (kb.quotes ?? []).map((quote) => nameOf(quote.speaker)) };
}

test('a nisba that is also a nationality adjective ends a name a courtesy honorific opens (الدكتورة عائشة الكندي)', () => {
  assert.ok(statementFacts().people.includes('عائشة الكندي'), JSON.stringify(statementFacts().people));
});

test('a quote after a participle in a sentence a body opens with a speech verb is the body\'s, not that of a person its statement names', () => {
  assert.deepEqual(statementFacts().speakers, ['هيئة تنظيم الاتصالات', 'عائشة الكندي']);
});

test('near misses: a person who speaks with a finite verb inside the body\'s statement, or opens the sentence, keeps the quote', () => {
  const speakers = (paragraph: string) => {
    const kb = drawFactBase(`خبر\n\nبغداد، 2 نوفمبر 2026 (رويترز) - ${paragraph}\n`, {}).factBase as unknown as Record<string, { id: string; names?: { ar?: string[] }; speaker?: string }[]>;
    return (kb.quotes ?? []).map((quote) => (kb.people ?? []).find((person) => person.id === quote.speaker)?.names?.ar?.[0] ?? 'body');
  };
  assert.deepEqual(speakers('قالت وزارة الصحة العراقية إن الوزير صالح الحسناوي أكد خلال الزيارة، مضيفاً: «سنفتتح خمسة مستشفيات أخرى».'), ['صالح الحسناوي']);
  assert.deepEqual(speakers('قال وزير الصحة صالح الحسناوي إن وزارة الصحة ستفتتح مستشفيات أخرى، مضيفاً: «سنفتتح خمسة مستشفيات أخرى».'), ['صالح الحسناوي']);
});
