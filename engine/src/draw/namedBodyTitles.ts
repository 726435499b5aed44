/**
 * Arabic titles that name their body by a bare definite noun («مدير المستشفى», «رئيس اللجنة»)
 * after the article named that body in full before them («مستشفى الرمانة الحكومي», «اللجنة
 * النقابية لعمال المطحنة»): the title's forms with the body's own words in place of the noun
 * («مدير مستشفى الرمانة», «رئيس اللجنة النقابية»), which a draft that names the body writes. Only
 * when the article names one such body before the title: with two, which one is meant is not read.
 */
import type { Token } from '../analysis';
import type { DrawContext } from './context';
import { nationalityOf } from '../titles';

/** The most words of a body's name kept after its noun. */
const MAX_NAME_WORDS = 4;

/**
 * The words that follow the noun at `k` and name its body: the definite words right after it in
 * its clause (الرمانة الحكومي, النقابية), then what it is of, behind لـ or بـ (لعمال المطحنة,
 * للعاملين بالشركة); none of them a person's name.
 */
function nameWordsAfter(ctx: DrawContext, k: number): Token[] {
  const tokens = ctx.tokens;
  const out: Token[] = [];
  for (let j = k + 1; j < tokens.length && out.length < MAX_NAME_WORDS; j++) {
    const token = tokens[j]!;
    const fits = /^ال\S{2,}$/.test(token.key) || (out.length > 0 && /^(?:لل|بال|ل)\S{3,}$/.test(token.key));
    if (token.clause !== tokens[k]!.clause || !fits || ctx.personAt[j] !== -1 || !/^\s+$/.test(ctx.gap(j - 1, j))) break;
    out.push(token);
  }
  return out;
}

/**
 * The Arabic forms of the title `text` (its words ending at token `end`) with the body the article
 * named before it in place of its last word, a bare definite noun: the body's noun (without the
 * article when the body's name is a construct, مستشفى الرمانة) and its first name word, then all
 * its name words. None when the noun is not bare, or names several bodies before the title.
 */
export function namedBodyForms(ctx: DrawContext, text: string, start: number, end: number): string[] {
  const tokens = ctx.tokens;
  const last = tokens[end - 1];
  if (ctx.lang !== 'ar' || !last || end - start < 2 || !/^ال\S{3,}$/.test(last.key) || nationalityOf(last) || ctx.placeAt.has(end - 1) || ctx.personAt[end - 1] !== -1) return [];
  const words = text.split(/\s+/);
  if (words.length < 2 || ctx.word(end - 1) !== words[words.length - 1]) return [];
  const bare = last.key.slice(2);
  let found: { noun: string; names: string[] } | undefined;
  for (let k = 0; k < start; k++) {
    const token = tokens[k]!;
    // The construct (مستشفى الرمانة) or the noun with its adjectives (اللجنة النقابية), in the words the article wrote.
    if (token.key !== bare && token.key !== last.key) continue;
    const names = nameWordsAfter(ctx, k).map((name) => ctx.word(name.index));
    if (names.length === 0) continue;
    const noun = ctx.word(k);
    if (found && found.names[0] !== names[0]) return [];
    if (!found || names.length > found.names.length) found = { noun, names };
  }
  if (!found) return [];
  const head = words.slice(0, -1).join(' ');
  const forms = [`${head} ${found.noun} ${found.names[0]}`];
  if (found.names.length > 1) forms.push(`${head} ${found.noun} ${found.names.join(' ')}`);
  return forms;
}
