/**
 * A length whose fact names it by its unit's own word (noun: kilometres, «كيلومتراً»), on an
 * invented story in both languages (a gas pipeline). The draft's figure stands right before that
 * word (620 kilometres), where no other noun ties it: it is the fact's when the sentence restates
 * the fact's own article sentence, and another distance (the nearest town 40 kilometres away) is
 * not compared.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  'Pipeline work begins',
  'SORREL, Monday 7 December 2026 - Work began on Monday on a gas pipeline that will run for 260 kilometres from Sorrel to the port of Dunmore, the Eastern Gas Company said.',
  'The company expects the first gas to flow in 2029.',
].join('\n\n');

const ARABIC = [
  'بدء أشغال خط الغاز',
  'سوريل – الاثنين 7 ديسمبر 2026 – بدأت يوم الاثنين أشغال خط أنابيب للغاز يمتد على 260 كيلومتراً من سوريل إلى ميناء دنمور، بحسب شركة الغاز الشرقية.',
  'وتتوقع الشركة أن يتدفق أول غاز في 2029.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'pipeline',
    published: '2026-12-07',
    facts: (own) => ({
      places: [
        { id: 'sorrel', names: { en: ['Sorrel'], ar: ['سوريل'] }, kind: 'city', evidence: own('Sorrel', 'سوريل') },
        { id: 'dunmore', names: { en: ['Dunmore'], ar: ['دنمور'] }, kind: 'city', evidence: own('Dunmore', 'دنمور') },
      ],
      organisations: [{ id: 'egc', names: { en: ['Eastern Gas Company'], ar: ['شركة الغاز الشرقية'] }, kind: 'company', evidence: own('Eastern Gas Company', 'شركة الغاز الشرقية') }],
      quantities: [
        { id: 'length', value: 260, unit: 'km', noun: { en: ['kilometres', 'km'], ar: ['كيلومتراً', 'كيلومتر'] }, evidence: own('run for 260 kilometres', 'يمتد على 260 كيلومتراً') },
      ],
    }),
  },
  ['quantity'],
);

const english = checker(ENGLISH, 'en');
const arabic = checker(ARABIC, 'ar');

test('a length right before its unit word, the fact\'s noun, is compared where the sentence restates the fact\'s', { todo: 'dropped at the held-out guard (session 32): tying a figure to a fact by its unit word alone compared distances to other places («200 كيلومتر جنوب غرب مسقط» with a site 11 km from a fort) and headline figures' }, () => {
  assert.deepEqual(english('Work began on a gas pipeline that will run for 620 kilometres from Sorrel to Dunmore.'), ['quantity: 620 kilometres → 260 kilometres']);
  assert.deepEqual(arabic('وبدأت أشغال خط أنابيب للغاز يمتد على 620 كيلومتراً من سوريل إلى دنمور.'), ['quantity: 620 كيلومتراً → 260 كيلومتراً']);
});

test('the article\'s length, and another distance, stay unflagged', () => {
  assert.deepEqual(english('Work began on a gas pipeline that will run for 260 kilometres from Sorrel to Dunmore.'), []);
  assert.deepEqual(english('The nearest village lies 40 kilometres from the site.'), []);
  assert.deepEqual(arabic('وبدأت أشغال خط أنابيب للغاز يمتد على 260 كيلومتراً من سوريل إلى دنمور.'), []);
  assert.deepEqual(arabic('وتقع أقرب قرية على بعد 40 كيلومتراً من الموقع.'), []);
});

test('a draft in the other language than the article ties the length by its unit word where it shares a name with the fact\'s sentence', { todo: 'dropped at the held-out guard (session 32): tying a figure to a fact by its unit word alone compared distances to other places («200 كيلومتر جنوب غرب مسقط» with a site 11 km from a fort) and headline figures' }, () => {
  assert.deepEqual(english('وقالت شركة الغاز الشرقية إن خط الأنابيب سيمتد على 620 كيلومتراً.'), ['quantity: 620 كيلومتراً → 260 كيلومتراً']);
  assert.deepEqual(arabic('The Eastern Gas Company said the pipeline would run for 620 kilometres.'), ['quantity: 620 kilometres → 260 kilometres']);
  assert.deepEqual(english('وقالت شركة الغاز الشرقية إن خط الأنابيب سيمتد على 260 كيلومتراً.'), []);
  assert.deepEqual(arabic('The Eastern Gas Company said the pipeline would run for 260 kilometres.'), []);
  assert.deepEqual(english('وتقع أقرب قرية على بعد 40 كيلومتراً من الموقع.'), []);
});
