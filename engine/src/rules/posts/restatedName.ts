/**
 * Whether a person's name in a draft sentence is the article's own there: the article sentence
 * the draft sentence restates names that person, and not the other person a title belongs to.
 * A title before such a name that is another person's post ("secretary-general X" where the
 * restated sentence is X's own statement, and another holds that post) is then a wrong title given
 * to the right person, not the right title given to the wrong person, and is flagged on the title.
 */
import { alignedSentences, sharedOutside, type ArticleSentence } from '../../align';
import { nameKeys, type KnowledgeIndex } from '../../knowledge';
import type { Mention } from '../../mentions';
import type { PostContext } from './context';

/** The folded keys of each of a person's full and short names. */
function nameKeyLists(knowledge: KnowledgeIndex, entity: string): string[][] {
  const fact = knowledge.entity(entity)?.fact as { names?: { ar?: string[]; en?: string[] }; short?: { ar?: string[]; en?: string[] } } | undefined;
  if (!fact) return [];
  const forms = [...(fact.names?.ar ?? []), ...(fact.names?.en ?? []), ...(fact.short?.ar ?? []), ...(fact.short?.en ?? [])];
  return forms.map((form) => nameKeys(form)).filter((keys) => keys.length > 0);
}

/** Whether an article sentence names the person by one of their names. */
function names(aligned: ArticleSentence, keyLists: readonly string[][]): boolean {
  return keyLists.some((keys) => keys.every((key) => aligned.keys.has(key)));
}

/** Words the draft sentence must share with the article sentence outside the title and the name. */
const SHARED_OUTSIDE = 2;

/**
 * Whether the article sentence the person's draft sentence restates names the person, and not
 * `other` (the holder of the post the title names), and shares words with it outside the title
 * and the name (`from`, `to`: their tokens), which alone would tie the sentence to any that
 * names the person.
 */
export function nameRestated(ctx: PostContext, person: Mention, other: string | undefined, from: number, to: number): boolean {
  const { analysis, knowledge, tokens } = ctx;
  const own = nameKeyLists(knowledge, person.entity);
  const others = other ? nameKeyLists(knowledge, other) : [];
  const sentence = tokens[person.tokenStart]!.sentence;
  return alignedSentences(analysis, knowledge, sentence).some(
    (aligned) => names(aligned, own) && !names(aligned, others) && sharedOutside(analysis, knowledge, sentence, aligned, from, to) >= SHARED_OUTSIDE,
  );
}
