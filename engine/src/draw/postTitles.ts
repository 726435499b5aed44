/**
 * Where a post's title stands beside a person's name in a drawn article: right before it (وزير
 * العدل عبد اللطيف وهبي, Home Secretary James Cleverly; a title governing another in construct; a
 * title whose complement names another person before a comma) or in apposition after it (ناصر
 * جبور، رئيس قسم …; Lord Reed, the President of the Supreme Court; X, who chairs Y).
 */
import type { DrawContext } from './context';
import { NAME_RANKS, VERB_TITLES, type TitleEntry } from './lexicon';
import { isSpeech, key, titleAt, type TitleMatch } from './words';
import { HONORIFICS } from '../lexicon/honorifics';
import { nationalityOf } from '../titles';

/** The ranks written before a name (./lexicon.ts), folded. */
const RANK_KEYS = new Set(NAME_RANKS.map(key));

/** Words that may stand between a name's comma and its Arabic title in apposition (وهو رئيس …، الذي يشغل أيضاً منصب …). */
const APPOSITION_AR = new Set(['وهو', 'وهي', 'هو', 'هي', 'الذي', 'التي', 'يشغل', 'تشغل', 'أيضا', 'منصب', 'حاليا'].map(key));

/** English words that start a clause or a verb phrase after a name's comma: a title after them is not in apposition. */
const CLAUSE_WORDS_EN = new Set(['who', 'which', 'that', 'said', 'says', 'told', 'added', 'will', 'would', 'has', 'have', 'had', 'is', 'was', 'and', 'but', 'to', 'for', 'after', 'before', 'when', 'while']);

/**
 * English words after a name's comma that open a phrase of its own (X, speaking alongside the
 * environment minister, Y): a title after them is another person's. A participle in -ing opens
 * one too, unless it is part of a title (acting, managing, outgoing).
 */
const PHRASE_WORDS_EN = new Set(['alongside', 'beside', 'besides', 'with', 'without', 'behind', 'near', 'like', 'unlike', 'against', 'among', 'including', 'flanked', 'joined', 'accompanied', 'according', 'from', 'by', 'at', 'in', 'on', 'as', 'than', 'replacing', 'replaced', 'succeeding', 'succeeded']);
const TITLE_PARTICIPLES_EN = new Set(['acting', 'managing', 'outgoing', 'incoming', 'founding', 'presiding', 'serving', 'sitting', 'ruling', 'governing', 'leading', 'reigning', 'standing', 'visiting', 'commanding']);

/** Whether an English word after a name's comma opens a phrase of its own rather than a title in apposition. */
function opensPhrase(word: string): boolean {
  return PHRASE_WORDS_EN.has(word) || (/^[a-z]{3,}ing$/.test(word) && !TITLE_PARTICIPLES_EN.has(word));
}

/**
 * Whether token `k` is a rank right before the next word (اللواء مجدي سليم, General Carlos Yáñez),
 * not the last word of a title (Secretary General, Attorney General, Director General).
 */
function rankBeforeName(ctx: DrawContext, k: number): boolean {
  if (!RANK_KEYS.has(ctx.tokens[k]!.key) || !/^\s+$/.test(ctx.gap(k, k + 1))) return false;
  for (let j = Math.max(0, k - 3); j < k; j++) {
    const title = titleAt(ctx.tokens, j);
    if (title && title.end > k) return false;
  }
  return true;
}

/** The title that ends right before token `nameStart` (up to ten words before, same clause). */
function titleBefore(ctx: DrawContext, nameStart: number): (TitleMatch & { textEnd?: number }) | undefined {
  const tokens = ctx.tokens;
  // A courtesy word or a rank before the name stands between it and its title (محافظ الإسماعيلية، اللواء مجدي سليم).
  let edge = nameStart;
  while (edge > 0 && nameStart - edge < 2 && (HONORIFICS.has(tokens[edge - 1]!.key) || rankBeforeName(ctx, edge - 1))) edge--;
  // So does a nationality with the article right after the title's comma (نائب الرئيس التنفيذي للصندوق، السعودي خالد العتيبي).
  if (edge > 1 && nationalityAfterComma(ctx, edge - 1)) edge--;
  // A title set off by a comma right before the name is in apposition (وزير الدفاع، ثابت العباسي،).
  const comma = edge > 0 && /^\s*[,،]\s*$/.test(ctx.gap(edge - 1, edge));
  // Another person's name before the comma: the name is theirs in apposition only when a title's complement holds it.
  if (comma && ctx.personAt[edge - 1] !== -1) return titleOverComplement(ctx, edge - 1, edge - 1);
  const apposed = comma;
  const clause = apposed ? tokens[edge - 1]!.clause : tokens[edge]!.clause;
  for (let k = edge - 1; k >= 0 && nameStart - k <= 10; k--) {
    const token = tokens[k]!;
    if (token.clause !== clause || (token.quote !== -1 && !nameInGuillemets(ctx, k)) || ctx.personAt[k] !== -1 || isSpeech(token)) return undefined;
    const title = titleAt(tokens, k);
    // A title right after another person's name is theirs (سليماني قائد فيلق القدس).
    // A title opened by «و» after a comma starts the next item of a list (…، ووزير الخارجية الأردني أيمن الصفدي) and is the next name's.
    if (title && title.end <= nameStart && title.start > 0 && ctx.personAt[title.start - 1] !== -1 && !listItem(ctx, title)) return undefined;
    if (title && title.end <= nameStart) {
      let found = title;
      // A longer title that starts a little earlier and covers this one wins (Prime Minister).
      for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
        const longer = titleAt(tokens, j);
        if (longer && longer.end >= title.end && longer.end <= nameStart) {
          found = longer;
          break;
        }
      }
      found = governingTitle(ctx, found) ?? found;
      // The title's words end before a rank between it and the name (محافظ الإسماعيلية، اللواء …).
      return edge < nameStart ? { ...found, textEnd: edge } : found;
    }
  }
  return undefined;
}

/**
 * Whether token `k` is an Arabic nationality with the article (السعودي, الأردنية) between a comma
 * and the name after it: an adjective in apposition that describes the person the title before the
 * comma names, as a rank does.
 */
function nationalityAfterComma(ctx: DrawContext, k: number): boolean {
  const token = ctx.tokens[k]!;
  return ctx.lang === 'ar' && token.key.startsWith('ال') && !!nationalityOf(token) && /^\s*،\s*$/.test(ctx.gap(k - 1, k)) && /^\s+$/.test(ctx.gap(k, k + 1)) && ctx.personAt[k] === -1;
}

/** Whether an Arabic title opens with «و» after a comma: the next item of a list of titled names. */
function listItem(ctx: DrawContext, title: TitleMatch): boolean {
  return ctx.lang === 'ar' && title.prefix > 0 && /^و/.test(ctx.tokens[title.start]!.key) && /^\s*[,،]\s*$/.test(ctx.gap(title.start - 1, title.start));
}

/**
 * The Arabic title that governs another in construct before a name: «مستشار رئيس الوزراء محمد
 * الخطيب» is the prime minister's adviser, «مدير مكتب وزير الصحة سامي العلي» the director of the
 * minister's office, «نائب رئيس الوزراء» the prime minister's deputy. The outer title ends at the
 * inner one (or overlaps it), or one or two indefinite words of its complement stand between; an
 * outer title ending in a definite word (نائب رئيس الوزراء وزير الخارجية) is another title of the
 * same person, and the inner one stays.
 */
function governingTitle(ctx: DrawContext, inner: TitleMatch): TitleMatch | undefined {
  if (ctx.lang !== 'ar') return undefined;
  const tokens = ctx.tokens;
  for (let j = inner.start - 1; j >= 0 && inner.start - j <= 4; j--) {
    const token = tokens[j]!;
    if (token.clause !== tokens[inner.start]!.clause || token.quote !== -1 || ctx.personAt[j] !== -1) return undefined;
    const outer = titleAt(tokens, j);
    if (!outer) continue;
    if (outer.end > inner.start) return outer.end <= inner.end ? outer : undefined;
    const between = tokens.slice(outer.end, inner.start);
    if (between.length > 2 || between.some((t) => t.script !== 'ar' || /^(ال|لل|وال)/.test(t.key))) return undefined;
    return /^(ال|لل|وال)/.test(tokens[outer.end - 1]!.key) ? undefined : outer;
  }
  return undefined;
}

/**
 * The title whose complement after ل names another person, before a comma and the holder's name:
 * «المستشار الدبلوماسي لرئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان، أنور قرقاش». The other
 * person's name ends at token `k`, right before the comma at `comma`; the complement's title
 * (لرئيس دولة الإمارات) stands right before that name and the outer title right before it. The
 * post's words (`textEnd`) keep the complement and end before the other person's name.
 */
function titleOverComplement(ctx: DrawContext, k: number, comma: number): (TitleMatch & { textEnd: number }) | undefined {
  const tokens = ctx.tokens;
  const other = ctx.personAt[k];
  let start = k;
  while (start > 0 && ctx.personAt[start - 1] === other) start--;
  // Only the other person's name stands between it and the comma.
  if (ctx.personAt[comma] !== other) return undefined;
  for (let j = start - 1; j >= 0 && start - j <= 4; j--) {
    const inner = titleAt(tokens, j);
    if (!inner || inner.end > start || !/^ل/.test(tokens[inner.start]!.key) || inner.prefix === 0) continue;
    for (let i = inner.start - 1; i >= 0 && inner.start - i <= 3; i--) {
      const outer = titleAt(tokens, i);
      if (outer && outer.end === inner.start && tokens[i]!.clause === tokens[inner.start]!.clause) return { ...outer, textEnd: start };
    }
    return undefined;
  }
  return undefined;
}

/** Whether a quoted token is a name in guillemets (an organisation, or a term of one to three words) rather than a quote. */
export function nameInGuillemets(ctx: DrawContext, k: number): boolean {
  if (ctx.orgAt.has(k)) return true;
  const quotation = ctx.analysis.quotations[ctx.tokens[k]!.quote];
  return !!quotation && quotation.tokenEnd - quotation.tokenStart <= 3;
}

/** The verb titles of {@link VERB_TITLES} by their folded words. */
const VERB_TITLE_BY_KEY = new Map<string, TitleEntry>();
for (const entry of VERB_TITLES) for (const word of [...(entry.en ?? []), ...(entry.ar ?? [])]) VERB_TITLE_BY_KEY.set(key(word), entry);
const RELATIVE_PRONOUNS = new Set(['who', 'الذي', 'التي'].map(key));

/**
 * A verb of holding a post right after a relative pronoun that follows a name's comma ("X, who
 * chairs Y"; «X، الذي يرأس Y»): read as the post's title, with the body named after it.
 */
function verbTitleAt(ctx: DrawContext, k: number, nameEnd: number): TitleMatch | undefined {
  const tokens = ctx.tokens;
  const entry = VERB_TITLE_BY_KEY.get(tokens[k]?.key ?? '');
  if (!entry || k !== nameEnd + 1 || !RELATIVE_PRONOUNS.has(tokens[nameEnd]!.key) || tokens[k]!.clause !== tokens[nameEnd]!.clause) return undefined;
  return { entry, start: k, end: k + 1, prefix: 0 };
}

/** The title in apposition after a name: "X، رئيس …" / "X, the President of …" / "X, then prime minister". */
function titleAfter(ctx: DrawContext, nameEnd: number): TitleMatch | undefined {
  const tokens = ctx.tokens;
  if (nameEnd >= tokens.length || !/^\s*[,،]\s*$/.test(ctx.gap(nameEnd - 1, nameEnd))) return undefined;
  for (let k = nameEnd; k < tokens.length && k - nameEnd <= 5; k++) {
    if (ctx.personAt[k] !== -1 || (tokens[k]!.quote !== -1 && !nameInGuillemets(ctx, k))) return undefined;
    const verb = verbTitleAt(ctx, k, nameEnd);
    if (verb) return verb;
    // What stands between the comma and the title: in Arabic only a pronoun or a relative clause of holding (وهو، الذي يشغل منصب), in English no verb (X, who will look for a new coach).
    if (ctx.lang === 'ar' ? k > nameEnd && !APPOSITION_AR.has(tokens[k - 1]!.key) : (CLAUSE_WORDS_EN.has(tokens[k]!.key) && !verbTitleAt(ctx, k + 1, nameEnd)) || (opensPhrase(tokens[k]!.key) && !titleAt(tokens, k))) return undefined;
    if (tokens[k]!.sentence !== tokens[nameEnd]!.sentence) return undefined;
    const title = titleAt(tokens, k);
    // "X، وقائد …، Y": a title joined by و after a comma is the next person's.
    if (title && title.prefix > 0 && /^[وف]/.test(tokens[k]!.key)) return undefined;
    if (title) return title;
    if (k > nameEnd && tokens[k]!.clause !== tokens[nameEnd]!.clause) return undefined;
  }
  return undefined;
}

/**
 * The titles beside one span of a person's name, each with the side it stands on: the title right
 * before it and up to two more set off by commas before that one («رئيس كتلة …، الممثل السياسي …،
 * NAME»), each ending where the next begins (`ends`); after it, the title in apposition and up to
 * two more joined to it by و or "and" (العضو المنتدب والرئيس التنفيذي).
 */
export function titlesBesideName(ctx: DrawContext, span: { tokenStart: number; tokenEnd: number }): { found: ['before' | 'after', TitleMatch][]; ends: Map<TitleMatch, number> } {
  const tokens = ctx.tokens;
  const found: ['before' | 'after', TitleMatch][] = [];
  // A name joined by و (… وأبو مهدي المهندس) takes no title from before the conjunction.
  const conjoined = ctx.lang === 'ar' && /^[وف]/.test(tokens[span.tokenStart]!.key) && 'prefix' in span && (span as { prefix: number }).prefix > 0;
  const before = conjoined ? undefined : titleBefore(ctx, span.tokenStart);
  const ends = new Map<TitleMatch, number>();
  if (before) {
    found.push(['before', before]);
    ends.set(before, 'textEnd' in before ? (before as { textEnd: number }).textEnd : span.tokenStart);
    // Titles in apposition before it: "رئيس كتلة …، الممثل السياسي …، NAME".
    let next = titleBefore(ctx, before.start);
    for (let guard = 0; next && guard < 2 && /^\s*[,،]\s*$/.test(ctx.gap(before.start - 1, before.start)); guard++) {
      found.push(['before', next]);
      ends.set(next, found.at(-2)![1].start);
      next = /^\s*[,،]\s*$/.test(ctx.gap(next.start - 1, next.start)) ? titleBefore(ctx, next.start) : undefined;
    }
  }
  // After the name: a chain of titles joined by و/and (العضو المنتدب والرئيس التنفيذي).
  let after = titleAfter(ctx, span.tokenEnd);
  for (let guard = 0; after && guard < 3; guard++) {
    found.push(['after', after]);
    let k = after.end;
    while (k < tokens.length && k - after.end < 8 && tokens[k]!.clause === tokens[after.start]!.clause && !titleAt(tokens, k)) k++;
    const next = titleAt(tokens, k);
    // Joined by و glued to the next title, or by "and" right before it (co-founder and director of …).
    const joined = !!next && (/^(و|and)/.test(tokens[k]!.key) || (k === after.end + 1 && tokens[after.end]!.key === 'and'));
    after = next && joined && tokens[k]!.clause === tokens[after.start]!.clause ? next : undefined;
  }
  return { found, ends };
}
