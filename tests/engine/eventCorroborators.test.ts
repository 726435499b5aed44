/**
 * Which places back a one-word trigger of an event (`supportedEvents` in `engine/src/events.ts`),
 * on an invented story (a dam wall that gave way in southern Morocco): a place the gazetteer puts
 * inside the event's place (Agadir, Souss-Massa, in either language), a fact-base place that lies
 * there, and a fact-base place that only shares a name with a gazetteer place inside it back the
 * trigger; a place elsewhere (Oran, Algeria) and a sentence that names no place do not. Written
 * before the places inside an event's place were looked up from the sentence's side instead of
 * listed for every place of the gazetteer, so that both ways give the same answers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../engine/src/analysis';
import { supportedEvents, triggerHits } from '../../engine/src/events';
import { KnowledgeIndex } from '../../engine/src/knowledge';
import { citer, loadTestFactBase } from './helpers';

const ARTICLE = [
  'Dam wall gives way in southern Morocco',
  'RABAT, Thursday 12 February 2026 (AFP) - The wall of a small irrigation dam burst on Tuesday after three days of heavy rain, flooding farmland in southern Morocco, the interior ministry said.',
  'Water reached the outskirts of Ouled Teima, and a pumping station at the Tamri works was shut.',
  'Civil protection teams evacuated about 400 families, the ministry said in a statement.',
  'انهار جدار سد صغير للري يوم الثلاثاء بعد ثلاثة أيام من الأمطار الغزيرة في جنوب المغرب، بحسب وزارة الداخلية.',
].join('\n\n');

const cite = citer(ARTICLE);

const knowledge = new KnowledgeIndex([
  loadTestFactBase(
    {
      schemaVersion: 2,
      id: 'dam-wall',
      source: { file: 'article.en.txt', lang: 'en', published: '2026-02-12' },
      places: [
        // A town the gazetteer does not list, inside the event's country.
        { id: 'ouled-teima', names: { en: ['Ouled Teima'], ar: ['أولاد تايمة'] }, kind: 'city', within: 'morocco', evidence: cite('Ouled Teima') },
        // A works named after a gazetteer city, with no place around it: it shares Agadir's name only.
        { id: 'tamri-works', names: { en: ['Tamri works', 'Agadir'] }, kind: 'other', evidence: cite('Tamri works') },
      ],
      events: [
        {
          id: 'burst',
          names: { en: ['the dam burst'], ar: ['انهيار السد'] },
          triggers: { en: ['burst'], ar: ['انهار'] },
          date: { year: 2026, month: 2, day: 10, weekday: 'tue' },
          place: 'morocco',
          evidence: cite('dam burst on Tuesday'),
        },
      ],
    },
    'dam-wall.factbase.json',
    ARTICLE,
  ),
]);

/** The ids of the events each one-word trigger hit of the draft is backed for, hit by hit. */
function backed(draft: string): string[][] {
  const analysis = analyse(draft);
  const hits = triggerHits(analysis, knowledge);
  assert.ok(hits.length > 0, `no trigger in: ${draft}`);
  return hits.map((hit) => supportedEvents(analysis, knowledge, hits, hit).map((event) => event.id));
}

test('a place the gazetteer puts inside the event place backs a one-word trigger, in either language', () => {
  assert.deepEqual(backed('Farmers near Agadir said the wall burst overnight.'), [['burst']]);
  assert.deepEqual(backed('Farmers in the Souss-Massa region said the wall burst overnight.'), [['burst']]);
  assert.deepEqual(backed('وقال مزارعون قرب أكادير إن الجدار انهار ليلاً.'), [['burst']]);
});

test('a fact-base place inside the event place, and one that shares a name with a place inside it, back it', () => {
  assert.deepEqual(backed('Residents of Ouled Teima said the wall burst overnight.'), [['burst']]);
  assert.deepEqual(backed('وقال سكان أولاد تايمة إن الجدار انهار ليلاً.'), [['burst']]);
  // The works lies nowhere, but one of its names is a city's inside Morocco.
  assert.deepEqual(backed('Workers at the Tamri works said the wall burst overnight.'), [['burst']]);
});

test('the event place itself backs it, named or through a nationality', () => {
  assert.deepEqual(backed('Farmers in Morocco said the wall burst overnight.'), [['burst']]);
  assert.deepEqual(backed('وقال مزارعون في المغرب إن الجدار انهار ليلاً.'), [['burst']]);
});

test('a place elsewhere, or no place, does not back a one-word trigger', () => {
  assert.deepEqual(backed('Farmers near Oran said the wall burst overnight.'), [[]]);
  assert.deepEqual(backed('Farmers said the wall burst overnight.'), [[]]);
  assert.deepEqual(backed('وقال مزارعون قرب وهران إن الجدار انهار ليلاً.'), [[]]);
});
