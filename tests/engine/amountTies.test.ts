/**
 * Which article figure a draft's money or percentage is compared with, on an invented business
 * story (tests/engine/fixtures/business: a takeover with a price per share, a premium, share moves
 * of two companies, market shares and revenue). True restatements with other figures beside the
 * article's must not be flagged: a fall is not the article's rise, one company's share move is not
 * the other's, and a rise in profit is not the restated sentence's rise in revenue. Wrong figures
 * in the same shapes still are, against the right fact.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker, parseFactBase } from '../../engine/src/index';

const dir = join(__dirname, 'fixtures', 'business');

function business() {
  const parsed = parseFactBase(readFileSync(join(dir, 'halden.factbase.json'), 'utf8'), 'halden.factbase.json', readFileSync(join(dir, 'article.en.txt'), 'utf8'));
  assert.deepEqual(parsed.problems, []);
  return createChecker([parsed.factBase!], { scope: 'all' });
}

/** The quantity findings of a draft, as `text → fix`. */
function found(draft: string): string[] {
  return business()
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'quantity')
    .map((finding) => `${draft.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits.map((edit) => edit.text).join('') ?? ''}`);
}

test('the article checks clean against its own fact base', () => {
  assert.deepEqual(business().check(readFileSync(join(dir, 'article.en.txt'), 'utf8')).findings, []);
});

test('a fall is not the article\'s rise, in either language', () => {
  assert.deepEqual(found("Marlow's shares had fallen 15% over the past year before the bid."), []);
  assert.deepEqual(found('وكان سهم مارلو قد تراجع 15 في المئة خلال العام الماضي.'), []);
  // Near misses: the rise itself, or the fall, with a wrong figure.
  assert.deepEqual(found("Marlow's shares rose 82% to 301p on Monday."), ['82% → 28']);
  assert.deepEqual(found("Halden's shares fell 30% to 512p."), ['30% → 3']);
});

test('one company\'s share move is not the other\'s', () => {
  assert.deepEqual(found("Halden's shares rose 5% last week."), []);
  assert.deepEqual(found("Marlow's shares rose 28 per cent, while Halden's fell 3 per cent."), []);
});

test('a figure nearest another fact\'s noun is that fact\'s, not the restated sentence\'s', () => {
  assert.deepEqual(found('Pre-tax profit rose 10% to £84m.'), []);
  assert.deepEqual(found("Marlow's revenue rose 9% to £1.1bn in 2025."), ['9% → 6']);
  assert.deepEqual(found('Halden will pay 315 pence a share in cash, a premium of 43 per cent.'), ['43 per cent → 34']);
});
