#!/usr/bin/env node
// The UI check: drives code-server's workbench in headless Chromium like a person would, with the
// extension loaded from the working tree, and saves screenshots.
//   1. open an Arabic draft with Quick Open, see the squiggle under the wrong name,
//   2. open the Problems panel, 3. hover the name and read the fact card,
//   4. apply the quick fix with Ctrl+. and see the name corrected and its problem gone,
//   5. run "Isnad: Check Workspace" from the Command Palette and see every draft in Problems.
//
//   node tests/e2e/ui.mjs            (starts its own code-server; screenshots to docs/images/)
// Env: E2E_SCREENSHOTS (folder for the screenshots), VERBOSE=1.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkTools, e2eDir, launchChromium, log, makeScratch, prepareExtension, root, startCodeServer, workbenchUrl } from './lib/codeServer.mjs';

const WRONG = 'العبيسي';
const RIGHT = 'العباسي';

/** Runs the UI scenarios against a running code-server; returns { passed, failed }. */
export async function runUiCheck({ server, browser, shotsDir = process.env.E2E_SCREENSHOTS || path.join(e2eDir, 'out', 'screenshots') }) {
  fs.mkdirSync(shotsDir, { recursive: true });
  const scratch = makeScratch('isnad-ui-');
  const counts = { passed: 0, failed: 0 };
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  if (process.env.VERBOSE) page.on('console', (m) => console.log('[page]', m.text().replace(/%c/g, '')));
  const shot = async (name) => {
    const file = path.join(shotsDir, name);
    await page.screenshot({ path: file });
    log('  screenshot', path.relative(root, file));
  };
  const scenario = async (title, fn) => {
    const started = Date.now();
    try {
      await fn();
      counts.passed++;
      console.log(`  ok   UI: ${title} (${Date.now() - started} ms)`);
    } catch (error) {
      counts.failed++;
      console.log(`  FAIL UI: ${title}\n${String(error?.stack ?? error).replace(/^/gm, '       ')}`);
      await page.screenshot({ path: path.join(scratch.tmp, 'failure.png') }).catch(() => {});
      const failShot = path.join(e2eDir, 'out', `ui-failure-${counts.failed}.png`);
      fs.mkdirSync(path.dirname(failShot), { recursive: true });
      await page.screenshot({ path: failShot }).catch(() => {});
      console.log(`       screenshot of the failure: ${path.relative(root, failShot)}`);
    }
  };

  try {
    await page.goto(workbenchUrl(server, scratch.ws));
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
    log('UI: workbench and explorer up');

    const problemRows = () => page.locator('.markers-panel .monaco-list-row');

    /** Opens a draft with Quick Open and waits until the editor shows `word` from it. */
    const openDraft = async (name, word) => {
      const deadline = Date.now() + 150_000;
      for (let attempt = 1; ; attempt++) {
        await page.locator('.monaco-workbench').click({ position: { x: 640, y: 400 } }).catch(() => {});
        await page.keyboard.press('Control+P');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible', timeout: 60_000 });
        await input.fill(name);
        const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: name }).first();
        const opened = await row.waitFor({ state: 'visible', timeout: 30_000 })
          .then(() => row.click({ timeout: 10_000 }))
          .then(() => page.waitForFunction(([n, w]) => {
            const tab = document.querySelector('.tabs-container .tab.active')?.textContent ?? '';
            const text = (document.querySelector('.monaco-editor .view-lines')?.textContent ?? '').replace(/\u00a0/g, ' ');
            return tab.includes(n) && text.includes(w);
          }, [name, word], { timeout: 30_000 }))
          .then(() => true, (error) => { log(`UI: ${name} not shown (try ${attempt}): ${error.message.split('\n')[0]}`); return false; });
        if (opened) return;
        await page.keyboard.press('Escape');
        if (Date.now() > deadline) {
          const seen = await page.evaluate(() => ({
            tabs: [...document.querySelectorAll('.tabs-container .tab.active')].map((t) => t.textContent),
            editors: document.querySelectorAll('.monaco-editor').length,
            text: (document.querySelector('.monaco-editor .view-lines')?.textContent ?? '').slice(0, 200),
          })).catch((error) => ({ error: error.message }));
          throw new Error(`Quick Open did not show ${name} with "${word}" after ${attempt} tries; the page shows ${JSON.stringify(seen)}`);
        }
      }
    };

    await scenario('an Arabic draft shows a squiggle under the wrong name; hover, Problems and the quick fix work', async () => {
      // 1. Quick Open the draft. The waits are long: on a loaded machine (load 16 on 2 cores) the
      // editor has taken over 15 s to show a draft it had already laid out. The row is chosen by
      // its name, not as the list's first row: the list can still hold the results of a shorter
      // query when the typing ends (CI once opened another draft that way), so the open is checked
      // by the active tab and the draft's text, and tried again if another file came up.
      await openDraft('ar-errors.md', WRONG);

      // 2. The squiggle is under the wrong name: a squiggle's box overlaps the word's box.
      const wordBox = async (word) => page.evaluate((w) => {
        const lines = document.querySelector('.monaco-editor .view-lines');
        const walker = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = n.textContent.replace(/\u00a0/g, ' ').indexOf(w); // Monaco renders spaces as U+00A0
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + w.length);
          const r = range.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        }
        return null;
      }, word);
      const squiggleUnder = async (word) => page.evaluate(({ box }) => {
        if (!box) return false;
        return [...document.querySelectorAll('.monaco-editor .view-overlays [class*="squiggly-"]')].some((el) => {
          const r = el.getBoundingClientRect();
          const overlapX = Math.min(r.right, box.x + box.width) - Math.max(r.left, box.x);
          const overlapY = Math.min(r.bottom, box.y + box.height + 6) - Math.max(r.top, box.y - 2);
          return overlapX > box.width / 2 && overlapY > 0;
        });
      }, { box: await wordBox(word) });
      await page.waitForSelector('.monaco-editor .view-overlays [class*="squiggly-"]', { timeout: 60_000 });
      const deadline = Date.now() + 30_000;
      while (!(await squiggleUnder(WRONG))) {
        if (Date.now() > deadline) throw new Error(`no squiggle under ${WRONG}`);
        await page.waitForTimeout(200);
      }
      log('UI: squiggle under', WRONG);
      await shot('e2e-1-squiggle.png');

      // 3. The Problems panel lists the draft's findings.
      await page.keyboard.press('Control+Shift+M');
      await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 15_000 });
      await page.waitForFunction(() => document.querySelectorAll('.markers-panel .monaco-list-row').length >= 3, null, { timeout: 15_000 });
      const rows = await problemRows().allInnerTexts();
      log('UI: Problems rows', JSON.stringify(rows));
      if (!rows.some((r) => r.includes('isnad'))) throw new Error(`no isnad problem listed: ${rows.join(' | ')}`);
      await shot('e2e-2-problems.png');
      const findingsBefore = rows.filter((r) => r.includes('isnad')).length;

      // 4. Hover the wrong name (with Problems open: the picture for the README): the card has the article's spelling in Arabic and English.
      const box = await wordBox(WRONG);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      // The diagnostic's part shows first; the server's fact card follows ("Loading..." until then).
      const hover = page.locator('.monaco-hover:visible').filter({ hasText: RIGHT }).filter({ hasText: /Abbasi/i }).first();
      await hover.waitFor({ state: 'visible', timeout: 20_000 }).catch(async (error) => {
        const seen = await page.locator('.monaco-hover:visible').allInnerTexts().catch(() => []);
        throw new Error(`no hover with ${RIGHT} and its English name; hovers seen: ${JSON.stringify(seen)}\n${error.message}`);
      });
      const hoverText = await hover.innerText();
      log('UI: hover card', JSON.stringify(hoverText.slice(0, 200)));
      await shot('e2e-3-hover.png');
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');

      // 5. The quick fix: cursor on the name, Ctrl+. , choose the replacement.
      // On a loaded machine the first Ctrl+. may come before the editor has the cursor's code
      // actions (the light bulb shows, the menu does not open): ask again until the menu shows.
      const item = page.locator('.action-widget .monaco-list-row, .context-view .monaco-list-row').filter({ hasText: RIGHT }).first();
      const menuDeadline = Date.now() + 45_000;
      for (let attempt = 1; ; attempt++) {
        const box2 = await wordBox(WRONG);
        await page.mouse.click(box2.x + box2.width / 2, box2.y + box2.height / 2);
        await page.keyboard.press('Control+.');
        const shown = await item.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false);
        if (shown) break;
        if (Date.now() > menuDeadline) throw new Error(`the Quick Fix menu with ${RIGHT} did not open after ${attempt} tries of Ctrl+.`);
        log(`UI: no Quick Fix menu after Ctrl+. (try ${attempt}); again`);
        await page.keyboard.press('Escape');
      }
      await shot('e2e-4-quick-fix.png');
      await item.click();
      await page.waitForFunction(([w, r]) => {
        const t = (document.querySelector('.monaco-editor .view-lines')?.textContent ?? '').replace(/\u00a0/g, ' ');
        return !t.includes(w) && t.includes('ثابت ' + r);
      }, [WRONG, RIGHT], { timeout: 15_000 });
      await page.waitForFunction((n) => [...document.querySelectorAll('.markers-panel .monaco-list-row')].filter((r) => r.textContent.includes('isnad')).length === n - 1, findingsBefore, { timeout: 20_000 });
      if (await squiggleUnder(RIGHT)) throw new Error('a squiggle is still under the corrected name');
      log('UI: quick fix applied; problems', findingsBefore, '->', findingsBefore - 1);
      await shot('e2e-5-fixed.png');
      await page.keyboard.press('Control+Z');
    });

    await scenario('"Isnad: Check Workspace" from the Command Palette lists every erroneous draft in Problems', async () => {
      // The drafts with findings, as the CLI sees them.
      const cli = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'check', '--format', 'json', '.'], { cwd: scratch.ws, encoding: 'utf8' });
      const files = JSON.parse(cli.stdout).filter((f) => f.findings.length > 0).map((f) => path.basename(f.file));
      if (files.length < 3) throw new Error(`the fixture workspace should have several drafts with findings: ${cli.stdout.slice(0, 500)}${cli.stderr}`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Shift+P');
      await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 15_000 });
      await page.keyboard.type('Isnad: Check Workspace');
      const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: /Check Workspace/ }).first();
      await row.waitFor({ state: 'visible', timeout: 15_000 });
      await page.keyboard.press('Enter');
      // Open the Problems panel if it is not showing (Ctrl+Shift+M toggles it).
      if (!(await page.locator('.markers-panel').isVisible().catch(() => false))) await page.keyboard.press('Control+Shift+M');
      await page.waitForSelector('.markers-panel', { state: 'visible', timeout: 15_000 });
      // Collapse the tree to one row per draft so that all of them fit (the list is virtual); the
      // drafts arrive one by one while the check runs, so collapse again until all are there.
      const collapse = page.locator('.panel .action-label[aria-label*="Collapse All"], .panel .codicon-collapse-all').first();
      const listed = () => page.evaluate((names) => {
        const text = [...document.querySelectorAll('.markers-panel .monaco-list-row')].map((r) => r.textContent).join('\n');
        return names.every((n) => text.includes(n));
      }, files);
      const until = Date.now() + 60_000;
      for (;;) {
        await collapse.click({ timeout: 5_000 }).catch(() => {});
        if (await listed()) break;
        if (Date.now() > until) {
          const rows = await problemRows().allInnerTexts().catch(() => []);
          throw new Error(`Problems does not list all of ${files.join(', ')}: ${JSON.stringify(rows)}`);
        }
        await page.waitForTimeout(500);
      }
      log('UI: Problems lists', files.join(', '));
      await shot('e2e-6-check-workspace.png');
    });
  } finally {
    await context.close().catch(() => {});
    fs.rmSync(scratch.tmp, { recursive: true, force: true });
  }
  return counts;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // Standalone: `npm run test:ui` writes the screenshots that the docs use.
  if (!checkTools()) { console.log('0 passed, 1 failed'); process.exit(1); }
  const shotsDir = process.env.E2E_SCREENSHOTS || path.join(root, 'docs', 'images');
  const scratch = makeScratch('isnad-ui-server-');
  let server;
  let browser;
  let counts = { passed: 0, failed: 1 };
  try {
    server = await startCodeServer({ tmp: scratch.tmp, env: prepareExtension(scratch.tmp) });
    browser = await launchChromium();
    counts = await runUiCheck({ server, browser, shotsDir });
  } catch (error) {
    console.log('FAIL', error?.stack ?? error);
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (server) await server.stop();
    fs.rmSync(scratch.tmp, { recursive: true, force: true });
  }
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  process.exit(counts.failed || !counts.passed ? 1 : 0);
}
