/**
 * Ages: «فهد العتيبي (52 عاماً)», "Kerr, 58, said", "the 58-year-old Robert Kerr", "a 58-year-old
 * engineer, Robert Kerr," give the person beside the number an age: a quantity `unit: "age"` whose
 * subject is that person (read with the checker's own `extract/ages.ts`, so drawing and checking
 * see the same phrases; a quantity, so a person whose gender is unsure still has an age compared).
 * A person given two different ages has none. A person the article does not name ("A 67-year-old
 * man died", «توفي عامل يبلغ من العمر 52 عاماً») gives the age to the drawn event whose trigger
 * stands within eight words of it in its sentence: the checker compares a draft's unnamed age at
 * that event.
 */
import { agePhrases, unnamedAges } from '../extract/ages';
import type { DrawContext } from './context';
import { nameKeys } from '../knowledge';

/** The drawn person an age phrase stands beside, as an index of `ctx.people`. */
function personOf(ctx: DrawContext, phrase: ReturnType<typeof agePhrases>[number]): number {
  if (phrase.attach === 'after') return ctx.personAt[phrase.nameEnd - 1] ?? -1;
  for (let k = phrase.nameFrom; k <= phrase.nameTo; k++) if ((ctx.personAt[k] ?? -1) !== -1) return ctx.personAt[k]!;
  // The name in apposition after the described person: "a 41-year-old fisherman, Liam Carr, …".
  const next = phrase.nameTo + 1;
  if (phrase.nameTo === phrase.nameFrom && /^\s*,\s*$/.test(ctx.gap(phrase.nameTo, next)) && (ctx.personAt[next] ?? -1) !== -1) return ctx.personAt[next]!;
  return -1;
}

/** Draws people's ages from the article's age phrases. */
export function drawAges(ctx: DrawContext): void {
  const ages = new Map<number, { value: number; start: number; end: number } | null>();
  for (const phrase of agePhrases(ctx.analysis)) {
    if (ctx.tokens[phrase.number.tokenStart]!.quote !== -1) continue;
    const person = personOf(ctx, phrase);
    if (person === -1) continue;
    const known = ages.get(person);
    const found = { value: phrase.value, start: phrase.number.start, end: ctx.tokens[phrase.unitEnd - 1]?.oEnd ?? phrase.number.end };
    if (known === undefined) ages.set(person, found);
    else if (known && known.value !== phrase.value) ages.set(person, null);
  }
  for (const [index, age] of ages) {
    const fact = ctx.people[index]?.fact;
    if (!age || !fact) continue;
    ctx.out.quantities.push({ id: ctx.id(`age-${fact.id}`), value: age.value, unit: 'age', subject: fact.id, evidence: [ctx.evidence(age.start, age.end)] });
  }
  drawEventAges(ctx);
}

/** Whether two words are one word inflected (collapse, collapsed; opening, openings): the shorter, of five letters or more, starts the longer, which adds at most two. */
function inflected(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.length - short.length <= 2 && long.startsWith(short);
}

/** The one drawn event with a trigger within eight words of token `at` in its sentence, if only one has. */
function eventNear(ctx: DrawContext, at: number): string | undefined {
  const tokens = ctx.tokens;
  const near = new Set<string>();
  for (let k = Math.max(0, at - 8); k <= at + 8 && k < tokens.length; k++) if (tokens[k]!.sentence === tokens[at]!.sentence) near.add(tokens[k]!.key);
  const found = ctx.out.events.filter((event) => {
    const triggers = Object.values((event.triggers ?? {}) as Record<string, string[]>).flat();
    return triggers.some((trigger) => {
      const keys = nameKeys(trigger);
      return keys.length === 1 && [...near].some((word) => word === keys[0] || word === `و${keys[0]}` || inflected(word, keys[0]!));
    });
  });
  return found.length === 1 ? String(found[0]!.id) : undefined;
}

/** Ages of people the article names by a noun only, tied to the event beside them; none when an event gets two. */
function drawEventAges(ctx: DrawContext): void {
  const byEvent = new Map<string, { value: number; start: number; end: number } | null>();
  for (const age of unnamedAges(ctx.analysis)) {
    const number = age.number;
    if (ctx.tokens[number.tokenStart]!.quote !== -1) continue;
    const event = eventNear(ctx, number.tokenStart);
    if (!event) continue;
    // The evidence holds the noun that says who (a man, عامل), which the checker reads.
    const from = Math.min(number.start, ctx.tokens[age.noun]!.oStart);
    const to = Math.max(ctx.tokens[age.unitEnd - 1]?.oEnd ?? number.end, ctx.tokens[age.noun]!.oEnd);
    const known = byEvent.get(event);
    if (known === undefined) byEvent.set(event, { value: age.value, start: from, end: to });
    else if (known && known.value !== age.value) byEvent.set(event, null);
  }
  for (const [event, age] of byEvent) {
    if (age) ctx.out.quantities.push({ id: ctx.id(`age-${event}`), value: age.value, unit: 'age', subject: event, evidence: [ctx.evidence(age.start, age.end)] });
  }
}
