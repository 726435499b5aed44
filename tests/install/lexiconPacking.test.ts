/**
 * The reference lexicons are bundled packed (scripts/esbuild-lexicon.mjs): the module a bundle
 * carries for each knowledge/lexicon/*.json file must give back exactly the file's entries, in
 * order, and a file the packed form could not give back must stop the build with the file and the
 * entry named.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandLexicon, lexiconModule, packLexicon } from '../../scripts/esbuild-lexicon.mjs';
import { repoRoot } from '../engine/helpers';

const lexiconDir = join(repoRoot, 'knowledge', 'lexicon');
const files = readdirSync(lexiconDir).filter((name) => name.endsWith('.json'));

void describe('packed lexicons', () => {
  void test('the gazetteer and the organisations are both packed', () => {
    assert.ok(files.includes('places.json') && files.includes('organisations.json'), files.join(', '));
  });

  for (const name of files) {
    void test(`${name}: the bundled module gives back the file's entries`, async () => {
      const entries: unknown = JSON.parse(readFileSync(join(lexiconDir, name), 'utf8'));
      const source = lexiconModule(entries, name);
      const loaded = (await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`)) as { default: unknown };
      assert.deepStrictEqual(loaded.default, entries);
      const { columns, lists, tables, packed } = packLexicon(entries, name);
      assert.deepStrictEqual(expandLexicon(columns, lists, tables, packed), entries);
      assert.ok(source.length < JSON.stringify(entries).length, `${name} packs smaller than its JSON`);
    });
  }

  void test('an entry the packed form cannot carry stops the build, naming the file and the entry', () => {
    const place = { id: 'x', kind: 'city', ar: ['س'], en: ['X'] };
    assert.throws(() => packLexicon([place, { ...place, id: 'pipe', en: ['A|B'] }], 'places.json'), /places\.json: entry 2 \(pipe\): "en" must be non-empty text/);
    assert.throws(() => packLexicon([place, { ...place, id: 'semicolon', ar: ['أ;ب'] }], 'places.json'), /entry 2 \(semicolon\): "ar"/);
    assert.throws(() => packLexicon([{ ...place, ar: [] }], 'places.json'), /entry 1 \(x\): "ar" is an empty list/);
    assert.throws(() => packLexicon([place, { ...place, id: 'y', en: 'Y' }], 'places.json'), /entry 2 \(y\): "en" is a list in some entries and not in others/);
    assert.throws(() => packLexicon([{ ...place, within: '' }], 'places.json'), /"within" must be non-empty text/);
    assert.throws(() => packLexicon({ places: [] }, 'places.json'), /places\.json: a lexicon is an array of entries/);
  });

  void test('ids that are their English name and columns of few values pack smaller and come back', () => {
    const entries = [
      { id: 'new-south-wales', kind: 'region', within: 'australia', en: ['New South Wales'] },
      { id: 'sydney', kind: 'city', within: 'new-south-wales', ar: ['سيدني'], en: ['Sydney'] },
      { id: 'newcastle-nsw', kind: 'city', within: 'new-south-wales', en: ['Newcastle, New South Wales'] },
      { id: 'quebec-city', kind: 'city', within: 'quebec', en: ['Québec City'] },
      { id: 'wollongong', kind: 'city', within: 'new-south-wales', en: ['Wollongong'], namesakes: ['quebec'] },
    ];
    const { columns, lists, tables, packed } = packLexicon(entries, 'test.json');
    assert.deepStrictEqual(expandLexicon(columns, lists, tables, packed), entries);
    assert.equal(packed.split('\n')[1]!.split('|')[0], '^', 'sydney is the slug of Sydney');
    assert.equal(packed.split('\n')[2]!.split('|')[0], 'newcastle-nsw', 'an id that is not the slug stays written');
    assert.deepEqual(tables[columns.indexOf('kind')], ['region', 'city']);
    assert.throws(() => packLexicon([{ id: '^', en: ['X'] }], 'test.json'), /entry 1 \(\^\): "id" must be/);
  });

  void test('an optional field left out stays left out', () => {
    const entries = [{ id: 'a', kind: 'city', within: 'b', ar: ['أ'], en: ['A'] }, { id: 'b', kind: 'country', ar: ['ب', 'بي'], en: ['B'] }];
    const { columns, lists, tables, packed } = packLexicon(entries, 'test.json');
    const expanded = expandLexicon(columns, lists, tables, packed);
    assert.deepStrictEqual(expanded, entries);
    assert.equal('within' in expanded[1]!, false);
  });
});
