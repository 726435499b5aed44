/**
 * Ages: «فهد العتيبي (52 عاماً)», "Kerr, 58, said", "the 58-year-old Robert Kerr", "a 58-year-old
 * engineer, Robert Kerr," give the person beside the number an age: a quantity `unit: "age"` whose
 * subject is that person (read with the checker's own `extract/ages.ts`, so drawing and checking
 * see the same phrases; a quantity, so a person whose gender is unsure still has an age compared).
 * A person given two different ages has none.
 */
import { agePhrases } from '../extract/ages';
import type { DrawContext } from './context';

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
}
