/**
 * The source article's text, kept beside a parsed fact base when the host read it (the article
 * is not part of the fact-base file; `parseFactBase` attaches it when given). The engine aligns
 * draft sentences with the article's sentences through it; without it, the evidence texts stand
 * in for the article.
 */
import type { FactBaseData } from './schema';

const articles = new WeakMap<FactBaseData, string>();

/** Remembers the article a fact base was validated with. */
export function attachArticle(factBase: FactBaseData, text: string): void {
  articles.set(factBase, text);
}

/** The article of a fact base, when the host gave it. */
export function articleOf(factBase: FactBaseData): string | undefined {
  return articles.get(factBase);
}
