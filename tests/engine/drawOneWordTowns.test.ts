/**
 * One-word towns the gazetteer does not know, read where a news story can only mean a place: the
 * dateline (OBAN, Sunday …; «كريغنور – السبت …»), after "near", "outside" and "based in"; and the
 * past verbs of clauses coordinated after a date, which share it (lost power … on Saturday, drifted
 * for two hours and ran aground). Invented sentences, with near misses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

type Fact = Record<string, unknown> & { id: string };
const draw = (text: string) => drawFactBase(text).factBase as unknown as Record<string, Fact[]>;
const places = (kb: Record<string, Fact[]>) => kb.places!.map((p) => Object.values(p.names as Record<string, string[]>).flat()[0]);

test('English: the dateline town and a town after "near" or "based in" are drawn, unsure; a possessive after "near" is not', () => {
  const kb = draw('Ferry aground\n\nDUNVAIG, Sunday 6 December 2026 - The ferry ran aground near Kilbrannan on Saturday.\nThe operator, which is based in Portcraig, said it was sorry. A walker near Morrison\'s farm saw it.\n');
  assert.deepEqual(places(kb).sort(), ['Dunvaig', 'Kilbrannan', 'Portcraig']);
  assert.ok(kb.places!.every((p) => (p.review as { unsure?: boolean } | undefined)?.unsure), JSON.stringify(kb.places));
});

test('Arabic: an unknown dateline town is drawn; a dateline that opens with its weekday draws none', () => {
  assert.deepEqual(places(draw('جنوح عبارة\n\nكريغنور – السبت 5 ديسمبر/كانون الأول 2026\n\nجنحت العبارة قرب الساحل.\n')), ['كريغنور']);
  assert.deepEqual(places(draw('جنوح عبارة\n\nالسبت، 5 ديسمبر/كانون الأول 2026\n\nجنحت العبارة قرب الساحل.\n')), []);
});

test('past verbs coordinated after a date share it; a verb after another date does not', () => {
  const kb = draw('Ferry\n\nDUNVAIG, Sunday 6 December 2026 - The ferry lost power on Saturday, drifted for two hours and ran aground.\nThe crew were rescued on Saturday, and the ship sank on Sunday.\n');
  const triggers = (day: number) => kb.events!.filter((e) => (e.date as { day?: number }).day === day).flatMap((e) => Object.values(e.triggers as Record<string, string[]>).flat());
  assert.ok(['lost', 'drifted', 'ran'].every((t) => triggers(5).includes(t)), JSON.stringify(triggers(5)));
  assert.ok(!triggers(5).includes('sank'), JSON.stringify(triggers(5)));
});
