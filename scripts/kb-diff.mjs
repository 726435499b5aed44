// A dev script for work on drawing (`isnad kb draw`): lists, per kind of fact, the facts of an
// editor's fact base that a drawn fact base of the same article has no counterpart for, so that the
// kinds drawing loses most can be counted and their causes found.
//
//   node scripts/kb-diff.mjs EDITOR.json DRAWN.json [--json]
//
// A counterpart is found by what the facts say, never by their ids (drawn ids are made up):
//   - a person, organisation, place or group: a name shared after folding (case, accents, Arabic
//     letter forms, the article al-/ال and the clitics و/ب/ل);
//   - a post: the same holder (a person matched as above) with a shared title word or the same role;
//   - an affiliation: the same member with the same organisation (or any when the editor's names none);
//   - an event: the same date (year, month and day, as many as the editor gives) and, when the editor
//     places it, the same place; an event the editor dates nowhere is matched by its place or a trigger;
//   - a quantity: the same value and unit with a shared noun word (any noun when one of them has none);
//   - a quote: most of the editor's words in one drawn quote.
// A counterpart that drawing marked `review.unsure` is still a counterpart; the summary counts them
// apart, since checking may treat unsure facts differently. Reads JSON only: no engine import.
import { readFileSync } from 'node:fs';

const KINDS = ['people', 'organisations', 'places', 'groups', 'posts', 'affiliations', 'events', 'quantities', 'quotes'];

/** Folds a word or phrase for comparison: case, Latin accents, Arabic letter forms and marks. */
export function fold(text) {
  return String(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
    .toLowerCase()
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[ؤئ]/g, 'ء')
    .replace(/[’'‘`"“”«»().,،:;؛!?؟-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The folded words of a phrase without the English and Arabic article or a one-letter clitic. */
function words(text) {
  return fold(text)
    .split(' ')
    .filter((word) => word && word !== 'the' && word !== 'al')
    .map((word) => word.replace(/^(?:وال|بال|لل|فال|ال)(?=..)/, '').replace(/^al(?=..)/, ''));
}

/** Every name a fact gives in either language (names, short forms, title, noun). */
function namesOf(fact, field = 'names') {
  const value = fact?.[field];
  if (!value) return [];
  if (Array.isArray(value)) return value;
  return [...(value.en ?? []), ...(value.ar ?? [])];
}

/** The folded whole names of a fact, with its short forms. */
function nameKeys(fact) {
  return new Set([...namesOf(fact), ...namesOf(fact, 'short')].map((name) => words(name).join(' ')).filter(Boolean));
}

/** Whether two facts share a whole name. */
function sameName(a, b) {
  const keys = nameKeys(a);
  return [...nameKeys(b)].some((key) => keys.has(key));
}

/** Whether two lists of phrases share a content word (of three letters or more). */
function shareWord(listA, listB) {
  const set = new Set(listA.flatMap(words).filter((word) => word.length > 2));
  return listB.flatMap(words).some((word) => set.has(word));
}

/** Maps each editor id of a named kind to the drawn facts that share a name with it. */
function nameMap(editor, drawn) {
  const map = new Map();
  for (const kind of ['people', 'organisations', 'places', 'groups']) {
    for (const fact of editor[kind] ?? []) map.set(fact.id, (drawn[kind] ?? []).filter((other) => sameName(fact, other)));
  }
  return map;
}

/** Whether the drawn id `drawnId` is one of the counterparts of the editor id `editorId`. */
function sameEntity(map, editorId, drawnId) {
  if (editorId === undefined) return true;
  if (editorId === drawnId) return true;
  return (map.get(editorId) ?? []).some((fact) => fact.id === drawnId);
}

/** Whether a drawn date agrees with every part the editor's date gives. */
function sameDate(editorDate, drawnDate) {
  if (!drawnDate) return false;
  return ['year', 'month', 'day'].every((part) => editorDate[part] === undefined || editorDate[part] === drawnDate[part]);
}

/** The drawn counterparts of one editor fact of `kind`. */
function counterparts(kind, fact, drawn, map) {
  const pool = drawn[kind] ?? [];
  switch (kind) {
    case 'people':
    case 'organisations':
    case 'places':
    case 'groups':
      return map.get(fact.id) ?? [];
    case 'posts':
      return pool.filter((post) => sameEntity(map, fact.holder, post.holder) && (post.role === fact.role || shareWord(namesOf(fact, 'title'), namesOf(post, 'title'))));
    case 'affiliations':
      return pool.filter((link) => sameEntity(map, fact.member, link.member) && (fact.organisation === undefined || sameEntity(map, fact.organisation, link.organisation)));
    case 'events':
      return pool.filter((event) => {
        const placed = fact.place === undefined || sameEntity(map, fact.place, event.place);
        if (fact.date) return sameDate(fact.date, event.date) && placed;
        return fact.place !== undefined ? placed : shareWord(namesOf(fact, 'triggers'), namesOf(event, 'triggers'));
      });
    case 'quantities':
      return pool.filter((quantity) => {
        if (quantity.value !== fact.value || (quantity.unit ?? 'count') !== (fact.unit ?? 'count')) return false;
        const nouns = [namesOf(fact, 'noun'), namesOf(quantity, 'noun')];
        return nouns.some((list) => list.length === 0) || shareWord(nouns[0], nouns[1]);
      });
    case 'quotes':
      return pool.filter((quote) => {
        const mine = words(fact.text);
        const theirs = new Set(words(quote.text));
        return mine.length > 0 && mine.filter((word) => theirs.has(word)).length >= 0.8 * mine.length;
      });
    default:
      return [];
  }
}

/** A short label of an editor fact: its id and its first name, title, noun or text. */
function label(fact) {
  const first = namesOf(fact)[0] ?? namesOf(fact, 'title')[0] ?? namesOf(fact, 'noun')[0] ?? fact.text ?? fact.evidence?.[0]?.text ?? '';
  const value = fact.value !== undefined ? ` ${fact.value}` : '';
  return `${fact.id}${value}: ${String(first).slice(0, 70)}`;
}

/** Compares two fact bases: per kind, the editor's count, the missed facts and those matched only by unsure facts. */
export function diff(editor, drawn) {
  const map = nameMap(editor, drawn);
  const report = {};
  for (const kind of KINDS) {
    const facts = editor[kind] ?? [];
    const missing = [];
    const unsureOnly = [];
    for (const fact of facts) {
      const found = counterparts(kind, fact, drawn, map);
      if (found.length === 0) missing.push(label(fact));
      else if (found.every((other) => other.review?.unsure)) unsureOnly.push(label(fact));
    }
    if (facts.length > 0) report[kind] = { editor: facts.length, missing, unsureOnly };
  }
  return report;
}

/** Renders a report as text: a line per kind, then the missed facts. */
export function render(report) {
  const lines = [];
  for (const [kind, entry] of Object.entries(report)) {
    lines.push(`${kind}: ${entry.missing.length} of ${entry.editor} missing, ${entry.unsureOnly.length} matched only by unsure facts`);
    for (const item of entry.missing) lines.push(`  - ${item}`);
    for (const item of entry.unsureOnly) lines.push(`  ? ${item}`);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const files = args.filter((arg) => !arg.startsWith('--'));
  if (files.length !== 2) {
    console.error('usage: node scripts/kb-diff.mjs EDITOR.json DRAWN.json [--json]');
    process.exit(2);
  }
  let report;
  try {
    report = diff(JSON.parse(readFileSync(files[0], 'utf8')), JSON.parse(readFileSync(files[1], 'utf8')));
  } catch (error) {
    console.error(`kb-diff: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
  console.log(args.includes('--json') ? JSON.stringify(report, null, 2) : render(report));
}
