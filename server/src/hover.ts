/**
 * Renders hovers as Markdown: the engine's fact card for a recognised person, post, event, quote
 * or number, and an explanation of each finding under the cursor (what the draft says, what the
 * article says, why). Evidence is quoted from the article with a link that opens it at the line.
 */
import { describeStory, type EvidenceRef, type Finding, type HoverCard, type Lang } from '../../engine/src/index';
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

/** The longest sentence quoted, in UTF-16 units on each side of the evidence. */
const MAX_CONTEXT = 200;

/**
 * The article's sentence around an evidence range: from the previous sentence end (or line
 * break) to the next, with the evidence itself marked in bold.
 */
export function articleSentence(articleText: string, evidence: EvidenceRef): string {
  const ends = /[.!?؟\n]/;
  let start = evidence.start;
  while (start > 0 && evidence.start - start < MAX_CONTEXT && !ends.test(articleText[start - 1]!)) start--;
  let end = evidence.end;
  while (end < articleText.length && end - evidence.end < MAX_CONTEXT && !ends.test(articleText[end]!)) end++;
  if (end < articleText.length && articleText[end] !== '\n') end++;
  const before = articleText.slice(start, evidence.start).trimStart();
  const after = articleText.slice(evidence.end, end).trimEnd();
  const words = articleText.slice(evidence.start, evidence.end);
  return `${start > 0 && !ends.test(articleText[start - 1]!) ? '…' : ''}${escapeMarkdown(before)}**${escapeMarkdown(words)}**${escapeMarkdown(after)}`;
}

function quoteEvidence(evidence: readonly EvidenceRef[], lang: Lang, context: HoverContext): string[] {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const item of evidence) {
    const key = `${item.factBaseId}:${item.start}:${item.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const article = context.article(item);
    const link = evidenceLink(item, context);
    const quoted = article ? articleSentence(article.document.getText(), item) : escapeMarkdown(item.text);
    lines.push(`> ${quoted}${link ? ` — [${messages(lang).openArticle}](${link})` : ''}`, '');
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
 * Renders the engine's card at the cursor as Markdown. A card about a person, organisation, place,
 * quote, event or number shows its names, facts and the article's sentences; every finding at the
 * place is explained after it. A card that is only about findings shows just the explanations.
 */
export function renderHover(card: HoverCard, context: HoverContext): string {
  const sections: string[][] = [];
  if (card.kind !== 'finding') {
    const lines = [`**${escapeMarkdown(card.title)}**`, ''];
    for (const fact of card.facts) lines.push(`- ${escapeMarkdown(fact)}`);
    if (card.facts.length > 0) lines.push('');
    lines.push(...quoteEvidence(card.evidence, card.lang, context));
    sections.push(lines);
  }
  for (const finding of card.findings) sections.push(renderFinding(finding, context));
  // Which story (fact base) the draft is checked against, and why.
  if (card.story) sections.push([`*${escapeMarkdown(describeStory(card.story, card.lang))}*`]);
  return sections.map((lines) => lines.join('\n').trim()).join('\n\n---\n\n');
}
