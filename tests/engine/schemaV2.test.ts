/**
 * Schema version 2: one-language names, review marks, the new kinds, roles, units and relations,
 * and that version-1 fact bases still parse to the same data.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker, describeFactBase, hoverAt, parseFactBase } from '../../engine/src/index';
import { nameIn } from '../../engine/src/names';
import { citer } from './helpers';

const ARTICLE = 'The board of Acme Holdings named Jane Doe chief executive on Monday. Acme paid $2.5 million, up 12%.';

const cite = citer(ARTICLE);

/** An English-only fact base written for schema 2. */
function englishOnly(): Record<string, unknown> {
  return {
    schemaVersion: 2,
    id: 'acme',
    source: { file: 'article.en.txt', lang: 'en', published: '2025-03-05' },
    people: [{ id: 'doe', names: { en: ['Jane Doe'] }, short: { en: ['Doe'] }, gender: 'f', nationality: ['GB'], age: 52, evidence: cite('Jane Doe') }],
    organisations: [{ id: 'acme', names: { en: ['Acme Holdings'] }, kind: 'holding', base: 'london', evidence: cite('Acme Holdings') }],
    places: [{ id: 'london', names: { en: ['London'], ar: ['لندن'] }, kind: 'city', evidence: cite('Acme Holdings') }],
    posts: [
      {
        id: 'doe-ceo',
        holder: 'doe',
        role: 'chief-executive',
        title: { en: ['chief executive'] },
        organisation: 'acme',
        status: 'designate',
        since: { year: 2025, month: 3, day: 3, weekday: 'mon' },
        evidence: cite('named Jane Doe chief executive on Monday'),
        review: { unsure: true, reason: 'the weekday was resolved against the publication date' },
      },
    ],
    events: [
      {
        id: 'appointment',
        names: { en: ['the appointment'] },
        date: { year: 2025, month: 3, day: 3, weekday: 'mon', time: '09:30', partOfDay: 'morning', end: { year: 2025, month: 3, day: 4 } },
        evidence: cite('named Jane Doe chief executive on Monday'),
      },
    ],
    quantities: [
      { id: 'price', value: 2500000, unit: 'money', currency: 'USD', subject: 'acme', evidence: cite('$2.5 million') },
      { id: 'rise', value: 12, unit: 'percent', approx: 'about', subject: 'acme', evidence: cite('12%') },
      { id: 'vote', value: 2, against: 1, unit: 'votes', noun: { en: ['vote'] }, evidence: cite('12%') },
    ],
    affiliations: [{ id: 'doe-acme', member: 'doe', organisation: 'acme', relation: 'employed-by', evidence: cite('Jane Doe') }],
  };
}

void describe('schema 2', () => {
  test('an English-only fact base with the new fields parses; a missing side is an empty list', () => {
    const result = parseFactBase(JSON.stringify(englishOnly()), 'acme.factbase.json', ARTICLE);
    assert.deepEqual(result.problems, []);
    const kb = result.factBase!;
    assert.deepEqual(kb.people[0]!.names, { ar: [], en: ['Jane Doe'] });
    assert.equal(nameIn(kb.people[0]!.names, 'ar'), 'Jane Doe', 'the Arabic canonical form falls back to the English one');
    assert.equal(kb.events[0]!.triggers, undefined);
  });

  test('review marks come back as warnings with a JSON path and line, and do not stop loading', () => {
    const text = JSON.stringify(englishOnly(), null, 2);
    const result = parseFactBase(text, 'acme.factbase.json', ARTICLE);
    assert.ok(result.factBase);
    assert.equal(result.warnings?.length, 1);
    const warning = result.warnings[0]!;
    assert.equal(warning.path, '$.posts[0].review');
    assert.match(warning.message, /unsure \(doe-ceo\): the weekday/);
    assert.equal(text.split('\n')[warning.line - 1]!.trim().startsWith('"review"'), true);
  });

  test('names need at least one language; money needs a currency; noun or subject is required', () => {
    const problems = (mutate: (kb: any) => void) => {
      const kb = englishOnly() as any;
      mutate(kb);
      return parseFactBase(JSON.stringify(kb), 'x.json', ARTICLE).problems.map((p) => `${p.path} ${p.message}`);
    };
    assert.match(problems((kb) => (kb.people[0].names = {})).join('\n'), /\$\.people\[0\]\.names .*at least one/);
    assert.match(problems((kb) => (kb.people[0].names = { ar: [] })).join('\n'), /\$\.people\[0\]\.names\.ar/);
    assert.match(problems((kb) => delete kb.quantities[0].currency).join('\n'), /\$\.quantities\[0\]\.currency .*currency/);
    assert.match(problems((kb) => delete kb.quantities[1].subject).join('\n'), /\$\.quantities\[1\]\.noun/);
    assert.match(problems((kb) => (kb.events[0].date.time = '25:00')).join('\n'), /\$\.events\[0\]\.date\.time/);
    assert.match(problems((kb) => (kb.posts[0].review = { unsure: true })).join('\n'), /\$\.posts\[0\]\.review\.reason/);
    assert.match(problems((kb) => (kb.schemaVersion = 3)).join('\n'), /\$\.schemaVersion/);
  });

  test('the engine checks, hovers and describes a one-language fact base without crashing or printing undefined', () => {
    const kb = parseFactBase(JSON.stringify(englishOnly()), 'acme.factbase.json', ARTICLE).factBase!;
    // One-sentence drafts name too little of the story to be tied to it: let it speak about all.
    const checker = createChecker([kb], { scope: 'all' });
    for (const draft of ['Jane Doo was named chief executive of Acme Holdings.', 'عيّنت أكمي جين دو رئيسة تنفيذية.', 'Acme paid $3 million, up 15%.']) {
      for (const messageLang of ['ar', 'en'] as const) {
        const result = checker.check(draft, { messageLang });
        for (const finding of result.findings) assert.doesNotMatch(finding.message, /undefined/, finding.message);
        assert.deepEqual(result.internalErrors, []);
      }
      for (let offset = 0; offset < draft.length; offset += 3) {
        const card = hoverAt(checker, draft, offset);
        if (card) assert.doesNotMatch(`${card.title} ${card.facts.join(' ')}`, /undefined/);
      }
    }
    const misspelt = checker.check('Jane Doo was named chief executive of Acme Holdings.').findings.find((f) => f.ruleId === 'name-spelling');
    assert.ok(misspelt, 'a misspelt English-only name is found');
    for (const lang of ['ar', 'en'] as const) {
      const text = describeFactBase(kb, lang);
      assert.doesNotMatch(text, /undefined/);
      assert.match(text, /doe-ceo/, 'the unsure fact is listed for review');
    }
  });

  test('version-1 fact bases parse to the same data as before (the bundled one, with both sides)', () => {
    const root = join(__dirname, '..', '..', 'knowledge');
    const text = readFileSync(join(root, 'iraq-coalition-talks.factbase.json'), 'utf8');
    const parsed = parseFactBase(text, 'bundled', readFileSync(join(root, 'article.ar.txt'), 'utf8'));
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.warnings, undefined);
    const raw = JSON.parse(text);
    // Names lists come back exactly as written: no side is added or dropped.
    assert.deepEqual(parsed.factBase!.people.map((p) => p.names), raw.people.map((p: any) => p.names));
    assert.deepEqual(parsed.factBase!.events.map((e) => e.triggers), raw.events.map((e: any) => e.triggers));
  });
});

void describe('references to the gazetteer', () => {
  const article = 'The two leaders met in Paris on 3 May 2024 and signed the accord.';
  const at = (text: string) => {
    const start = article.indexOf(text);
    return [{ start, end: start + text.length, text }];
  };
  /** A fact base whose event takes place in a city it lists itself, or in the gazetteer's Paris. */
  const factBase = (own: boolean) => ({
    schemaVersion: 2,
    id: 'accord',
    source: { file: 'article.en.txt', lang: 'en', published: '2024-05-04' },
    places: own ? [{ id: 'paris-own', kind: 'city', within: 'france', names: { en: ['Paris'] }, evidence: at('Paris') }] : [],
    events: [
      {
        id: 'signing',
        names: { en: ['the signing of the accord'] },
        triggers: { en: ['signed', 'accord'] },
        date: { year: 2024, month: 5, day: 3 },
        place: own ? 'paris-own' : 'paris',
        evidence: at('met in Paris on 3 May 2024 and signed the accord'),
      },
    ],
  });
  const placeFindings = (own: boolean) => {
    const parsed = parseFactBase(JSON.stringify(factBase(own)), 'accord.factbase.json', article);
    assert.deepEqual(parsed.problems, []);
    const checker = createChecker([parsed.factBase!], { scope: 'all' });
    const draft = 'The accord was signed in London on 3 May 2024.';
    return checker.check(draft).findings.filter((f) => f.ruleId === 'event-place').map((f) => draft.slice(f.range.start, f.range.end));
  };

  test('an event placed at a gazetteer id is checked like one placed at a place of the fact base', () => {
    assert.deepEqual(placeFindings(true), ['London']);
    assert.deepEqual(placeFindings(false), ['London']);
  });
});
