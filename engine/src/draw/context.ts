/**
 * What every drawing step shares: the analysed article, a knowledge index holding only the
 * reference lexicons (gazetteer, organisations), id allocation, evidence ranges and the facts drawn
 * so far. The steps add facts to {@link DrawContext.out}; nothing here reads files.
 */
import { analyse, type Analysis, type Token } from '../analysis';
import { KnowledgeIndex } from '../knowledge';
import { mentions, type Mention } from '../mentions';
import type { DrawWarning } from './warnings';
import { KNOWN_GIVEN_NAMES } from '../lexicon/givenNames';
import { AR_STOP } from '../lexicon/functionWords';
import { nationalityOf } from '../titles';
import { wordKey } from '../tokenKey';
import type { Ymd } from '../extract/monthYears';
import { placeClosesPersonName, placeOpensPersonName } from './placeGivenNames';
import { lexiconIds } from '../referenceLexicons';

/** An evidence entry: a range of the article and its text. */
export interface DrawnEvidence {
  start: number;
  end: number;
  text: string;
}

/** A review mark. */
export interface DrawnReview {
  unsure: true;
  reason: string;
}

/** A fact as written to the fact-base file (plain JSON). */
export type DrawnFact = { id: string; evidence: DrawnEvidence[]; review?: DrawnReview } & Record<string, unknown>;

/** The sections of a drawn fact base. */
export interface DrawnSections {
  people: DrawnFact[];
  organisations: DrawnFact[];
  posts: DrawnFact[];
  places: DrawnFact[];
  events: DrawnFact[];
  quantities: DrawnFact[];
  quotes: DrawnFact[];
  affiliations: DrawnFact[];
  groups: DrawnFact[];
}

/** A calendar date (the date reader's, `../extract/monthYears.ts`). */
export type { Ymd };

/** A person found in the article, kept with its token ranges for the later steps. */
export interface DrawnPerson {
  fact: DrawnFact;
  /** Folded token keys of the full Arabic or English name. */
  keys: string[];
  /** Folded key of the short form (family name), if any. */
  shortKey?: string;
  /** Token ranges where the person is named. */
  spans: { tokenStart: number; tokenEnd: number }[];
}

/** Shared state of one drawing. */
export class DrawContext {
  readonly analysis: Analysis;
  readonly knowledge = LEXICON_ONLY();
  readonly lexiconMentions: Mention[];
  readonly out: DrawnSections = { people: [], organisations: [], posts: [], places: [], events: [], quantities: [], quotes: [], affiliations: [], groups: [] };
  readonly warnings: DrawWarning[] = [];
  readonly people: DrawnPerson[] = [];
  /** Token index → organisation id, for tokens that name a drawn organisation. */
  readonly orgAt = new Map<number, string>();
  /** Token index → place id, for tokens that name a drawn place. */
  readonly placeAt = new Map<number, string>();
  /**
   * The bare Arabic names of the gazetteer's towns known only with their country's adjective
   * (القنيطرة for القنيطرة المغربية, `adjectiveTwins.ts`) the article writes: the gazetteer lists no
   * such name, so it stays the story's own word for story detection (`anchors.ts`).
   */
  readonly bareTwinNames: string[] = [];
  /** Token index → person index, for tokens that name a drawn person. */
  personAt: Int32Array;
  /** The article's date (dateline or --published), the anchor of relative dates. */
  published?: Ymd & { weekday?: number };
  /** The token just past the dateline's date, when the article has one. */
  datelineEnd = 0;
  readonly #ids = new Set<string>();
  #mentionAt?: Map<number, Mention>;

  constructor(
    readonly article: string,
    readonly lang: 'ar' | 'en',
  ) {
    // Each line of an article is a paragraph (a headline, a dateline, a paragraph): line breaks end sentences.
    this.analysis = analyse(article, 'plaintext', { text: article, directives: [] });
    const found = mentions(this.analysis, this.knowledge);
    const covered = new Set<number>();
    for (const mention of found) for (let k = mention.tokenStart; k < mention.tokenEnd; k++) covered.add(k);
    const tokens = this.analysis.tokens;
    const isCovered = (k: number) => covered.has(k);
    this.lexiconMentions = found.filter(
      (mention) => !givenNameBeforeFamily(tokens, article, mention) && !placeOpensPersonName(tokens, article, mention, isCovered) && !placeClosesPersonName(tokens, article, mention, isCovered),
    );
    this.personAt = new Int32Array(this.analysis.tokens.length).fill(-1);
  }

  get tokens(): Token[] {
    return this.analysis.tokens;
  }

  /**
   * A fresh id built from `base` (lower-case kebab), unique in this fact base. With `notLexicon`
   * (a person's id), no id of the reference lexicons either, which a place or body drawn in the
   * same fact base may bear as that entry's twin: a person Ana Lima is `lima-2`, not the city's `lima`.
   */
  id(base: string, notLexicon = false): string {
    let stem = slug(base).slice(0, 40);
    while (stem.endsWith('-')) stem = stem.slice(0, -1);
    if (!stem) stem = 'fact';
    let id = stem;
    for (let n = 2; this.#ids.has(id) || (notLexicon && lexiconIds().has(id)); n++) id = `${stem}-${n}`;
    this.#ids.add(id);
    return id;
  }

  /** Evidence for an original range, trimmed of spaces and punctuation at both ends. */
  evidence(start: number, end: number): DrawnEvidence {
    let s = Math.max(0, start);
    let e = Math.min(this.article.length, end);
    while (s < e && /[\s،,.:;!?()«»"“”'\-–—]/.test(this.article[s]!)) s++;
    while (e > s && /[\s،,.:;!?()«»"“”'\-–—]/.test(this.article[e - 1]!)) e--;
    if (e <= s) {
      s = Math.max(0, start);
      e = Math.max(s + 1, Math.min(this.article.length, end));
    }
    return { start: s, end: e, text: this.article.slice(s, e) };
  }

  /** Evidence for a token range. */
  tokenEvidence(tokenStart: number, tokenEnd: number): DrawnEvidence {
    return this.evidence(this.tokens[tokenStart]!.oStart, this.tokens[tokenEnd - 1]!.oEnd);
  }

  /** The clause (between commas or sentence ends) around a token range, as evidence. */
  clauseEvidence(tokenStart: number, tokenEnd: number): DrawnEvidence {
    const tokens = this.tokens;
    let a = tokenStart;
    let b = tokenEnd;
    while (a > 0 && tokens[a - 1]!.clause === tokens[tokenStart]!.clause && tokens[a - 1]!.sentence === tokens[tokenStart]!.sentence) a--;
    while (b < tokens.length && tokens[b]!.clause === tokens[tokenEnd - 1]!.clause && tokens[b]!.sentence === tokens[tokenEnd - 1]!.sentence) b++;
    return this.tokenEvidence(a, b);
  }

  /** The sentence of a token as evidence. */
  sentenceEvidence(tokenIndex: number): DrawnEvidence {
    const sentence = this.analysis.sentences[this.tokens[tokenIndex]!.sentence]!;
    return this.evidence(sentence.start, sentence.end);
  }

  /** The original text of a token range. */
  text(tokenStart: number, tokenEnd: number): string {
    if (tokenEnd <= tokenStart) return '';
    return this.article.slice(this.tokens[tokenStart]!.oStart, this.tokens[tokenEnd - 1]!.oEnd);
  }

  /** The original text of one token. */
  word(index: number): string {
    const token = this.tokens[index];
    return token ? this.article.slice(token.oStart, token.oEnd) : '';
  }

  /** The characters between two tokens (punctuation, spaces). */
  gap(left: number, right: number): string {
    const a = this.tokens[left];
    const b = this.tokens[right];
    if (!a || !b) return '';
    return this.article.slice(a.oEnd, b.oStart);
  }

  /** The lexicon mention covering a token, if any. */
  lexiconMentionAt(index: number): Mention | undefined {
    if (!this.#mentionAt) {
      // Built once: a token's mention by index, so a look-up costs the same however long the article.
      this.#mentionAt = new Map();
      for (const mention of this.lexiconMentions) for (let k = mention.tokenStart; k < mention.tokenEnd; k++) if (!this.#mentionAt.has(k)) this.#mentionAt.set(k, mention);
    }
    return this.#mentionAt.get(index);
  }
}

/** Lower-case kebab: runs of other characters become one hyphen, none at either end. */
export function slug(text: string): string {
  let out = '';
  for (const c of text.toLowerCase().normalize('NFKD')) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    // A combining accent (NFKD splits á into a and its accent) is dropped with its letter kept: Yáñez → yanez.
    else if (/\p{M}/u.test(c)) continue;
    else if (out && !out.endsWith('-')) out += '-';
  }
  while (out.endsWith('-')) out = out.slice(0, -1);
  return out;
}

/**
 * Whether a one-word organisation of the lexicon is the given name of a person instead: the word
 * is a given name (بدر, also the Badr Organisation's short name) and a family name with the
 * article follows it in its clause, one that is neither a nationality (بدر العراقية) nor a
 * function word (وزير الخارجية بدر البوسعيدي).
 */
function givenNameBeforeFamily(tokens: Token[], article: string, mention: Mention): boolean {
  if (mention.kind !== 'organisation' || mention.tokenEnd - mention.tokenStart !== 1) return false;
  const token = tokens[mention.tokenStart]!;
  const next = tokens[mention.tokenEnd];
  if (token.script !== 'ar' || !KNOWN_GIVEN_NAMES.has(wordKey(article.slice(mention.start, mention.end)))) return false;
  if (!next || next.clause !== token.clause || next.sentence !== token.sentence || next.quote !== token.quote) return false;
  return /^ال../.test(next.key) && !AR_STOP.has(next.key) && !nationalityOf(next);
}

let lexiconOnly: KnowledgeIndex | undefined;

/** A knowledge index with the reference lexicons and no fact base, built once. */
function LEXICON_ONLY(): KnowledgeIndex {
  return (lexiconOnly ??= new KnowledgeIndex([]));
}
