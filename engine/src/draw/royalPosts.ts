/** Posts of kings and queens, drawn from the style that opens a name (الملك محمد السادس, King Farouk). */
import type { DrawContext } from './context';
import { key } from './words';

/** A king's or a queen's style opening a name, and the post's titles (folded style → titles). */
const ROYAL_STYLES = new Map<string, { ar: string[]; en: string[] }>([
  [key('الملك'), { ar: ['الملك', 'العاهل'], en: ['King'] }],
  [key('الملكة'), { ar: ['الملكة', 'العاهلة'], en: ['Queen'] }],
  ['king', { ar: ['الملك', 'العاهل'], en: ['King'] }],
  ['queen', { ar: ['الملكة', 'العاهلة'], en: ['Queen'] }],
]);

/**
 * A person whose name opens with a king's or a queen's style (الملك محمد السادس, King Farouk) holds
 * the post of king, so that a draft calling them president or crown prince is compared; nothing
 * when a title already gave them that post.
 */
export function drawRoyalPosts(ctx: DrawContext): void {
  for (const person of ctx.people) {
    const span = person.spans.find((s) => s.tokenEnd - s.tokenStart >= 2);
    const style = span ? ROYAL_STYLES.get(ctx.tokens[span.tokenStart]!.key) : undefined;
    const holder = String(person.fact.id);
    if (!span || !style || ctx.out.posts.some((post) => post.holder === holder && post.role === 'king')) continue;
    ctx.out.posts.push({ id: ctx.id(`${holder}-king`), holder, role: 'king', title: style, evidence: [ctx.evidence(ctx.tokens[span.tokenStart]!.oStart, ctx.tokens[span.tokenEnd - 1]!.oEnd)] });
  }
}
