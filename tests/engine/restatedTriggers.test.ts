/**
 * A short trigger (smaller blaze, «دورة المراقبة», إضراباً) backed by the article sentence the
 * draft sentence restates, and dates of another occasion beside an event's word. Probes written
 * against the dev stories en-fire and ar-education and the bundled story before the change: the
 * wrong dates are flagged on the restated event, the true restatements with another date and
 * the other occasions (a later strike of the same kind, a background year) stay clean, and a
 * date wrong in one part only is still flagged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type Checker } from '../../engine/src/index';
import { bundled, fixtureFactBase } from './helpers';

const fire = createChecker([fixtureFactBase('dev-stories/en-fire', 'editor.factbase.json', 'article.en.txt')], { scope: 'all' });
const education = createChecker([fixtureFactBase('dev-stories/ar-education', 'editor.factbase.json', 'article.ar.txt')], { scope: 'all' });
const iraq = bundled().checker;

/** The event-date findings of a draft as `flagged text @ event id`. */
function dated(checker: Checker, draft: string): string[] {
  return checker
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'event-date')
    .map((finding) => `${draft.slice(finding.range.start, finding.range.end)} @ ${finding.factId}`);
}

test('a short trigger is backed by the restated sentence of its event', () => {
  assert.deepEqual(dated(fire, 'In August 2020 a smaller blaze there took two days to put out.'), ['2020 @ earlier-fire']);
  assert.deepEqual(dated(fire, 'A smaller blaze there in August 2020 took two days to put out.'), ['2020 @ earlier-fire']);
  assert.deepEqual(dated(fire, 'The previous fire at the site in August 2020 took two days to put out.'), ['2020 @ earlier-fire']);
  assert.deepEqual(dated(education, 'تنظم دورة المراقبة بين 21 و25 يوليو/تموز.'), ['21 @ remedial', '25 @ remedial']);
  assert.deepEqual(dated(education, 'شنّ الأساتذة إضراباً يوم الأربعاء 15 مايو الماضي.'), ['مايو @ april-strike']);
});

test('true restatements that give the article\'s dates, or another date of their own, stay clean', () => {
  assert.deepEqual(dated(fire, 'The site had a smaller blaze in August 2021 that took two days to put out.'), []);
  assert.deepEqual(dated(fire, 'The company bought the Swansea site in March 2018, three years before a smaller blaze there.'), []);
  assert.deepEqual(dated(fire, 'A fire broke out at the Gwalia Recycling site on the Swansea Enterprise Park in 2019 too, but it was smaller.'), []);
  assert.deepEqual(dated(fire, 'Huw Prosser became chief fire officer in January 2024.'), []);
  assert.deepEqual(dated(education, 'تجري دورة المراقبة بين 20 و24 يوليو على أن تعلن نتائجها يوم 30 يوليو.'), []);
  assert.deepEqual(dated(education, 'ستعلن نتائج دورة المراقبة يوم 30 يوليو.'), []);
  assert.deepEqual(dated(education, 'نفذت الجامعة إضراباً في أبريل الماضي، وقد تنفذ إضراباً آخر يومي 16 و17 سبتمبر.'), []);
});

test('a date wrong in its year and its month is another occasion, and a farther trigger may name the event it is about', () => {
  assert.deepEqual(dated(iraq, 'وفي شباط/فبراير 2024 قتلت ضربة جوية أمريكية في بغداد قيادياً في كتائب حزب الله.'), []);
  assert.deepEqual(dated(iraq, 'ونفذت الولايات المتحدة ضربة جوية في محيط بغداد في فبراير 2024 استهدفت قيادياً في الحشد.'), []);
  assert.deepEqual(dated(iraq, 'In February 2024 a US air strike in Baghdad killed a commander of Kataib Hezbollah.'), []);
  assert.deepEqual(dated(fire, 'The earlier fire broke out in August 2020.'), ['2020 @ earlier-fire']);
  assert.deepEqual(dated(fire, 'The earlier fire broke out in August 2021.'), []);
});

test('near misses: a date wrong in one part only, or a month or two away, is still the event\'s', () => {
  assert.deepEqual(dated(iraq, 'وقتلت ضربة جوية أمريكية المهندس وسليماني قرب مطار بغداد الدولي مطلع كانون الثاني/يناير 2021.'), ['2021 @ airport-strike']);
  assert.deepEqual(dated(iraq, 'A US air strike killed Soleimani and al-Muhandis near Baghdad airport in March 2020.'), ['March @ airport-strike']);
  assert.deepEqual(dated(iraq, 'A US air strike killed Soleimani and al-Muhandis near Baghdad airport in December 2019.'), ['December @ airport-strike', '2019 @ airport-strike']);
});
