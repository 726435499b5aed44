/**
 * Drift test for the fact-base guide (`knowledge/README.md`): its schema reference names every
 * field and every enumerated value of the zod schema, and its role table has a row for every
 * `role` holding the title words the engine reads for that role's family. When this fails, add
 * the new field, value or title words to the guide, saying what the engine does with them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { factBaseJsonSchema } from '../../engine/src/factBase/jsonSchema';
import { RoleKind } from '../../engine/src/factBase/schema';
import { ROLE_FAMILY, TITLE_HEADS } from '../../engine/src/lexicon/words';
import { fold } from '../../engine/src/text/normalise';
import { tokenKey } from '../../engine/src/tokenKey';
import { repoRoot } from './helpers';

const guide = readFileSync(join(repoRoot, 'knowledge', 'README.md'), 'utf8');

/** The text of a level-2 section of the guide, up to the next level-2 heading. */
function section(title: string): string {
  const start = guide.indexOf(`\n## ${title}\n`);
  assert.ok(start >= 0, `knowledge/README.md has a section "## ${title}"`);
  const end = guide.indexOf('\n## ', start + 1);
  return guide.slice(start, end < 0 ? undefined : end);
}

/** Every property name and every string enum or constant value of a JSON Schema. */
function schemaWords(schema: unknown): { fields: Set<string>; values: Set<string> } {
  const fields = new Set<string>();
  const values = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.properties && typeof record.properties === 'object') for (const name of Object.keys(record.properties)) fields.add(name);
    if (Array.isArray(record.enum)) for (const value of record.enum) if (typeof value === 'string') values.add(value);
    if (typeof record.const === 'string') values.add(record.const);
    Object.values(record).forEach(walk);
  };
  walk(schema);
  return { fields, values };
}

test('the schema reference names every field and value of the fact-base schema', () => {
  const reference = section('Schema reference') + section('Field guide');
  const { fields, values } = schemaWords(factBaseJsonSchema());
  assert.ok(fields.size > 60 && values.size > 100, 'the schema walk found the fields and values');
  const missingFields = [...fields].filter((name) => !reference.includes(`\`${name}\``));
  assert.deepEqual(missingFields, [], 'fields missing from the schema reference of knowledge/README.md');
  const missingValues = [...values].filter((value) => !reference.includes(`\`${value}\``));
  assert.deepEqual(missingValues, [], 'values missing from the schema reference of knowledge/README.md');
});

/** The folded words of each row of the role table, by role. */
function roleRows(): Map<string, string[]> {
  const table = section('Field guide');
  const rows = new Map<string, string[]>();
  for (const line of table.split('\n')) {
    const match = /^\| `([a-z-]+)` \|(.*)$/.exec(line);
    if (!match || !(RoleKind.options as readonly string[]).includes(match[1]!)) continue;
    const words = match[2]!
      .replace(/`/g, '')
      .split(/[\s,،;:()|]+/)
      .filter(Boolean)
      .map((word) => tokenKey(fold(word)));
    rows.set(match[1]!, words);
  }
  return rows;
}

test('the role table has a row for every role with the title words the engine reads', () => {
  const rows = roleRows();
  assert.deepEqual(
    RoleKind.options.filter((role) => !rows.has(role)),
    [],
    'roles without a row in the role table of knowledge/README.md',
  );
  // A row may say "as `head`" for a role of the same family; the words are then that row's.
  const wordsOf = (role: string): string[] => {
    const words = rows.get(role) ?? [];
    const same = words.flatMap((word, i) => (word === 'as' && rows.has(words[i + 1] ?? '') && words[i + 1] !== role ? rows.get(words[i + 1]!)! : []));
    return [...words, ...same];
  };
  const contains = (words: readonly string[], phrase: readonly string[]) =>
    words.some((_, i) => phrase.every((word, k) => words[i + k] === word || words[i + k] === tokenKey(fold(word))));
  const missing: string[] = [];
  for (const head of TITLE_HEADS) {
    const roles = RoleKind.options.filter((role) => ROLE_FAMILY[role] === head.family);
    // A family no role maps to (chargé d'affaires) is named in the guide as a gap.
    if (roles.length === 0) {
      if (!contains(section('What a fact base cannot say yet').split(/[\s,،;:()|`]+/).map((word) => tokenKey(fold(word))), head.words)) missing.push(`${head.words.join(' ')} (${head.family}, no role)`);
      continue;
    }
    if (!roles.some((role) => contains(wordsOf(role), head.words))) missing.push(`${head.words.join(' ')} (${head.family})`);
  }
  assert.deepEqual(missing, [], 'title heads the engine reads that the role table does not list');
});
