/**
 * `affiliation`: an organisation said to be led by someone other than its leader ("ORG led by P",
 * "ORG بزعامة P").
 */
import { tokenLang } from '../../analysis';
import { mentionAt } from '../../mentions';
import { unknownNameAt, nationalityOf, type Title } from '../../titles';
import { LED_BY, ROLE_FAMILY } from '../../lexicon/words';
import type { PostContext } from './context';
import { wrongLeader } from '../../messages';

/** Checks the name after "led by" and its equivalents following an organisation. */
export function checkLedBy(ctx: PostContext): void {
  const { analysis, knowledge, tokens, all, allTitles, push } = ctx;
  const titleByStart = new Map<number, Title>();
  for (const title of allTitles) {
    if (!titleByStart.has(title.start)) titleByStart.set(title.start, title);
    if (!titleByStart.has(title.headStart)) titleByStart.set(title.headStart, title);
  }
  const ledBy = new Set(LED_BY);
  for (const org of all) {
    if (org.kind !== 'organisation') continue;
    let k = org.tokenEnd;
    if (tokens[k] && tokens[k]!.key === 'led' && tokens[k + 1]?.key === 'by') k += 2;
    else if (tokens[k] && ledBy.has(tokens[k]!.key)) k += 1;
    else if (tokens[k] && (tokens[k]!.key === 'headed') && tokens[k + 1]?.key === 'by') k += 2;
    else continue;
    if (!tokens[k] || tokens[k]!.sentence !== tokens[org.tokenStart]!.sentence) continue;
    const leaders = knowledge.postsAt(org.entity).filter((post) => ROLE_FAMILY[post.fact.role] === 'leads');
    if (leaders.length === 0) continue;
    // "led by Defence Minister X": the name follows the title.
    const titleAt = titleByStart.get(k);
    if (titleAt) k = Math.max(titleAt.end, titleAt.headEnd);
    while (tokens[k] && nationalityOf(tokens[k])) k++;
    const atK = mentionAt(all, k);
    const person = atK && atK.kind === 'person' && atK.tokenStart === k ? atK : undefined;
    const name = person ? { tokenStart: person.tokenStart, tokenEnd: person.tokenEnd } : unknownNameAt(analysis, k, all);
    if (!name) continue;
    if (person && leaders.some((post) => knowledge.same(knowledge.resolve(post, post.fact.holder)?.key ?? '', person.entity))) continue;
    const lang = tokenLang(analysis, tokens[k]!);
    const leader = knowledge.resolve(leaders[0]!, leaders[0]!.fact.holder);
    if (!leader) continue;
    const start = person ? person.start : tokens[name.tokenStart]!.oStart;
    const end = person ? person.end : tokens[name.tokenEnd - 1]!.oEnd;
    const actual = analysis.text.slice(start, end);
    const expected = knowledge.canonicalName(leader.key, lang);
    push('affiliation', {
      range: { start, end },
      lang,
      message: wrongLeader({ organisation: knowledge.names(org.entity), leader: knowledge.personNames(leader.key), actual }),
      actual,
      expected,
      fix: { text: expected },
      factId: leaders[0]!.id,
      evidence: knowledge.evidenceOf(leaders[0]!.key),
    });
  }
}
