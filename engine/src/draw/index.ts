/**
 * Draws a fact base from a source article: a deterministic, rule-based reading of the article
 * with the engine's own analyser, extractors and lexicons. Every fact cites its evidence; facts the
 * drawing is unsure of carry `review: {unsure, reason}`. Pure: strings in, a JSON-ready object out.
 */
import { DrawContext, type DrawnSections } from './context';
import { drawDateline, ymdText } from './dateline';
import { drawPeople } from './people';
import { drawPosts } from './posts';
import { drawAffiliations } from './affiliations';
import { drawOrganisations } from './organisations';
import { drawPlaces } from './places';
import { drawSeats } from './seats';
import { drawAges } from './ages';
import { drawEvents } from './events';
import { drawQuantities } from './quantities';
import { drawSplits } from './quantitySplits';
import { drawQuotes } from './quotes';
import { drawAnchors } from './anchors';
import { SCHEMA_VERSION } from '../factBase/schema';
import type { DrawWarning } from './warnings';

export { renderDrawWarning, type DrawWarning, type DrawSurface } from './warnings';

/** Options of {@link drawFactBase}. */
export interface DrawOptions {
  /** The article's language; detected from its letters when absent. */
  lang?: 'ar' | 'en';
  /** Publication date (YYYY-MM-DD); the dateline's date when absent. */
  published?: string;
  /** The fact base's id; derived from the file name or the headline when absent. */
  id?: string;
  /** The article's path relative to the fact-base file (`source.file`). */
  file?: string;
  /** A title for the fact base; the first line of the article when absent. */
  title?: string;
}

/** What {@link drawFactBase} returns. */
export interface DrawResult {
  /** The fact base, ready for `JSON.stringify`. */
  factBase: Record<string, unknown> & DrawnSections;
  /** Things the user should know (no facts found, no date for relative dates …), by code; render them with {@link renderDrawWarning}. */
  warnings: DrawWarning[];
}

/** How many Arabic and Latin letters a text holds. */
function letterCounts(text: string): { arabic: number; latin: number } {
  let arabic = 0;
  let latin = 0;
  for (const c of text) {
    if (/[\u0600-\u06ff]/.test(c)) arabic++;
    else if (/[A-Za-z]/.test(c)) latin++;
  }
  return { arabic, latin };
}

/** Detects the article's language from its letters. */
export function detectLang(article: string): 'ar' | 'en' {
  const { arabic, latin } = letterCounts(article);
  return arabic >= latin ? 'ar' : 'en';
}

/**
 * Whether a text's language is too mixed to guess: it has letters, and nearly as many of one
 * script as of the other (the smaller count over 0.4 of the larger).
 */
export function languageIsUnclear(text: string): boolean {
  const { arabic, latin } = letterCounts(text);
  if (arabic + latin === 0) return false;
  return Math.min(arabic, latin) > 0.4 * Math.max(arabic, latin);
}

/**
 * The language a text is clearly written in, when it is given one that it is not: a warning's
 * matter (`kb draw --lang ar` on an English article reads few of its facts).
 */
function langMismatch(text: string, lang: 'ar' | 'en' | undefined): DrawWarning | undefined {
  if (lang === undefined || languageIsUnclear(text)) return undefined;
  const { arabic, latin } = letterCounts(text);
  if (arabic + latin === 0) return undefined;
  const detected = arabic >= latin ? 'ar' : 'en';
  return detected === lang ? undefined : { code: 'lang-mismatch', lang, detected };
}

/** Draws the fact base of `article`. Never throws on any text. */
export function drawFactBase(article: string, options: DrawOptions = {}): DrawResult {
  const text = String(article ?? '');
  const lang = options.lang ?? detectLang(text);
  const ctx = new DrawContext(text, lang);
  const mismatch = langMismatch(text, options.lang);
  if (mismatch) ctx.warnings.push(mismatch);
  const steps: [string, (ctx: DrawContext) => void][] = [
    ['dateline', (c) => drawDateline(c, options.published)],
    ['organisations', drawOrganisations],
    ['places', drawPlaces],
    ['people', drawPeople],
    ['seats', drawSeats],
    ['posts', drawPosts],
    ['affiliations', drawAffiliations],
    ['quotes', drawQuotes],
    ['events', drawEvents],
    ['quantities', drawQuantities],
    ['splits', drawSplits],
    ['ages', drawAges],
  ];
  for (const [name, step] of steps) {
    try {
      step(ctx);
    } catch (error) {
      ctx.warnings.push({ code: 'step-failed', step: name, error: (error as Error)?.message ?? String(error) });
    }
  }
  const sections = ctx.out;
  sections.people = ctx.people.map((person) => person.fact);
  const facts = Object.values(sections as unknown as Record<string, unknown[]>).reduce((sum, list) => sum + list.length, 0);
  if (text.trim().length === 0) ctx.warnings.push({ code: 'empty-article' });
  else if (facts === 0) ctx.warnings.push({ code: 'no-facts' });
  const published = ctx.published ? ymdText(ctx.published) : undefined;
  const anchors = facts > 0 ? safely(() => drawAnchors(ctx), [], ctx) : [];
  const factBase = {
    $schema: 'https://isnad.dev/schema/factbase.schema.json',
    schemaVersion: SCHEMA_VERSION,
    id: options.id ?? 'drawn-story',
    title: options.title ?? articleTitle(ctx),
    source: { file: options.file ?? 'article.txt', lang, ...(published ? { published } : {}) },
    ...sections,
    ...(anchors.length > 0 ? { scope: { anchors } } : {}),
  };
  if (!factBase.title) delete (factBase as { title?: string }).title;
  return { factBase, warnings: ctx.warnings };
}

/** Runs a last step that adds no fact; a failure is a warning and gives `fallback`. */
function safely<T>(step: () => T, fallback: T, ctx: DrawContext): T {
  try {
    return step();
  } catch (error) {
    ctx.warnings.push({ code: 'step-failed', step: 'anchors', error: (error as Error)?.message ?? String(error) });
    return fallback;
  }
}

/** The most words a title drawn from a first sentence keeps. */
const TITLE_WORDS = 15;

/**
 * The article's title: its headline, the first line when that line is short and holds no dateline;
 * otherwise (an article that opens with its dateline: "KAMLOOPS, British Columbia, Dec 2, 2026
 * (Reuters) - A wildfire that began …", «مسقط - 2 ديسمبر 2026 (وكالات)») the first sentence after
 * the dateline, cut to its first {@link TITLE_WORDS} words.
 */
function articleTitle(ctx: DrawContext): string | undefined {
  const text = ctx.article;
  const body = text.replace(/^\ufeff?---[ \t]*\n[\s\S]*?\n---[ \t]*(?:\n|$)/, (front) => ' '.repeat(front.length));
  const lineStart = body.search(/\S/);
  if (lineStart < 0) return undefined;
  const lineEnd = body.indexOf('\n', lineStart) < 0 ? body.length : body.indexOf('\n', lineStart);
  const datelineAt = ctx.datelineEnd > 0 ? ctx.tokens[ctx.datelineEnd - 1]!.oEnd : -1;
  const firstLine = body.slice(lineStart, lineEnd).trim().replace(/^#+\s*/, '');
  if ((datelineAt < 0 || datelineAt > lineEnd) && firstLine.split(/\s+/).length <= 2 * TITLE_WORDS) return firstLine.slice(0, 200);
  const from = datelineAt < 0 ? lineStart : datelineAt;
  const rest = body.slice(from).replace(/^[\s)\-–—:]+/, '');
  const sentence = /^[^\n]*?(?:[.!?؟](?=\s|$)|\n|$)/.exec(rest)?.[0].trim() ?? '';
  const words = sentence.split(/\s+/).filter(Boolean);
  if (words.length === 0) return firstLine.slice(0, 200) || undefined;
  return words.length > TITLE_WORDS ? `${words.slice(0, TITLE_WORDS).join(' ').replace(/[,،;:]$/, '')}…` : words.join(' ');
}
