// A deterministic script of editor changes over a draft: typing letters and words, deleting,
// breaking paragraphs, and writing a wrong name then correcting it. Each edit's offsets refer to
// the text as the previous edits left it, so the LSP client and the in-process replay agree.
import { rng } from '../lib/stats.mjs';
import { NAME_PAIRS } from './drafts.mjs';

const WORDS = ['وقال', 'إن', 'الحكومة', 'العراقية', 'في', 'بيان', 'رسمي', 'الأمريكية', 'مصادر', 'التحالف', 'الحوار', 'the', 'minister'];
const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';

/** Returns [{ start, end, text }] and the final text. */
export function editScript(initial, count, seed = 1) {
  const r = rng(`edits:${seed}:${initial.length}`);
  let text = initial;
  let cursor = r.int(0, text.length);
  const edits = [];
  const apply = (start, end, insert) => {
    edits.push({ start, end, text: insert });
    text = text.slice(0, start) + insert + text.slice(end);
    cursor = start + insert.length;
  };
  for (let i = 0; i < count; i++) {
    if (i % 25 === 0) cursor = r.int(0, text.length); // the writer moves elsewhere now and then
    cursor = Math.min(cursor, text.length);
    const roll = r();
    if (roll < 0.35) {
      apply(cursor, cursor, LETTERS[r.int(0, LETTERS.length - 1)]);
    } else if (roll < 0.55) {
      const n = Math.min(r.int(1, 8), cursor);
      if (n === 0) apply(cursor, cursor, ' ');
      else apply(cursor - n, cursor, '');
    } else if (roll < 0.75) {
      const space = text.indexOf(' ', cursor);
      const at = space < 0 ? text.length : space;
      apply(at, at, ' ' + r.pick(WORDS));
    } else if (roll < 0.95) {
      // Write a wrong form of a name (or put a wrong one right again).
      const [correct, wrongs] = r.pick(NAME_PAIRS);
      const wrong = r.pick(wrongs);
      const fix = r() < 0.5;
      const from = fix ? wrong : correct;
      let at = text.indexOf(from, cursor);
      if (at < 0) at = text.indexOf(from);
      if (at < 0) apply(cursor, cursor, ` ${wrong}`);
      else apply(at, at + from.length, fix ? correct : wrong);
    } else {
      const nl = text.indexOf(' ', cursor);
      const at = nl < 0 ? text.length : nl;
      apply(at, at + (nl < 0 ? 0 : 1), '\n\n');
    }
  }
  return { edits, text };
}
