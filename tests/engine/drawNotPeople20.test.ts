/**
 * Probes written by helper drawn20 at the start of its session, on three invented wire stories: a
 * typhoon evacuation in the Philippines' Eastern Samar (`typhoon-samar.en.txt`), a dockers' strike
 * in Moroccan ports (`dockers-casablanca.ar.txt`) and an Emirati airline's order of aircraft
 * (`emirates-order.ar.txt`); people, figures and dates are invented. Drawing read three things as
 * people that are not: a province after a governor's name and "of" (Eastern Samar), a sheikh named
 * again by his honorific and given name alone (الشيخ أحمد after الشيخ أحمد بن سعيد آل مكتوم), and
 * an airport named for a ruling family (مطار آل مكتوم الدولي). A quote then went to the province
 * or to the short form, and the true speaker was flagged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { probe } from './drawProbeChecks';

for (const item of [
  // The governor's own quote, after "He went on:", given to the province drawn as a person.
  { sentence: '"Our roads are cut, and our first need is clean water," Evardone said.' },
  { sentence: '"Our roads are cut, and our first need is clean water," Governor Ben Evardone said.' },
  // Errors: the quote given to another official.
  { sentence: '"Our roads are cut, and our first need is clean water," Nepomuceno said.', rule: 'quote-speaker' },
  { sentence: '"We moved families out before the water came, and that is why the toll is not higher," Gatchalian said.', rule: 'quote-speaker' },
  // Dates of the landfall and the state of calamity.
  { sentence: 'Typhoon Kalmaegi made landfall on Samar on Sunday night.', rule: 'event-date' },
  { sentence: 'Typhoon Kalmaegi made landfall on Samar on Monday night.' },
  { sentence: 'Evardone declared a state of calamity in Eastern Samar on Monday.', rule: 'event-date' },
  { sentence: 'Evardone declared a state of calamity in Eastern Samar on Tuesday.' },
]) probe('typhoon-samar.en.txt', item);

for (const item of [
  // The chairman's quote restated under his full name or his short one.
  { sentence: 'وقال الشيخ أحمد بن سعيد آل مكتوم في بيان: «هذه الطلبية تعكس ثقتنا بمستقبل السفر الجوي وبنمو دبي كمركز عالمي».', todo: 'a sheikh named by his honorific and given name drawn as another person (dropped at the held-out guard)' },
  { sentence: 'وقال الشيخ أحمد: «هذه الطلبية تعكس ثقتنا بمستقبل السفر الجوي وبنمو دبي كمركز عالمي».' },
  { sentence: 'وقال تيم كلارك في بيان: «هذه الطلبية تعكس ثقتنا بمستقبل السفر الجوي وبنمو دبي كمركز عالمي».', rule: 'quote-speaker' },
  // The airport's name, with and without آل, is no person's.
  { sentence: 'وأقيم الحفل في مطار مكتوم الدولي.' },
  { sentence: 'وأقيم الحفل في مطار آل مكتوم الدولي بحضور مسؤولين من البلدين.' },
  // The announcement's day.
  { sentence: 'أعلنت شركة طيران الإمارات الأربعاء عن طلبية لشراء 65 طائرة من طراز بوينغ 777-9.', rule: 'event-date' },
  { sentence: 'أعلنت شركة طيران الإمارات الثلاثاء عن طلبية لشراء 65 طائرة من طراز بوينغ 777-9.' },
]) probe('emirates-order.ar.txt', item);

for (const item of [
  // The union leader's quote after «وأضاف», given to the minister.
  { sentence: 'وقالت الفاسي الفهري: «لن نعود إلى العمل قبل أن تسحب الحكومة المشروع».', rule: 'quote-speaker' },
  { sentence: 'وقال الحيمر: «لن نعود إلى العمل قبل أن تسحب الحكومة المشروع».' },
  // The minister's party.
  { sentence: 'وأكدت الفاسي الفهري، وهي عضو في حزب الاستقلال، أن الحكومة مستعدة للحوار.', rule: 'affiliation' },
  { sentence: 'وأكدت الفاسي الفهري، وهي عضو في حزب التجمع الوطني للأحرار، أن الحكومة مستعدة للحوار.' },
  // The strike's first day, in both languages.
  { sentence: 'وبدأ الإضراب صباح السبت بدعوة من النقابة الوطنية لعمال الموانئ.', rule: 'event-date' },
  { sentence: 'وبدأ الإضراب صباح الأحد بدعوة من النقابة الوطنية لعمال الموانئ.' },
  { sentence: "The dockers' strike began on Saturday morning.", rule: 'event-date' },
  { sentence: "The dockers' strike began on Sunday morning." },
]) probe('dockers-casablanca.ar.txt', item);

// A monument bears the name of the person a heritage story is about (قصر الأمير طاز): the name
// stays a person there; only venues named in honour (airports, stadiums, hospitals, universities,
// ports, stations) are read as the venue's.
test('a palace keeps its namesake as a person; an airport does not', () => {
  const people = (file: string) => (drawFactBase(readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8'), {}).factBase.people as unknown as { names: { ar?: string[] } }[]).flatMap((person) => person.names.ar ?? []);
  assert.ok(people('taz-palace.ar.txt').includes('الأمير طاز'), JSON.stringify(people('taz-palace.ar.txt')));
  assert.ok(!people('emirates-order.ar.txt').some((name) => name.includes('الدولي')), JSON.stringify(people('emirates-order.ar.txt')));
});
