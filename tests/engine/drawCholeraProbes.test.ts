/**
 * Probes on an invented English wire story (a cholera warning by the WHO, tests/engine/fixtures/
 * drawProbes/cholera.en.txt; the officials are invented), written before the changes they test:
 * a region after "the" is no person (the WHO's regional director for the Eastern Mediterranean),
 * and a person the article later names by the given name alone (Tesfaye said, as the press names
 * Ethiopians and others whose first name is the one used) is that person, so the quote is theirs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { probe } from './drawProbeChecks';

type Fact = Record<string, unknown> & { id: string };
const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', 'cholera.en.txt'), 'utf8');
const kb = drawFactBase(article, {}).factBase as unknown as Record<string, Fact[]>;
const personNames = kb.people!.map((p) => (p.names as { en: string[] }).en[0]!);
const idOf = (name: string) => kb.people!.find((p) => (p.names as { en: string[] }).en[0] === name)?.id;

test('a capitalised run right after a lower-case "the" is no person: the Eastern Mediterranean', { todo: 'a run after "the" left out of people (tried in lead15 and dropped: a regression guard fell, en-sport drawn recall 0.23 to 0.20)' }, () => {
  assert.ok(!personNames.includes('Eastern Mediterranean'), JSON.stringify(personNames));
  for (const name of ['Tesfaye Gebremariam Haile', 'Ahmed al-Mansouri', 'Hanan Bakhit', 'Claire Whitcombe', 'Qasem al-Bahri']) assert.ok(personNames.includes(name), `${name}: ${JSON.stringify(personNames)}`);
});

test('the post in apposition after the name goes to the person, not to the region after "the"', { todo: 'posts in apposition through a possessive body (the WHO\'s regional director)' }, () => {
  const posts = (kb.posts ?? []).filter((p) => p.person === idOf('Ahmed al-Mansouri'));
  assert.ok(posts.length >= 1, JSON.stringify(kb.posts));
});

test('a quote said by a person the article names by the given name alone is theirs (Tesfaye said)', () => {
  const quote = (kb.quotes ?? []).find((q) => String(q.text).includes('running out of time'));
  assert.ok(quote, JSON.stringify(kb.quotes));
  assert.equal(quote.speaker, idOf('Tesfaye Gebremariam Haile'));
});

test('near misses: "the" before a known given name or an honorific keeps a person (the late Mary Gill, the Rev Alan Price)', () => {
  const near = drawFactBase('Tributes were paid on Monday to the Rev Alan Price, who died in Leeds. The charity was founded by the late Mary Gill in 1990, and by the Joseph Rowntree trust.\n', { published: '2026-03-10', lang: 'en' }).factBase as unknown as Record<string, Fact[]>;
  const names = near.people!.map((p) => (p.names as { en: string[] }).en[0]!);
  assert.ok(names.some((n) => n.endsWith('Alan Price')), JSON.stringify(names));
  assert.ok(names.includes('Mary Gill'), JSON.stringify(names));
});

probe('cholera.en.txt', { sentence: '"We are running out of time and of money," Hanan Bakhit said.', rule: 'quote-speaker' });
probe('cholera.en.txt', { sentence: '"We are running out of time and of money," Tesfaye said.' });
probe('cholera.en.txt', { sentence: 'Dr Ahmed al-Mansouri, the WHO\'s regional director for the Eastern Mediterranean, said most clinics in Sudan had shut.' });

test('near misses of the given name alone: two people who share it, or a given name with no speech verb beside it, name no one', () => {
  const text = 'David Moyo and David Okafor met in Lagos on Monday. "We have agreed on the next steps together," David said.\nGrace Mwangi, the bank\'s governor, spoke on Tuesday. Staff at Grace Hospital said the wards were full again this week.\n';
  const near = drawFactBase(text, { published: '2026-03-10', lang: 'en' }).factBase as unknown as Record<string, Fact[]>;
  const speakers = (near.quotes ?? []).map((q) => q.speaker);
  const ids = near.people!.map((p) => p.id);
  assert.ok(!speakers.some((s) => ids.includes(s as string)), JSON.stringify(near.quotes));
  const mwangi = near.people!.find((p) => (p.names as { en: string[] }).en[0] === 'Grace Mwangi');
  assert.ok(mwangi, JSON.stringify(near.people));
  assert.ok(!((mwangi.short as { en?: string[] } | undefined)?.en ?? []).includes('Grace'), JSON.stringify(mwangi.short));
});

// A director-general heads the body (the WHO, an Arabic authority's المدير العام): a generic head of
// it ("WHO chief", "the head of the WHO") names that post, and is no wrong post.
probe('cholera.en.txt', { sentence: 'WHO chief Tesfaye Gebremariam Haile told reporters in Geneva that the appeal was short of money.' });
probe('cholera.en.txt', { sentence: 'The head of the WHO, Tesfaye Gebremariam Haile, told reporters in Geneva that cases were rising.' });
probe('cholera.en.txt', { sentence: 'WHO Director-General Qasem al-Bahri told reporters in Geneva that cases were rising.', rule: 'post-holder' });

test('international bodies come from the organisations lexicon: UNICEF led by Claire Whitcombe, and the WHO drawn once with its Arabic name', () => {
  const names = kb.organisations!.map((o) => (o.names as { en: string[] }).en[0]);
  assert.equal(names.filter((n) => n === 'World Health Organization').length, 1, JSON.stringify(names));
  const who = kb.organisations!.find((o) => (o.names as { en: string[] }).en[0] === 'World Health Organization')!;
  assert.ok((who.names as { ar: string[] }).ar.includes('منظمة الصحة العالمية'), JSON.stringify(who.names));
  const unicef = kb.organisations!.find((o) => (o.names as { en: string[] }).en.includes('UNICEF'));
  assert.ok(unicef, JSON.stringify(names));
  assert.ok((kb.affiliations ?? []).some((a) => a.organisation === unicef.id && a.member === idOf('Claire Whitcombe')), JSON.stringify(kb.affiliations));
});

probe('cholera.en.txt', { sentence: 'Claire Whitcombe, who heads the WHO, said 4 million doses had been shipped.', rule: 'post-holder' });
probe('cholera.en.txt', { sentence: 'وقالت كلير ويتكومب، رئيسة منظمة الصحة العالمية، إن أربعة ملايين جرعة شُحنت.', rule: 'post-holder' });
probe('cholera.en.txt', { sentence: 'UNICEF chief Claire Whitcombe said 4 million doses had been shipped.' });
