/**
 * `post-holder`: "assistant" makes an undersecretary's title another rank. An assistant
 * undersecretary («الوكيل المساعد», «وكيل وزارة X المساعد», assistant undersecretary) serves below
 * the undersecretary («وكيل الوزارة», undersecretary): both are deputies' posts, so the families of
 * posts accept either, but a draft that gives one rank to the holder of the other is wrong. Only
 * an undersecretary's title is compared so (a deputy and an assistant secretary-general are left
 * to the families).
 */
import { nameKeys, tokenStems, type Entity } from '../../knowledge';
import type { Title } from '../../titles';
import type { Post } from '../../factBase/schema';
import type { PersonNamed } from '../../messages';
import { heldNow, reportWrongTitle, type PostContext } from './context';

/** The folded words of an undersecretary's head (وكيل without the article is read by stems). */
const UNDERSECRETARY = new Set(['وكيل', 'وكيله', 'الوكيل', 'الوكيله', 'undersecretary', 'undersecretaries']);

/** The folded words that make it an assistant's («المساعد», «مساعدة», assistant). */
const ASSISTANT = new Set(['مساعد', 'مساعده', 'المساعد', 'المساعده', 'assistant']);

/** Whether folded words name an undersecretary ("under secretary" is two). */
function namesUndersecretary(keys: readonly string[]): boolean {
  return keys.some((key, i) => UNDERSECRETARY.has(key) || (key === 'under' && keys[i + 1] === 'secretary'));
}

/** Whether a post's titles name an undersecretary, and whether as an assistant. */
function postRank(post: Entity<Post>): 'assistant' | 'undersecretary' | undefined {
  const forms = [...post.fact.title.ar, ...post.fact.title.en].map((form) => nameKeys(form));
  if (!forms.some(namesUndersecretary)) return undefined;
  return forms.some((keys) => namesUndersecretary(keys) && keys.some((key) => ASSISTANT.has(key))) ? 'assistant' : 'undersecretary';
}

/**
 * Reports an undersecretary's title of the other rank than the person's undersecretary's posts
 * hold; true when it reported. The draft's assistant's word may stand anywhere in the title or
 * right after it («وكيل وزارة المياه المساعد», «وكيلة الوزارة المساعدة»).
 */
export function checkAssistantTitle(ctx: PostContext, title: Title, posts: readonly Entity<Post>[], personName: PersonNamed): boolean {
  const { tokens } = ctx;
  if (title.family !== 'deputy') return false;
  const sentence = tokens[title.headStart]!.sentence;
  const words: string[] = [];
  let end = title.end;
  for (let k = title.start; k < title.end; k++) words.push(...tokenStems(tokens[k]!).map((s) => s.stem));
  const next = tokens[title.end];
  if (next && next.sentence === sentence && tokenStems(next).some((s) => ASSISTANT.has(s.stem))) {
    words.push(...tokenStems(next).map((s) => s.stem));
    end = title.end + 1;
  }
  if (!namesUndersecretary(words)) return false;
  const assistant = words.some((word) => ASSISTANT.has(word));
  const ranked = posts.filter(heldNow).map((post) => ({ post, rank: postRank(post) })).filter((entry) => entry.rank);
  if (ranked.length === 0 || ranked.some((entry) => (entry.rank === 'assistant') === assistant)) return false;
  reportWrongTitle(ctx, ranked[0]!.post, personName, { start: title.start, end, lang: title.lang, single: ranked.length === 1 });
  return true;
}
