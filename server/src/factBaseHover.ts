/**
 * Hover in a fact-base file (`*.factbase.json`): on a fact (a person, post, organisation, place,
 * event, quantity, quote, affiliation …) it shows the fact's evidence as the article's own sentence,
 * with a link that opens the article there, and what the drawing marked unsure. The open document's
 * text is read as it is (unsaved edits included); the article is read from disk.
 */
import { dirname, isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findNodeAtLocation, findNodeAtOffset, getNodePath, getNodeValue, parseTree, type Node } from 'jsonc-parser';
import type { Hover } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../../engine/src/index';
import { MAX_ARTICLE_BYTES } from '../../host/src/factBases';
import { readTextFile } from '../../host/src/files';
import { lineNumberAt, toRange } from './convert';
import { articleSentence, escapeMarkdown } from './hover';
import { messages } from './messages';
import { uriToPath } from './paths';

/** The sections of a fact base whose items are facts with evidence. */
const SECTIONS = new Set(['people', 'organisations', 'posts', 'places', 'events', 'quantities', 'quotes', 'affiliations', 'groups']);

interface Evidence {
  start: number;
  end: number;
  text: string;
}

/** The fact under `offset`: its section, its JSON node and its value. */
function factAt(text: string, offset: number): { section: string; node: Node; fact: Record<string, unknown> } | undefined {
  const root = parseTree(text);
  if (!root) return undefined;
  const node = findNodeAtOffset(root, offset, true);
  if (!node) return undefined;
  const [section, index] = getNodePath(node);
  if (typeof section !== 'string' || !SECTIONS.has(section) || typeof index !== 'number') return undefined;
  const factNode = findNodeAtLocation(root, [section, index]);
  const fact: unknown = factNode ? getNodeValue(factNode) : undefined;
  if (!factNode || fact === null || typeof fact !== 'object' || Array.isArray(fact)) return undefined;
  return { section, node: factNode, fact: fact as Record<string, unknown> };
}

/** The first string of `{ ar: [...], en: [...] }` in `lang`, else in the other language. */
function firstName(value: unknown, lang: Lang): string | undefined {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object') return undefined;
  const names = value as Record<string, unknown>;
  for (const key of [lang, lang === 'ar' ? 'en' : 'ar']) {
    const list = names[key];
    if (Array.isArray(list) && typeof list[0] === 'string') return list[0];
  }
  return undefined;
}

/** A short label for a fact: its name, title, quoted words or value, and its id. */
function labelOf(section: string, fact: Record<string, unknown>, lang: Lang): string {
  const quantity = fact.value !== undefined ? `${JSON.stringify(fact.value)}${typeof fact.unit === 'string' ? ` ${fact.unit}` : ''}` : undefined;
  const text = typeof fact.text === 'string' ? `«${fact.text.length > 80 ? `${fact.text.slice(0, 80)}…` : fact.text}»` : undefined;
  const name = firstName(fact.names, lang) ?? firstName(fact.title, lang) ?? firstName(fact.name, lang) ?? text ?? quantity;
  const id = typeof fact.id === 'string' ? fact.id : '';
  return `${section}: ${name ? `${name} ` : ''}(${id})`;
}

/** The evidence entries of a fact that have the right shape. */
function evidenceOf(fact: Record<string, unknown>): Evidence[] {
  const list = Array.isArray(fact.evidence) ? (fact.evidence as unknown[]) : [];
  return list.filter(
    (item): item is Evidence =>
      !!item && typeof item === 'object' && typeof (item as Evidence).start === 'number' && typeof (item as Evidence).end === 'number' && typeof (item as Evidence).text === 'string',
  );
}

/** The article a fact-base text cites (its `source.file`, relative to the fact-base file). */
function readArticle(factBaseText: string, factBasePath: string): { path: string; text?: string } | undefined {
  const root = parseTree(factBaseText);
  const node = root ? findNodeAtLocation(root, ['source', 'file']) : undefined;
  const file: unknown = node ? getNodeValue(node) : undefined;
  if (typeof file !== 'string' || file.length === 0) return undefined;
  const path = isAbsolute(file) ? file : join(dirname(factBasePath), file);
  const read = readTextFile(path, { maxBytes: MAX_ARTICLE_BYTES });
  // Offsets count line breaks as LF, as isnad reads articles (host/src/factBases.ts).
  return { path, text: read.ok ? read.text.replace(/\r\n/g, '\n') : undefined };
}

/** The hover at `offset` of an open fact-base document, or null when it is not on a fact. */
export function factBaseHover(document: TextDocument, offset: number, lang: Lang): Hover | null {
  const path = uriToPath(document.uri);
  const text = document.getText();
  const found = path ? factAt(text, offset) : undefined;
  if (!path || !found) return null;
  const strings = messages(lang);
  const lines = [`**${escapeMarkdown(labelOf(found.section, found.fact, lang))}**`, ''];
  const review = found.fact.review as { unsure?: unknown; reason?: unknown } | undefined;
  if (review?.unsure === true) lines.push(`⚠ ${escapeMarkdown(strings.hoverUnsure(typeof review.reason === 'string' ? review.reason : ''))}`, '');
  const article = readArticle(text, path);
  const evidence = evidenceOf(found.fact);
  if (evidence.length > 0) lines.push(`${strings.hoverEvidence}:`, '');
  const articleDocument = article?.text !== undefined ? TextDocument.create(pathToFileURL(article.path).href, 'plaintext', 0, article.text) : undefined;
  for (const item of evidence) {
    const holds = article?.text !== undefined && article.text.slice(item.start, item.end) === item.text;
    if (holds && articleDocument) {
      const link = `${articleDocument.uri}#L${lineNumberAt(articleDocument, item.start)}`;
      lines.push(`> ${articleSentence(article.text!, { factBaseId: '', sourceFile: article.path, ...item })} — [${strings.openArticle}](${link})`, '');
    } else {
      const why = article?.text === undefined ? strings.hoverNoArticle(article?.path ?? 'source.file') : strings.hoverStale;
      lines.push(`> ${escapeMarkdown(item.text)} (${escapeMarkdown(why)})`, '');
    }
  }
  return { contents: { kind: 'markdown', value: lines.join('\n').trim() }, range: toRange(document, { start: found.node.offset, end: found.node.offset + found.node.length }) };
}
