/**
 * An English body's Arabic name made by rule keeps the spellings of its proper name as it sounds
 * (Highland Council: مجلس هيغلاند by letter, مجلس هايلاند as the press writes it), so that an Arabic
 * draft naming a councillor's council by its sound is no other post. Invented article.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';
import { createChecker, parseFactBase } from '../../engine/src/index';

const ARTICLE = [
  'INVERNESS, Scotland, Tuesday 8 December 2026 - A plan for 40 new homes in Dingwall was approved by nine votes to four at the Highland Council on Tuesday.',
  '',
  'Councillor Moira Blackwood, a Liberal Democrat who voted for the plan, said the homes would be ready by 2028.',
  '',
].join('\n');

const factBase = drawFactBase(ARTICLE, { lang: 'en' }).factBase;
const parsed = parseFactBase(JSON.stringify(factBase), 'probe.factbase.json', ARTICLE);
const checker = createChecker([parsed.factBase!], { scope: 'all' });

test('the council is drawn with its Arabic name as it sounds', () => {
  const names = (factBase as unknown as { organisations: { names: { ar?: string[] } }[] }).organisations.flatMap((body) => body.names.ar ?? []);
  assert.ok(names.includes('مجلس هايلاند'), JSON.stringify(names));
});

test('an Arabic draft naming the councillor by the council as it sounds gets no post-holder finding', () => {
  const findings = checker.check('وقالت مويرا بلاكوود، عضوة مجلس هايلاند، إن المنازل ستكون جاهزة بحلول 2028.').findings;
  assert.deepEqual(findings.filter((finding) => finding.ruleId === 'post-holder').map((finding) => finding.message), []);
});
