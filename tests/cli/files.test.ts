/**
 * host/src/files.ts: globs, discovery (skipped folders, link loops, spaces and Arabic names),
 * reading (binary, UTF-16, BOM, empty, huge), atomic writes and shards.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  compileGlob,
  decodeText,
  discoverFiles,
  encodeText,
  globBase,
  isExcluded,
  matchGlob,
  parseShard,
  parseSize,
  readTextFile,
  shardFiles,
  sortPaths,
  writeFileAtomic,
} from '../../host/src/files';
import { tempDir, writeFiles } from './helpers';

test('globs: **, *, ?, {a,b}, base names, escaping', () => {
  const yes = (glob: string, path: string) => assert.ok(matchGlob(glob, path), `${glob} should match ${path}`);
  const no = (glob: string, path: string) => assert.ok(!matchGlob(glob, path), `${glob} should not match ${path}`);
  yes('**/*.md', 'a.md');
  yes('**/*.md', 'x/y/a.md');
  no('**/*.md', 'a.mdx');
  yes('*.md', 'x/y/a.md');
  yes('drafts/*.md', 'drafts/a.md');
  no('drafts/*.md', 'drafts/x/a.md');
  yes('drafts/**/*.md', 'drafts/a.md');
  yes('drafts/**/*.md', 'drafts/x/y/a.md');
  no('drafts/**/*.md', 'other/drafts/a.md');
  yes('drafts/**', 'drafts/x/y.txt');
  yes('drafts/', 'drafts/x/y.txt');
  yes('*.{md,txt}', 'a.txt');
  yes('{ar,en}-*.{md,{mark,}down}', 'ar-1.markdown');
  no('{ar,en}-*.md', 'fr-1.md');
  yes('?.md', 'a.md');
  no('?.md', 'ab.md');
  yes('a+b (1).md', 'a+b (1).md');
  no('a.md', 'aXmd');
  yes('./drafts/*.md', 'drafts/a.md');
  yes('مسودات/*.md', 'مسودات/مقال 1.md');
  yes('drafts\\*.md', 'drafts/a.md');
  yes('**/x.md', 'x.md');
  assert.equal(compileGlob('*.md'), compileGlob('*.md'), 'compiled globs are cached');
});

test('globs: the static base of a glob', () => {
  assert.equal(globBase('drafts/**/*.md'), 'drafts');
  assert.equal(globBase('*.md'), '.');
  assert.equal(globBase('../shared/corpus/drafts/*.md'), '../shared/corpus/drafts');
  assert.equal(globBase('/abs/x/*.md'), '/abs/x');
});

test('exclusion covers a folder and everything under it', () => {
  assert.ok(isExcluded(['archive'], 'archive/2020/a.md'));
  assert.ok(isExcluded(['drafts/old/**'], 'drafts/old/a.md'));
  assert.ok(!isExcluded(['drafts/old/**'], 'drafts/new/a.md'));
  assert.ok(isExcluded(['*.bak.md'], 'x/y.bak.md'));
});

test('shards: every file in exactly one shard, sizes within one', () => {
  fc.assert(
    fc.property(fc.array(fc.string(), { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), (names, count) => {
      const files = sortPaths(names);
      const shards = Array.from({ length: count }, (_, i) => shardFiles(files, i + 1, count));
      const all = shards.flat();
      assert.equal(all.length, files.length);
      assert.deepEqual(sortPaths(all), files);
      const sizes = shards.map((shard) => shard.length);
      assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 1);
    }),
  );
  assert.throws(() => shardFiles([], 0, 2), RangeError);
  assert.throws(() => shardFiles([], 3, 2), RangeError);
  assert.deepEqual(parseShard('2/4'), { index: 2, count: 4 });
  assert.ok('error' in parseShard('0/4'));
  assert.ok('error' in parseShard('5/4'));
  assert.ok('error' in parseShard('1/0'));
  assert.ok('error' in parseShard('x'));
});

test('sizes parse', () => {
  assert.equal(parseSize('5mb'), 5 * 1024 * 1024);
  assert.equal(parseSize('200k'), 200 * 1024);
  assert.equal(parseSize('1048576'), 1048576);
  assert.equal(parseSize('0'), undefined);
  assert.equal(parseSize('lots'), undefined);
});

test('discovery: folders, extensions, skipped folders, sorted, spaces and Arabic names', () => {
  const { dir, cleanup } = tempDir();
  try {
    writeFiles(dir, {
      'b.md': '# b',
      'a.txt': 'a',
      'c.markdown': 'c',
      'image.png': 'x',
      'sub dir/مقال عربي.md': 'نص',
      'sub dir/notes.MD': 'upper case extension is not a draft',
      'node_modules/pkg/readme.md': 'skip',
      '.git/description.md': 'skip',
      'deep/er/x.md': 'x',
    });
    const found = discoverFiles(['.'], { cwd: dir });
    assert.deepEqual(
      found.files.map((file) => file.slice(dir.length + 1)),
      ['a.txt', 'b.md', 'c.markdown', 'deep/er/x.md', 'sub dir/مقال عربي.md'],
    );
    assert.deepEqual(found.unmatched, []);
    // Explicit files are taken whatever their extension; globs match relative paths.
    const explicit = discoverFiles(['image.png', 'sub dir/*.md', '**/x.md'], { cwd: dir });
    assert.deepEqual(explicit.files.map((file) => file.slice(dir.length + 1)), ['deep/er/x.md', 'image.png', 'sub dir/مقال عربي.md']);
    // Include and exclude, relative to a base folder.
    const configured = discoverFiles(['.'], { cwd: join(dir, 'deep'), base: dir, include: ['**/*.md'], exclude: ['sub dir'] });
    assert.deepEqual(configured.files.map((file) => file.slice(dir.length + 1)), ['deep/er/x.md']);
    const excluded = discoverFiles(['.', 'sub dir/مقال عربي.md'], { cwd: dir, exclude: ['sub dir', 'deep/**'] });
    assert.deepEqual(excluded.files.map((file) => file.slice(dir.length + 1)), ['a.txt', 'b.md', 'c.markdown']);
    assert.equal(excluded.warnings.length, 1);
    assert.match(excluded.warnings[0]!.message, /exclude/);
    // Arguments that match nothing.
    const missing = discoverFiles(['nope.md', 'nothing/*.md', '*.docx'], { cwd: dir });
    assert.deepEqual(missing.files, []);
    assert.deepEqual(missing.unmatched, ['nope.md', 'nothing/*.md', '*.docx']);
  } finally {
    cleanup();
  }
});

test('discovery: symbolic link loops end, links to files and folders are followed once', () => {
  const { dir, cleanup } = tempDir();
  try {
    writeFiles(dir, { 'a/one.md': '1', 'b/two.md': '2' });
    symlinkSync(dir, join(dir, 'a', 'loop'));
    symlinkSync(join(dir, 'b'), join(dir, 'a', 'to-b'));
    symlinkSync(join(dir, 'a', 'loop2'), join(dir, 'a', 'loop2'));
    symlinkSync(join(dir, 'b', 'two.md'), join(dir, 'a', 'link.md'));
    symlinkSync(join(dir, 'missing.md'), join(dir, 'a', 'broken.md'));
    // The walk is bounded by what it enters, counted, not by a clock: a loop followed would enter
    // folders until the bound and say so.
    const found = discoverFiles(['.'], { cwd: dir, maxFolders: 10 });
    assert.ok(!found.warnings.some((warning) => /more than 10 folders/.test(warning.message)), JSON.stringify(found.warnings));
    const names = found.files.map((file) => file.slice(dir.length + 1));
    assert.ok(names.includes('a/one.md'));
    assert.ok(names.includes('a/link.md'));
    assert.ok(names.some((name) => name.endsWith('two.md')));
    assert.ok(found.warnings.some((warning) => warning.path.endsWith('broken.md')));
  } finally {
    cleanup();
  }
});

test('reading: UTF-8, BOMs, UTF-16, empty, binary, invalid UTF-8, huge, folders', () => {
  const { dir, cleanup } = tempDir();
  try {
    const text = 'قال ثابت العباسي: "hello"\n';
    writeFiles(dir, {
      'plain.md': text,
      'bom.md': encodeText(text, 'utf8-bom'),
      'le.md': encodeText(text, 'utf16le'),
      'be.md': encodeText(text, 'utf16be'),
      'empty.md': '',
      'nul.md': Buffer.from([0x61, 0x00, 0x62]),
      'latin1.md': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
      'odd-utf16.md': Buffer.from([0xff, 0xfe, 0x61]),
      'big.md': 'x'.repeat(2048),
    });
    mkdirSync(join(dir, 'folder.md'));
    const read = (name: string, maxBytes?: number) => readTextFile(join(dir, name), { maxBytes });
    for (const [name, encoding] of [['plain.md', 'utf8'], ['bom.md', 'utf8-bom'], ['le.md', 'utf16le'], ['be.md', 'utf16be']] as const) {
      const result = read(name);
      assert.ok(result.ok, name);
      assert.equal(result.text, text, name);
      assert.equal(result.encoding, encoding, name);
      assert.deepEqual(encodeText(result.text, result.encoding), readFileSync(join(dir, name)), `${name} round-trips`);
    }
    const empty = read('empty.md');
    assert.ok(empty.ok && empty.text === '');
    for (const name of ['nul.md', 'odd-utf16.md']) {
      const result = read(name);
      assert.ok(!result.ok && result.kind === 'binary', name);
    }
    const latin1 = read('latin1.md');
    assert.ok(!latin1.ok && latin1.kind === 'encoding' && /Windows-1252/.test(latin1.reason), 'latin1.md is named as a legacy encoding');
    const big = read('big.md', 1024);
    assert.ok(!big.ok && big.kind === 'too-large' && /2 kB/.test(big.reason));
    assert.ok(read('big.md', 4096).ok);
    const folder = read('folder.md');
    assert.ok(!folder.ok && folder.kind === 'not-a-file');
    const missing = read('missing.md');
    assert.ok(!missing.ok && missing.kind === 'unreadable' && /ENOENT/.test(missing.reason));
    assert.ok('error' in decodeText(Buffer.from([0xfe, 0xff, 0xd8, 0x00])), 'a lone surrogate is not text');
  } finally {
    cleanup();
  }
});

test('atomic writes: content replaced, mode kept, links followed, no temporary files left', () => {
  const { dir, cleanup } = tempDir();
  try {
    const target = join(dir, 'draft file.md');
    writeFileSync(target, 'old');
    chmodSync(target, 0o640);
    writeFileAtomic(target, 'new ✓');
    assert.equal(readFileSync(target, 'utf8'), 'new ✓');
    assert.equal(statSync(target).mode & 0o777, 0o640);
    symlinkSync(target, join(dir, 'link.md'));
    writeFileAtomic(join(dir, 'link.md'), Buffer.from('through the link'));
    assert.equal(readFileSync(target, 'utf8'), 'through the link');
    assert.ok(statSync(join(dir, 'link.md')).isFile());
    assert.deepEqual(readdirSync(dir).sort(), ['draft file.md', 'link.md']);
    assert.throws(() => writeFileAtomic(join(dir, 'no such folder', 'x.md'), 'x'));
    assert.deepEqual(readdirSync(dir).sort(), ['draft file.md', 'link.md']);
  } finally {
    cleanup();
  }
});
