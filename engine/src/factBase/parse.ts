/**
 * Parses and validates a fact-base file: JSON syntax, the zod schema, unique ids, references
 * between facts, cycles, and (when the article text is given) that every evidence range holds the
 * text it claims. Every problem names the file, a JSON path and a 1-based line and column.
 */
import { FactBaseSchema, type FactBaseData } from './schema';
import { attachArticle } from './article';
import type { FactBaseProblem } from '../types';
import { jsonFile, type JsonPathSegment } from '../jsonProblems';
import { gazetteerIds } from '../referenceLexicons';

/** The largest fact-base file accepted, in UTF-16 code units. */
export const MAX_FACT_BASE_LENGTH = 20 * 1024 * 1024;
/** The deepest JSON nesting accepted. */
export const MAX_FACT_BASE_DEPTH = 64;

/** What {@link parseFactBase} returns: the fact base when it is usable, and every problem found. */
export interface ParseFactBaseResult {
  factBase?: FactBaseData;
  problems: FactBaseProblem[];
  /**
   * Facts that drawing marked `review.unsure`, one note each. They do not make the fact base
   * unusable; `kb validate` prints them as warnings and the editor flags them.
   */
  warnings?: FactBaseProblem[];
}

type PathSegment = JsonPathSegment;

function maxDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (c === 125 || c === 93) depth--;
  }
  return deepest;
}

/** The size of fact base (in characters) from which zod's compiled fast path pays for itself. */
const JIT_FROM_LENGTH = 1_000_000;

/**
 * Parses a fact-base file.
 *
 * @param text The file's contents.
 * @param file The file's name, used in problems only.
 * @param articleText The source article's text; when given, evidence ranges are checked against it.
 * @param already `json`: the value `JSON.parse` already gave for `text`, so a large file is not parsed twice.
 * @returns The fact base (absent when it is unusable) and the problems found. Never throws.
 */
export function parseFactBase(text: string, file: string, articleText?: string, already?: { json?: unknown }): ParseFactBaseResult {
  const problems: FactBaseProblem[] = [];
  const json = jsonFile(text, file);
  const at = json.at;
  if (text.length > MAX_FACT_BASE_LENGTH) {
    return { problems: [at(0, [], `fact base is too large (${text.length} characters; the limit is ${MAX_FACT_BASE_LENGTH})`)] };
  }
  if (maxDepth(text) > MAX_FACT_BASE_DEPTH) {
    return { problems: [at(0, [], `fact base is nested more than ${MAX_FACT_BASE_DEPTH} levels deep`)] };
  }
  const read = json.parse(already);
  if (!read.ok) return { problems: [read.problem] };
  // zod compiles a fast path (generated code) for each object schema on its first parse; that pays
  // off over thousands of objects but costs more than it saves on a fact base of a few hundred
  // (about a third of validating the bundled one), so small fact bases are validated without it.
  const parsed = FactBaseSchema.safeParse(read.value, { jitless: text.length < JIT_FROM_LENGTH });
  if (!parsed.success) return { problems: json.schemaProblems(parsed.error.issues, FactBaseSchema) };
  const factBase = parsed.data;
  const references = checkReferences(factBase, json.atPath);
  problems.push(...references.problems);
  if (articleText !== undefined) {
    attachArticle(factBase, articleText);
    problems.push(...checkEvidence(factBase, articleText, json.atPath));
  }
  if (problems.length > 0) return { problems };
  const warnings = [...reviewNotes(factBase, json.atPath), ...subjectNotes(factBase, references.kindOf, json.atPath)];
  return warnings.length > 0 ? { factBase, problems, warnings } : { factBase, problems };
}

/** One note for each fact marked unsure, naming the fact and what to check. */
function reviewNotes(factBase: FactBaseData, report: Report): FactBaseProblem[] {
  const notes: FactBaseProblem[] = [];
  for (const section of SECTIONS) {
    factBase[section].forEach((fact, i) => {
      if (fact.review?.unsure) notes.push(report([section, i, 'review'], `unsure (${fact.id}): ${fact.review.reason}`));
    });
  }
  return notes;
}

type Report = (path: PathSegment[], message: string) => FactBaseProblem;

/** The kinds of fact a quantity may be about. */
const SUBJECT_KINDS = ['people', 'organisations', 'places', 'events', 'groups'] as const;

/**
 * One note for each quantity whose `subject` names no fact of the base (nor a gazetteer place), or
 * a fact of another kind (`kindOf`: each id's section, from {@link checkReferences}). Such a
 * quantity is still checked by its noun, but not by what it is about, so it is a warning rather
 * than a problem: editors have written subjects as free labels.
 */
function subjectNotes(factBase: FactBaseData, kindOf: ReadonlyMap<string, string>, report: Report): FactBaseProblem[] {
  const expected = `${SUBJECT_KINDS.join(', ')}, or a gazetteer id`;
  const notes: FactBaseProblem[] = [];
  factBase.quantities.forEach((quantity, i) => {
    const id = quantity.subject;
    if (id === undefined) return;
    const kind = kindOf.get(id);
    if (kind === undefined && gazetteerIds().has(id)) return;
    if (kind !== undefined && (SUBJECT_KINDS as readonly string[]).includes(kind)) return;
    const what = kind === undefined ? `unknown id "${id}"` : `"${id}" is in ${kind}`;
    notes.push(report(['quantities', i, 'subject'], `subject (${quantity.id}): ${what}; expected one of: ${expected}. The quantity is checked without its subject`));
  });
  return notes;
}

const SECTIONS = ['people', 'organisations', 'posts', 'places', 'events', 'quantities', 'quotes', 'affiliations', 'groups'] as const;

/**
 * The problems of the references between facts (unknown ids, ids of the wrong section, duplicate
 * ids, loops of parents and containment), with each id's section (the first fact of an id kept),
 * which the subject notes read too.
 */
function checkReferences(factBase: FactBaseData, report: Report): { problems: FactBaseProblem[]; kindOf: ReadonlyMap<string, string> } {
  const problems: FactBaseProblem[] = [];
  const kindOf = new Map<string, string>();
  for (const section of SECTIONS) {
    factBase[section].forEach((fact, i) => {
      if (kindOf.has(fact.id)) problems.push(report([section, i, 'id'], `duplicate id "${fact.id}" (already used in ${kindOf.get(fact.id)})`));
      else kindOf.set(fact.id, section);
    });
  }
  const expect = (id: string | undefined, allowed: readonly string[], path: PathSegment[]) => {
    if (id === undefined) return;
    const kind = kindOf.get(id);
    if (!kind) problems.push(report(path, `unknown id "${id}"; expected one of: ${allowed.join(', ')}`));
    else if (!allowed.includes(kind)) problems.push(report(path, `"${id}" is in ${kind}; expected one of: ${allowed.join(', ')}`));
  };
  factBase.organisations.forEach((o, i) => expect(o.parent, ['organisations'], ['organisations', i, 'parent']));
  factBase.posts.forEach((p, i) => {
    expect(p.holder, ['people'], ['posts', i, 'holder']);
    expect(p.organisation, ['organisations'], ['posts', i, 'organisation']);
  });
  // A place may be one of the fact base's own or one of the gazetteer's (`paris`, `belgium`).
  const expectPlace = (id: string | undefined, path: PathSegment[]) => {
    if (id === undefined || (!kindOf.has(id) && gazetteerIds().has(id))) return;
    if (!kindOf.has(id)) problems.push(report(path, `unknown id "${id}"; expected one of: places, or a gazetteer id (knowledge/lexicon/places.json)`));
    else expect(id, ['places'], path);
  };
  factBase.organisations.forEach((o, i) => expectPlace(o.base, ['organisations', i, 'base']));
  factBase.places.forEach((p, i) => expectPlace(p.within, ['places', i, 'within']));
  factBase.events.forEach((e, i) => {
    expectPlace(e.place, ['events', i, 'place']);
    e.participants?.forEach((id, j) => expect(id, ['people', 'organisations', 'groups'], ['events', i, 'participants', j]));
  });
  factBase.quotes.forEach((q, i) => expect(q.speaker, ['people', 'organisations', 'groups'], ['quotes', i, 'speaker']));
  factBase.affiliations.forEach((a, i) => {
    expect(a.member, ['people', 'organisations', 'groups'], ['affiliations', i, 'member']);
    expect(a.organisation, ['organisations'], ['affiliations', i, 'organisation']);
  });
  // Parent and containment chains must not loop. Only the members of a loop are reported, not
  // the facts whose chain merely runs into one.
  const cycles = <T extends { id: string }>(items: readonly T[], next: (item: T) => string | undefined, section: string, field: string) => {
    const byId = new Map(items.map((item) => [item.id, item]));
    items.forEach((item, i) => {
      const seen = new Set<string>([item.id]);
      let current = next(item);
      while (current !== undefined) {
        if (current === item.id) {
          problems.push(report([section, i, field], `"${item.id}" is part of a cycle through ${field}`));
          return;
        }
        if (seen.has(current)) return;
        seen.add(current);
        const nextItem = byId.get(current);
        current = nextItem ? next(nextItem) : undefined;
      }
    });
  };
  cycles(factBase.organisations, (o) => o.parent, 'organisations', 'parent');
  cycles(factBase.places, (p) => p.within, 'places', 'within');
  return { problems, kindOf };
}

function checkEvidence(factBase: FactBaseData, article: string, report: Report): FactBaseProblem[] {
  const problems: FactBaseProblem[] = [];
  for (const section of SECTIONS) {
    factBase[section].forEach((fact, i) => {
      fact.evidence.forEach((evidence, j) => {
        const path: PathSegment[] = [section, i, 'evidence', j];
        if (evidence.end > article.length) {
          problems.push(report(path, `evidence range ${evidence.start}-${evidence.end} lies outside the article (${article.length} characters)`));
        } else if (article.slice(evidence.start, evidence.end) !== evidence.text) {
          const found = article.slice(evidence.start, evidence.end);
          const at = article.indexOf(evidence.text);
          problems.push(
            report(
              path,
              `evidence ${evidence.start}-${evidence.end} holds "${found.slice(0, 60)}", not "${evidence.text.slice(0, 60)}"` +
                (at >= 0 ? ` (that text is at ${at}-${at + evidence.text.length})` : ''),
            ),
          );
        } else if (evidence.nth !== undefined) {
          const problem = nthProblem({ start: evidence.start, text: evidence.text, nth: evidence.nth }, article);
          if (problem) problems.push(report(path, problem));
        }
      });
    });
  }
  return problems;
}

/**
 * An `nth` left beside a range (it is `isnad kb cite`'s, which resolves and removes it) must name
 * the occurrence the range holds, since `kb cite` would move the range to the occurrence it names.
 * Occurrences are counted only up to the range, and no further than `nth`.
 */
function nthProblem(evidence: { start: number; text: string; nth: number }, article: string): string | undefined {
  let count = 0;
  for (let at = article.indexOf(evidence.text); at >= 0 && at <= evidence.start && count <= evidence.nth; at = article.indexOf(evidence.text, at + 1)) count++;
  if (count === evidence.nth) return undefined;
  return `"nth": ${evidence.nth} names another occurrence of "${evidence.text.slice(0, 60)}" than this range; run "isnad kb cite" to resolve nth into the range, or remove it`;
}
