/**
 * Renders hovers as Markdown: the engine's fact card for a recognised person, post, event, quote
 * or number, and an explanation of each finding under the cursor (what the draft says, what the
 * article says, why). Evidence is quoted from the article with a link that opens it at the line.
 */
import type { EvidenceRef, Finding, HoverCard, Lang } from '../../engine/src/index';
import { lineNumberAt, type ArticleLocation } from './convert';
import { messages } from './messages';

/** What rendering needs from the server. */
export interface HoverContext {
  /** The article an evidence reference points into, when it is loaded. */
  article(evidence: EvidenceRef): ArticleLocation | undefined;
  /** The URL of a rule's documentation. */
  ruleHref(ruleId: string): string | undefined;
}

/** Escapes text for inline Markdown. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+!|~]/g, '\\$&').replace(/\r?\n|\r/g, ' ');
}

/** A link that opens the article at the evidence's line (`file:///…#L12`), or undefined. */
export function evidenceLink(evidence: EvidenceRef, context: HoverContext): string | undefined {
  const article = context.article(evidence);
  if (!article) return undefined;
  return `${article.uri}#L${lineNumberAt(article.document, evidence.start)}`;
}

function quoteEvidence(evidence: readonly EvidenceRef[], lang: Lang, context: HoverContext): string[] {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const item of evidence) {
    const key = `${item.factBaseId}:${item.start}:${item.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const link = evidenceLink(item, context);
    const words = item.text.length > 400 ? `${item.text.slice(0, 400)}…` : item.text;
    lines.push(`> ${escapeMarkdown(words)}${link ? ` — [${messages(lang).openArticle}](${link})` : ''}`, '');
  }
  return lines;
}

function renderFinding(finding: Finding, context: HoverContext): string[] {
  const text = messages(finding.lang);
  const href = context.ruleHref(finding.ruleId);
  const lines = [
    `isnad: ${href ? `[\`${finding.ruleId}\`](${href})` : `\`${finding.ruleId}\``}`,
    '',
    `- ${text.draftSays}: «${escapeMarkdown(finding.actual)}»`,
  ];
  if (finding.expected !== undefined) lines.push(`- ${text.articleSays}: «${escapeMarkdown(finding.expected)}»`);
  lines.push(`- ${text.why}: ${escapeMarkdown(finding.message)}`, '');
  lines.push(...quoteEvidence(finding.evidence, finding.lang, context));
  return lines;
}

/**
 * Renders a hover. Returns undefined when there is neither a card nor a finding.
 *
 * @param card The engine's fact card at the cursor, if any.
 * @param findings The findings whose range holds the cursor.
 */
export function renderHover(card: HoverCard | undefined, findings: readonly Finding[], context: HoverContext): string | undefined {
  const sections: string[][] = [];
  if (card) {
    const lines = [`**${escapeMarkdown(card.title)}**`, ''];
    for (const fact of card.facts) lines.push(`- ${escapeMarkdown(fact)}`);
    if (card.facts.length > 0) lines.push('');
    lines.push(...quoteEvidence(card.evidence, card.lang, context));
    sections.push(lines);
  }
  const seen = new Set<string>();
  for (const finding of [...(card?.findings ?? []), ...findings]) {
    const key = `${finding.ruleId}:${finding.range.start}:${finding.range.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sections.push(renderFinding(finding, context));
  }
  if (sections.length === 0) return undefined;
  return sections.map((lines) => lines.join('\n').trim()).join('\n\n---\n\n');
}
