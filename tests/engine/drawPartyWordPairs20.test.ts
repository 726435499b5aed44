/**
 * Probes written by helper drawn20 before the change they test, on invented stories: a governor's
 * party named by its own name and the word "party" in lower case (a member of the Lakas-CMD party;
 * of the Akbayan party), as wire copy names the parties of the Philippines, India or Nigeria; and a
 * day coordinated with the date before it (stayed closed on Wednesday and Thursday), which drawing
 * made an event of its own with no trigger, named by the next sentence's words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { probe } from './drawProbeChecks';

for (const item of [
  { sentence: 'Governor Ben Evardone, a member of the Liberal Party, declared a state of calamity.', rule: 'affiliation' },
  { sentence: 'Governor Ben Evardone of the Liberal Party declared a state of calamity.', rule: 'affiliation' },
  { sentence: 'وقال حاكم سامار الشرقية بن إيفاردوني، وهو عضو في الحزب الليبرالي، إن الطرق مقطوعة.', rule: 'affiliation' },
  // True: the article's party, and his province.
  { sentence: 'Governor Ben Evardone, a member of the Lakas-CMD party, declared a state of calamity.' },
  { sentence: 'Governor Ben Evardone of the Lakas-CMD party declared a state of calamity.' },
  { sentence: 'Governor Ben Evardone of Eastern Samar declared a state of calamity.' },
]) probe('typhoon-samar.en.txt', item);

/** The drawn events of a probe article. */
function events(file: string): { triggers?: { en?: string[] }; names: { en?: string[] }; date?: { day?: number; end?: { day?: number } } }[] {
  const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8');
  return drawFactBase(article, {}).factBase.events as never;
}

test('a day coordinated with the date before it is the last day of its event, with its triggers and name', () => {
  const drawn = events('monsoon-kerala.en.txt');
  // Since helper dates23: the two days that follow each other are one event of two days (date.end).
  const wednesday = drawn.find((event) => event.date?.day === 6 && event.date.end?.day === 7);
  assert.ok(wednesday?.triggers?.en?.includes('closed'), JSON.stringify(drawn));
  // The next sentence's words name no event of this one.
  assert.ok(!drawn.some((event) => /Kerala's revenue minister/.test(event.names.en?.[0] ?? '') && event.date?.day === 7), JSON.stringify(drawn));
});

for (const item of [
  // True restatements of the pair and of one of its days.
  { sentence: 'Schools in Ernakulam and Idukki were shut on Wednesday and Thursday.' },
  { sentence: 'Schools in Ernakulam and Idukki were closed on Thursday.' },
  { sentence: 'Schools in Ernakulam and Idukki were closed on Friday.', rule: 'event-date' },
  { sentence: 'The Cochin International Airport suspended arrivals for six hours on Wednesday.', rule: 'event-date' },
  { sentence: 'The Cochin International Airport suspended arrivals for six hours on Thursday.' },
]) probe('monsoon-kerala.en.txt', item);

for (const item of [
  // An Arabic pair of days is one range already.
  { sentence: 'وأغلقت الأجهزة الأمنية طريق البحر الميت يومي الخميس والجمعة.' },
  { sentence: 'وقال وزير التربية والتعليم عزمي محافظة في مؤتمر صحفي الاثنين إن القرار جاء حفاظاً على سلامة الطلبة.', rule: 'event-date' },
]) probe('rains-amman.ar.txt', item);
