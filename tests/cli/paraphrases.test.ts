/**
 * False alarms on true paraphrases (`tests/fixtures/paraphrases`): drafts that say only true things
 * about seven stories in varied newsroom wording, checked with each story's fact base. Every draft
 * must be tied to its story (else "no finding" would prove nothing) and get no finding. The false
 * alarms not fixed yet are listed in `KNOWN`, one comment each; a fix removes its line, and a new
 * false alarm, or a known one that no longer fires, fails the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cliPath, repoRoot, runCli } from './helpers';

const fixtures = join(repoRoot, 'tests', 'fixtures');

/** Each story's folder, its fact base and the fact base's id. */
const stories = [
  { name: 'ar-economy', factBase: 'stories/ar-economy/ras-el-hekma.factbase.json', id: 'ras-el-hekma' },
  { name: 'ar-disaster', factBase: 'stories/ar-disaster/al-haouz-earthquake.factbase.json', id: 'al-haouz-earthquake' },
  { name: 'en-court', factBase: 'stories/en-court/uk-rwanda-ruling.factbase.json', id: 'uk-rwanda-ruling' },
  { name: 'bundled', factBase: '../../knowledge/iraq-coalition-talks.factbase.json', id: 'iraq-coalition-talks' },
  { name: 'story-b', factBase: 'story-b/portmere.factbase.json', id: 'portmere-harbour' },
  { name: 'ar-education', factBase: 'dev-stories/ar-education/editor.factbase.json', id: 'tunisia-bac-2026' },
  { name: 'en-weather', factBase: 'dev-stories/en-weather/editor.factbase.json', id: 'cyclone-tamsin' },
];

/**
 * False alarms the engine still raises, as `story/file:line rule "text"`, each with why it is one.
 * Remove a line when its fix lands.
 */
const KNOWN: ReadonlyMap<string, string> = new Map<string, string>([
  // The signing took place in the New Administrative Capital; the sentence names ADQ, whose seat
  // is Abu Dhabi, and the place of the event is read as the organisation's seat.
  ['ar-economy/q-en-02.md:6 organisation-seat "New Administrative Capital"', 'event place read as a seat'],
  // A table row "| Rain at Mackay | 286 mm |" restates the rain sentence, whose first place is
  // Proserpine; the row's own place is Mackay (286 mm), which the same sentence gives.
  ['en-weather/q-en-01.md:15 event-place "Mackay"', 'second place of the restated sentence'],
  // «برانت» drops the d of Brandt that «براندت» writes, as Arabic often does with a d after n; the
  // name-spelling rule cannot yet tell a spelling without a letter the ear barely hears from a typo.
  ['story-b/d-ar-01.md:7 name-spelling "إيفو برانت"', 'a transliteration without a silent letter'],
]);

/** Drafts that cannot be tied to their story by detection, with the reason. */
const UNTIED: ReadonlyMap<string, string> = new Map<string, string>([]);

/** What `isnad check --format json` writes for a draft (the parts this test reads). */
interface JsonReport {
  file: string;
  story?: { factBases: string[] };
  findings: { ruleId: string; message: string; line: number; actual: string }[];
}

interface Labels {
  file: string;
  errors: unknown[];
  traps: { line: number; text: string }[];
}

test('the paraphrase labels have no errors and every trap stands on its line', () => {
  for (const story of stories) {
    const dir = join(fixtures, 'paraphrases', story.name);
    const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Labels[];
    assert.deepEqual(labels.map((label) => label.file).sort(), readdirSync(join(dir, 'drafts')).sort(), `${story.name}: one label per draft`);
    for (const label of labels) {
      assert.deepEqual(label.errors, [], `${story.name}/${label.file} has errors`);
      const lines = readFileSync(join(dir, 'drafts', label.file), 'utf8').split('\n');
      for (const trap of label.traps) assert.ok(lines[trap.line - 1]?.includes(trap.text), `${story.name}/${label.file}:${trap.line} lacks ${trap.text}`);
    }
  }
});

for (const story of stories) {
  test(`true paraphrases of "${story.name}" get no finding`, () => {
    assert.ok(existsSync(cliPath), 'dist/cli.js is built');
    const drafts = join(fixtures, 'paraphrases', story.name, 'drafts');
    const run = runCli(['check', '--no-config', '--no-bundled-kb', '--kb', join(fixtures, story.factBase), '--format', 'json', drafts]);
    assert.ok(run.status === 0 || run.status === 1, `isnad check failed (${run.status}): ${run.stderr}`);
    const reports = JSON.parse(run.stdout) as JsonReport[];
    assert.equal(reports.length, readdirSync(drafts).length, 'every draft is checked');
    const found: string[] = [];
    for (const report of reports) {
      const file = `${story.name}/${report.file.split('/').pop() ?? report.file}`;
      const tied = report.story?.factBases.includes(story.id) ?? false;
      assert.equal(tied, !UNTIED.has(file), `${file}: ${tied ? 'tied to its story, remove it from UNTIED' : 'not tied to its story'}`);
      for (const finding of report.findings) found.push(`${file}:${finding.line} ${finding.ruleId} "${finding.actual}"`);
    }
    const known = [...KNOWN.keys()].filter((key) => key.startsWith(`${story.name}/`));
    const unexpected = found.filter((key) => !KNOWN.has(key));
    const gone = known.filter((key) => !found.includes(key));
    const detail = (key: string) => {
      const report = reports.find((r) => key.startsWith(`${story.name}/${r.file.split('/').pop()}:`));
      const finding = report?.findings.find((f) => key === `${story.name}/${report.file.split('/').pop()}:${f.line} ${f.ruleId} "${f.actual}"`);
      return `  ${key}\n    ${finding?.message ?? ''}`;
    };
    assert.deepEqual({ unexpected, gone }, { unexpected: [], gone: [] }, `false alarms:\n${unexpected.map(detail).join('\n')}\nknown but gone:\n  ${gone.join('\n  ')}`);
  });
}
