/**
 * The bundled fact base, the reference gazetteer, and the fact-base parser's problem reports.
 *
 * The bundled fact base must parse with no problems against its article, every evidence range
 * must hold its text, and its committed ranges must be what `scripts/kb-cite.mjs` computes. A
 * catalogue of broken fact bases in tests/fixtures/factbases checks that each kind of mistake is
 * reported with the right JSON path and 1-based line and column.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { parseFactBase, MAX_FACT_BASE_DEPTH, MAX_FACT_BASE_LENGTH } from '../../engine/src/factBase/parse';
import { PlaceSchema, type FactBaseData } from '../../engine/src/factBase/schema';
import { nameKeys } from '../../engine/src/knowledge';
import gazetteer from '../../knowledge/lexicon/places.json';

const root = join(__dirname, '..', '..');
const knowledgeDir = join(root, 'knowledge');
const fixturesDir = join(root, 'tests', 'fixtures', 'factbases');
const storiesDir = join(root, 'tests', 'fixtures', 'stories');
const bundledFile = join(knowledgeDir, 'iraq-coalition-talks.factbase.json');
const bundledText = readFileSync(bundledFile, 'utf8');
const article = readFileSync(join(knowledgeDir, 'article.ar.txt'), 'utf8');

const SECTIONS = ['people', 'organisations', 'posts', 'places', 'events', 'quantities', 'quotes', 'affiliations', 'groups'] as const;

function bundled(): FactBaseData {
  const result = parseFactBase(bundledText, bundledFile, article);
  assert.deepEqual(result.problems, []);
  assert.ok(result.factBase);
  return result.factBase;
}

/** Every fact of every section, with its section. */
function allFacts(factBase: FactBaseData): { section: string; fact: { id: string; evidence: { start: number; end: number; text: string }[] } }[] {
  return SECTIONS.flatMap((section) => factBase[section].map((fact) => ({ section, fact })));
}

void describe('bundled fact base', () => {
  void test('parses against its article with zero problems', () => {
    const factBase = bundled();
    assert.equal(factBase.id, 'iraq-coalition-talks');
    assert.equal(factBase.source.file, 'article.ar.txt');
    assert.equal(factBase.source.lang, 'ar');
    const raw = JSON.parse(bundledText) as { $schema?: string };
    assert.equal(raw.$schema, './factbase.schema.json');
  });

  void test('every evidence range holds its text', () => {
    const factBase = bundled();
    let count = 0;
    for (const { section, fact } of allFacts(factBase)) {
      assert.ok(fact.evidence.length > 0, `${section}/${fact.id} has evidence`);
      for (const evidence of fact.evidence) {
        count++;
        assert.ok(evidence.start >= 0 && evidence.end <= article.length && evidence.end > evidence.start, `${section}/${fact.id}: range ${evidence.start}-${evidence.end}`);
        assert.equal(article.slice(evidence.start, evidence.end), evidence.text, `${section}/${fact.id}: evidence ${evidence.start}-${evidence.end}`);
        // Evidence cites a sentence or a clause, not a paragraph.
        assert.ok(evidence.text.length <= 300, `${section}/${fact.id}: evidence is short`);
      }
    }
    assert.ok(count > 100);
  });

  void test('its committed ranges are what kb-cite computes', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'kb-cite.mjs'), '--check', bundledFile], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr + run.stdout);
  });

  void test('ids are unique across all sections', () => {
    const seen = new Map<string, string>();
    for (const { section, fact } of allFacts(bundled())) {
      assert.ok(!seen.has(fact.id), `id ${fact.id} is used in ${seen.get(fact.id)} and ${section}`);
      seen.set(fact.id, section);
    }
  });

  void test('every person has Arabic and English names, and short forms', () => {
    const factBase = bundled();
    const expected = ['abbasi', 'miller', 'romanowski', 'yasari', 'muhandis', 'soleimani', 'khazali', 'halawi', 'walaei', 'saddam'];
    assert.deepEqual(factBase.people.map((person) => person.id).sort(), [...expected].sort());
    for (const person of factBase.people) {
      assert.ok(person.names.ar.length > 0 && person.names.en.length > 0, `${person.id} has names in both languages`);
      // صدام alone is also the common noun "clash", so Saddam has an English short form only.
      if (person.id !== 'saddam') assert.ok((person.short?.ar?.length ?? 0) > 0, `${person.id} has an Arabic short form`);
      assert.ok((person.short?.en?.length ?? 0) > 0, `${person.id} has an English short form`);
      for (const list of [person.names.ar, person.names.en, person.short?.ar ?? [], person.short?.en ?? []]) {
        assert.equal(new Set(list).size, list.length, `${person.id} lists a form twice`);
      }
    }
    assert.equal(factBase.people.find((person) => person.id === 'romanowski')?.gender, 'f');
  });

  void test('no full name or short form names two people', () => {
    const owner = new Map<string, string>();
    for (const person of bundled().people) {
      for (const form of [...person.names.ar, ...person.names.en, ...(person.short?.ar ?? []), ...(person.short?.en ?? [])]) {
        const key = nameKeys(form).join(' ');
        assert.ok(!owner.has(key) || owner.get(key) === person.id, `"${form}" names both ${owner.get(key)} and ${person.id}`);
        owner.set(key, person.id);
      }
    }
  });

  void test('canonical Arabic names are written as the article writes them', () => {
    for (const person of bundled().people) {
      assert.ok(article.includes(person.names.ar[0]!), `${person.names.ar[0]} is in the article`);
    }
  });

  void test('quotes are verbatim guillemet quotes of the article, and editorial parts lie inside them', () => {
    const factBase = bundled();
    for (const quote of factBase.quotes) {
      assert.ok(article.includes(`«${quote.text}»`), `${quote.id} is a «…» quote of the article`);
      assert.ok(quote.evidence.some((evidence) => evidence.text === quote.text), `${quote.id} cites its own words`);
      for (const part of quote.editorial ?? []) assert.ok(quote.text.includes(part), `${quote.id}: editorial part ${part}`);
    }
    const speakers = new Set(factBase.quotes.map((quote) => quote.speaker));
    for (const speaker of ['romanowski', 'yasari', 'halawi', 'walaei']) assert.ok(speakers.has(speaker), `${speaker} is quoted`);
  });

  void test('every post holder has a post, and the dated events carry the article dates', () => {
    const factBase = bundled();
    const holders = new Set(factBase.posts.map((post) => post.holder));
    for (const person of factBase.people) assert.ok(holders.has(person.id), `${person.id} holds a post`);
    const date = (id: string) => factBase.events.find((event) => event.id === id)?.date;
    assert.deepEqual(date('us-invasion'), { year: 2003, derived: false });
    assert.deepEqual(date('us-withdrawal'), { year: 2011, derived: false });
    assert.deepEqual(date('us-return'), { year: 2014, derived: false });
    assert.deepEqual(date('airport-strike'), { year: 2020, month: 1, part: 'early', derived: false });
    assert.deepEqual(date('coalition-end'), { year: 2025, month: 9, derived: false });
    assert.equal(date('withdrawal-start')?.derived, true);
    assert.equal(date('withdrawal-start')?.month, 9);
    for (const event of factBase.events) {
      if (event.date?.relative) assert.equal(event.date.derived, true, `${event.id}: a date derived from "${event.date.relative}" is marked derived`);
      for (const list of [event.triggers?.ar ?? [], event.triggers?.en ?? []]) assert.equal(new Set(list).size, list.length, `${event.id} lists a trigger twice`);
    }
  });
});

/** The hand-written fact bases of tests/fixtures/stories: one folder per story, with its article. */
function storyFactBases(): { story: string; file: string; text: string }[] {
  return readdirSync(storiesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(join(storiesDir, entry.name))
        .filter((name) => name.endsWith('.factbase.json'))
        .map((name) => {
          const file = join(storiesDir, entry.name, name);
          return { story: entry.name, file, text: readFileSync(file, 'utf8') };
        }),
    );
}

void describe('story fact bases (tests/fixtures/stories)', () => {
  const stories = storyFactBases();

  void test('each shared story has its hand-written fact base', () => {
    assert.deepEqual([...new Set(stories.map(({ story }) => story))].sort(), ['ar-disaster', 'ar-economy', 'en-court']);
  });

  for (const { story, file, text } of stories) {
    void test(`${story}: validates against its own copy of the article, with nothing left unsure`, () => {
      const source = (JSON.parse(text) as { source: { file: string } }).source.file;
      assert.ok(!isAbsolute(source) && dirname(join(dirname(file), source)) === dirname(file), `${story}: the article lies beside the fact base`);
      const storyArticle = readFileSync(join(dirname(file), source), 'utf8');
      const shared = join(root, '..', 'shared', 'stories', story, source);
      if (existsSync(shared)) assert.equal(storyArticle, readFileSync(shared, 'utf8'), `${story}: the article is a verbatim copy of the shared one`);
      const result = parseFactBase(text, file, storyArticle);
      assert.deepEqual(result.problems, []);
      const factBase = result.factBase!;
      for (const { section, fact } of allFacts(factBase)) {
        assert.equal((fact as { review?: unknown }).review, undefined, `${section}/${fact.id} was reviewed`);
        for (const evidence of fact.evidence) assert.ok(evidence.text.length <= 300, `${section}/${fact.id}: evidence is short`);
      }
      for (const quote of factBase.quotes) assert.ok(storyArticle.includes(quote.text), `${quote.id} is verbatim`);
      const owner = new Map<string, string>();
      for (const person of factBase.people) {
        for (const form of [...person.names.ar, ...person.names.en, ...(person.short?.ar ?? []), ...(person.short?.en ?? [])]) {
          const key = nameKeys(form).join(' ');
          assert.ok(!owner.has(key) || owner.get(key) === person.id, `"${form}" names both ${owner.get(key)} and ${person.id}`);
          owner.set(key, person.id);
        }
      }
    });

    void test(`${story}: its committed ranges are what kb-cite computes`, () => {
      const run = spawnSync(process.execPath, [join(root, 'scripts', 'kb-cite.mjs'), '--check', file], { encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr + run.stdout);
    });
  }
});

void describe('reference gazetteer', () => {
  type Entry = { id: string; kind: string; within?: string; ar?: string[]; en: string[]; also?: string[]; namesakes?: string[] };
  const entries = gazetteer as Entry[];
  const byId = new Map(entries.map((entry) => [entry.id, entry]));

  void test('entries are well formed with unique ids', () => {
    assert.equal(byId.size, entries.length, 'ids are unique');
    const kinds = PlaceSchema.shape.kind.options as readonly string[];
    for (const entry of entries) {
      assert.match(entry.id, /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/);
      assert.ok(kinds.includes(entry.kind), `${entry.id}: kind ${entry.kind}`);
      // A town the Arabic press does not write about has English names only.
      assert.ok((entry.ar === undefined || entry.ar.length > 0) && entry.en.length > 0, `${entry.id} has English names, and Arabic ones if any`);
      for (const form of [...(entry.ar ?? []), ...entry.en, ...(entry.also ?? [])]) assert.ok(form.trim() === form && form.length > 0, `${entry.id}: "${form}"`);
      for (const id of entry.namesakes ?? []) assert.ok(byId.has(id) && id !== entry.id, `${entry.id}: namesake ${id} is another gazetteer place`);
      assert.deepEqual(Object.keys(entry).filter((key) => !['id', 'kind', 'within', 'ar', 'en', 'also', 'namesakes'].includes(key)), []);
    }
  });

  void test('within points at an existing place and never loops', () => {
    for (const entry of entries) {
      const seen = new Set([entry.id]);
      for (let current = entry.within; current !== undefined; current = byId.get(current)?.within) {
        assert.ok(byId.has(current), `${entry.id}: within ${current} exists`);
        assert.ok(!seen.has(current), `${entry.id}: within loops through ${current}`);
        seen.add(current);
      }
    }
  });

  void test('covers every country and the places the fact base relies on', () => {
    assert.ok(entries.filter((entry) => entry.kind === 'country').length >= 195);
    for (const id of ['iraq', 'baghdad', 'usa', 'washington', 'erbil', 'mosul', 'hodeidah', 'sanaa', 'gaza', 'rafah', 'khan-younis', 'turkey', 'iran', 'israel', 'yemen', 'jordan']) {
      assert.ok(byId.has(id), `${id} is in the gazetteer`);
    }
    // Baghdad lies in its governorate, and that in Iraq.
    const chain = (id: string) => {
      const out: string[] = [];
      for (let current: string | undefined = id; current !== undefined && !out.includes(current); current = byId.get(current)?.within) out.push(current);
      return out;
    };
    assert.deepEqual(chain('baghdad'), ['baghdad', 'baghdad-governorate', 'iraq']);
    assert.equal(byId.get('washington')?.within, 'usa');
  });

  void test('a form names one place, except the documented homographs', () => {
    // عمان is both Oman (عُمان) and Amman (عَمّان); the two differ only in vowel marks.
    const homographs = new Set(['عمان']);
    const owner = new Map<string, string>();
    for (const entry of entries) {
      for (const form of [...(entry.ar ?? []), ...entry.en]) {
        const key = nameKeys(form).join(' ');
        if (!homographs.has(key)) assert.ok(!owner.has(key) || owner.get(key) === entry.id, `"${form}" names both ${owner.get(key)} and ${entry.id}`);
        owner.set(key, entry.id);
      }
    }
  });

  void test('places of the fact base that are also in the gazetteer share their canonical names', () => {
    for (const place of bundled().places) {
      const twin = byId.get(place.id);
      if (!twin) continue;
      assert.ok((twin.ar ?? []).includes(place.names.ar[0]!) && twin.en.includes(place.names.en[0]!), `${place.id} is named alike in both`);
    }
  });
});

void describe('broken fact bases', () => {
  interface Expected {
    path: string;
    line: number;
    column: number;
    message: RegExp;
  }
  const catalogue: Record<string, Expected[]> = {
    'valid-minimal.factbase.json': [],
    'bad-json.factbase.json': [{ path: '$', line: 4, column: 3, message: /^invalid JSON: CommaExpected/ }],
    'trailing-comma.factbase.json': [{ path: '$', line: 5, column: 1, message: /^invalid JSON/ }],
    'comment.factbase.json': [{ path: '$', line: 2, column: 3, message: /^invalid JSON: InvalidCommentToken/ }],
    'empty.factbase.json': [{ path: '$', line: 1, column: 1, message: /^invalid JSON/ }],
    'schema-violation.factbase.json': [{ path: '$.people[0].gender', line: 8, column: 7, message: /"m"\|"f"/ }],
    'unknown-key.factbase.json': [{ path: '$.people[0].nickname', line: 8, column: 7, message: /^unknown key "nickname"$/ }],
    'missing-names.factbase.json': [{ path: '$.people[0].names.en', line: 7, column: 42, message: />=1/ }],
    'bad-id.factbase.json': [{ path: '$.groups[0].id', line: 6, column: 7, message: /kebab or snake case/ }],
    'bom.factbase.json': [{ path: '$.id', line: 1, column: 3, message: /kebab or snake case/ }],
    'duplicate-id.factbase.json': [{ path: '$.organisations[0].id', line: 14, column: 7, message: /duplicate id "abbasi" \(already used in people\)/ }],
    'dangling-reference.factbase.json': [{ path: '$.posts[0].holder', line: 7, column: 7, message: /unknown id "thabet"; expected one of: people/ }],
    'gazetteer-reference.factbase.json': [],
    'unknown-place.factbase.json': [{ path: '$.places[0].within', line: 8, column: 7, message: /unknown id "atlantis"; expected one of: places, or a gazetteer id/ }],
    'wrong-kind-reference.factbase.json': [{ path: '$.places[0].within', line: 17, column: 7, message: /"abbasi" is in people; expected one of: places/ }],
    'cycle-parent.factbase.json': [
      { path: '$.organisations[0].parent', line: 9, column: 7, message: /"quds-force" is part of a cycle through parent/ },
      { path: '$.organisations[1].parent', line: 16, column: 7, message: /"irgc" is part of a cycle through parent/ },
    ],
    'cycle-within.factbase.json': [{ path: '$.places[0].within', line: 9, column: 7, message: /"baghdad" is part of a cycle through within/ }],
    'evidence-outside.factbase.json': [{ path: '$.people[0].evidence[1]', line: 11, column: 9, message: /lies outside the article/ }],
    'evidence-mismatch.factbase.json': [{ path: '$.people[0].evidence[0]', line: 9, column: 20, message: /holds .* not "ثابت العباسي" \(that text is at 59-71\)/ }],
    'evidence-reversed.factbase.json': [{ path: '$.people[0].evidence[0]', line: 9, column: 20, message: /end must be greater than start/ }],
    'deeply-nested.factbase.json': [{ path: '$', line: 1, column: 1, message: new RegExp(`nested more than ${MAX_FACT_BASE_DEPTH} levels`) }],
  };

  for (const [file, expected] of Object.entries(catalogue)) {
    void test(file, () => {
      const text = readFileSync(join(fixturesDir, file), 'utf8');
      const result = parseFactBase(text, file, article);
      const got = result.problems.map(({ path, line, column }) => ({ path, line, column }));
      assert.deepEqual(got, expected.map(({ path, line, column }) => ({ path, line, column })), JSON.stringify(result.problems, null, 2));
      result.problems.forEach((problem, i) => {
        assert.equal(problem.file, file);
        assert.match(problem.message, expected[i]!.message);
      });
      assert.equal(result.factBase === undefined, expected.length > 0, 'the fact base is returned only when it has no problems');
    });
  }

  void test('evidence is checked only when the article is given', () => {
    const text = readFileSync(join(fixturesDir, 'evidence-mismatch.factbase.json'), 'utf8');
    const result = parseFactBase(text, 'x.json');
    assert.deepEqual(result.problems, []);
    assert.ok(result.factBase);
  });

  void test('a file over the size limit is refused without being parsed', () => {
    const result = parseFactBase(' '.repeat(MAX_FACT_BASE_LENGTH + 1), 'huge.json');
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0]!.message, /too large/);
    assert.deepEqual([result.problems[0]!.line, result.problems[0]!.column], [1, 1]);
  });

  void test('brackets inside strings do not count towards the nesting limit', () => {
    const deepString = '['.repeat(200);
    const text = JSON.stringify({ id: 'x', title: deepString, source: { file: 'a.txt', lang: 'ar' } });
    assert.deepEqual(parseFactBase(text, 'x.json').problems, []);
  });
});

void test('a quantity whose subject names no fact, or a fact of another kind, is a warning; the fact base stays usable', () => {
  const file = 'unknown-subject.factbase.json';
  const result = parseFactBase(readFileSync(join(fixturesDir, file), 'utf8'), file, article);
  assert.deepEqual(result.problems, []);
  assert.ok(result.factBase, 'the fact base is usable');
  const got = (result.warnings ?? []).map(({ path, line, column, message }) => ({ path, line, column, message }));
  assert.deepEqual(got, [
    {
      path: '$.quantities[0].subject',
      line: 17,
      column: 7,
      message: 'subject (abbasi-age): unknown id "abbassi"; expected one of: people, organisations, places, events, groups, or a gazetteer id. The quantity is checked without its subject',
    },
    {
      path: '$.quantities[2].subject',
      line: 32,
      column: 7,
      message: 'subject (age-of-age): "abbasi-age" is in quantities; expected one of: people, organisations, places, events, groups, or a gazetteer id. The quantity is checked without its subject',
    },
  ]);
});
