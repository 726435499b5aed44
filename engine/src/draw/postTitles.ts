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
import { RELATION_NOUNS_AR, RELATION_NOUNS_EN } from '../lexicon/kinship';

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
      // A title with a possessive names whose post follows (the minister's adviser Y); a word of
      // time or of another clause between it and the name (chief executive in May after Y) parts them.
      if (possessiveTitle(ctx, title) || clauseBetween(ctx, title.end, edge)) return undefined;
      let found = title;
      // A longer title that starts a little earlier and covers this one wins (Prime Minister).
      for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
        const longer = titleAt(tokens, j);
        if (longer && longer.end >= title.end && longer.end <= nameStart) {
          found = longer;
          break;
        }
      }
      // A governing title set off after another person's name and a comma is that person's (X، المتحدث باسم عضو المجلس Y): the name is the inner title's.
      const governing = governingTitle(ctx, found);
      // So is one whose complement's name is followed by a comma and another person's, the holder (المتحدث باسم رئيس الوزراء Y، X).
      if (governing && !apposedToPerson(ctx, governing.start) && !holderAfterComma(ctx, nameStart)) found = governing;
      // A title that a noun of kinship governs, the name set off after it (شقيق رئيس الهيئة، X; the
      // brother of the chair, X), is the relative's post, not X's; so is one that ends in its linker
      // right before the name (a spokesman for X), whose name is the complement.
      if ((apposed && governedByRelation(ctx, found)) || endsInLinker(ctx, found, edge)) return undefined;
      // The title's words end before a rank between it and the name (محافظ الإسماعيلية، اللواء …).
      return edge < nameStart ? { ...found, textEnd: edge } : found;
    }
  }
  return undefined;
}

/**
 * Whether a noun of kinship or of a calling for someone (`lexicon/kinship.ts`) governs the title:
 * right before it in construct in Arabic («شقيق رئيس الهيئة», the title with no clitic), or through
 * "of" in English (the brother of the board's chair), a determiner and a possessive between.
 */
function governedByRelation(ctx: DrawContext, title: TitleMatch): boolean {
  const tokens = ctx.tokens;
  const clause = tokens[title.start]!.clause;
  if (ctx.lang === 'ar') {
    const before = tokens[title.start - 1];
    return title.prefix === 0 && !!before && before.clause === clause && /^\s+$/.test(ctx.gap(title.start - 1, title.start)) && RELATION_NOUNS_AR.has(before.key.replace(/^[وف]/, ''));
  }
  for (let k = title.start - 1; k > 0 && title.start - k <= 4 && tokens[k]!.clause === clause; k--) {
    if (tokens[k]!.key === 'of') return RELATION_NOUNS_EN.has(tokens[k - 1]!.key) && tokens[k - 1]!.clause === clause;
  }
  return false;
}

/** Whether an English title ends in its linker (spokesman for, lawyer of), its own or the one after it, right before the name at token `edge`. */
function endsInLinker(ctx: DrawContext, title: TitleMatch, edge: number): boolean {
  return ctx.lang === 'en' && edge > title.start && edge - title.end <= 1 && ['for', 'of', 'to'].includes(ctx.tokens[edge - 1]!.key);
}

/** Whether an English title's last word has a possessive (the mayor's chief of staff, the council leader's deputy). */
function possessiveTitle(ctx: DrawContext, title: TitleMatch): boolean {
  const last = ctx.tokens[title.end - 1];
  return ctx.lang === 'en' && !!last && /^['’]s\b/.test(ctx.article.slice(last.oEnd, last.oEnd + 3));
}

/**
 * English words that open another clause or a phrase of time or of succession: between a title
 * and a name after it ("appointed chief executive in May after Gail Burton resigned") they part
 * the two, and the title is not the name's.
 */
const CLAUSE_OPENERS_EN = new Set(['after', 'before', 'when', 'while', 'since', 'until', 'following', 'replacing', 'succeeding', 'as', 'than', 'because', 'if', 'but', 'so', 'who', 'which', 'that', 'said', 'says', 'told']);

/** Whether an English word of {@link CLAUSE_OPENERS_EN} stands between tokens `from` and `to`. */
function clauseBetween(ctx: DrawContext, from: number, to: number): boolean {
  if (ctx.lang !== 'en') return false;
  for (let k = from; k < to; k++) if (CLAUSE_OPENERS_EN.has(ctx.tokens[k]!.key)) return true;
  return false;
}

/** Whether the name that starts at token `nameStart` is followed by a comma and another person's name. */
function holderAfterComma(ctx: DrawContext, nameStart: number): boolean {
  const person = ctx.personAt[nameStart];
  let end = nameStart;
  while (end < ctx.tokens.length && ctx.personAt[end] === person) end++;
  const next = ctx.personAt[end];
  return end < ctx.tokens.length && next !== undefined && next !== -1 && next !== person && /^\s*[,،]\s*$/.test(ctx.gap(end - 1, end));
}

/** Whether the words from token `start` stand in apposition after a person's name, a comma between (X، المتحدث باسم …). */
function apposedToPerson(ctx: DrawContext, start: number): boolean {
  return start > 0 && ctx.personAt[start - 1] !== -1 && /^\s*[,،]\s*$/.test(ctx.gap(start - 1, start));
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
    // A title whose last word carries the pronoun ها (رئيسها, her boss) is made definite by it and
    // governs nothing: the title after it is the object's (وشكر رئيسها ممثل السائقين X).
    if (/ها$/.test(tokens[outer.end - 1]!.key) && !/^ال/.test(tokens[outer.end - 1]!.key)) return undefined;
    const between = tokens.slice(outer.end, inner.start);
    if (between.length > 2 || between.some((t) => t.script !== 'ar' || /^(ال|لل|وال)/.test(t.key))) return undefined;
    return /^(ال|لل|وال)/.test(tokens[outer.end - 1]!.key) ? undefined : outer;
  }
  return undefined;
}

/** The word that ends an Arabic spokesperson's title before the body or the person spoken for (باسم), folded. */
const SPOKEN_FOR = key('باسم');

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
    if (!inner || inner.end > start) continue;
    const behindLam = /^ل/.test(tokens[inner.start]!.key) && inner.prefix > 0;
    for (let i = inner.start - 1; i >= 0 && inner.start - i <= 3; i--) {
      const outer = titleAt(tokens, i);
      // The complement follows ل, or the باسم that ends a spokesperson's title (المتحدث باسم رئيس الوزراء Y، X).
      const complement = behindLam || (outer !== undefined && tokens[outer.end - 1]!.key === SPOKEN_FOR);
      if (outer && complement && outer.end === inner.start && tokens[i]!.clause === tokens[inner.start]!.clause) return { ...outer, textEnd: start };
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

/**
 * Whether a title found after the name that ends at `nameEnd` stands right before another person's
 * name in its clause, a space between: it names that person ("X, the daughter of former prime
 * minister Y"; «X، ابنة رئيس الوزراء الأسبق Y»), as a title before a name does, not X.
 */
function titleBeforeOtherName(ctx: DrawContext, title: TitleMatch, nameEnd: number): boolean {
  const next = title.end;
  const other = ctx.personAt[next];
  if (next >= ctx.tokens.length || other === undefined || other === -1 || other === ctx.personAt[nameEnd - 1]) return false;
  return ctx.tokens[next]!.clause === ctx.tokens[title.start]!.clause && /^\s+$/.test(ctx.gap(next - 1, next));
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
    // A title right before another person's name is that person's ("X, the daughter of former prime minister Y");
    // one with a possessive names whose post follows ("X, the mayor's chief of staff").
    // So is one a noun of kinship governs ("X, the brother of the chair"): the relative's.
    if (title && (titleBeforeOtherName(ctx, title, nameEnd) || possessiveTitle(ctx, title) || governedByRelation(ctx, title))) return undefined;
    if (title) return title;
    if (k > nameEnd && tokens[k]!.clause !== tokens[nameEnd]!.clause) return undefined;
  }
  return undefined;
}

/** Whether a name is the second of two joined by "and" or «و» (A and B; «أ وب»): the other name ends right before it. */
function joinedToName(ctx: DrawContext, span: { tokenStart: number; tokenEnd: number }): boolean {
  const start = span.tokenStart;
  const prefixed = 'prefix' in span && (span as { prefix: number }).prefix > 0;
  if (ctx.lang === 'ar') return prefixed && /^و/.test(ctx.tokens[start]!.key) && start > 0 && ctx.personAt[start - 1] !== -1 && ctx.personAt[start - 1] !== ctx.personAt[start];
  return start > 1 && ctx.tokens[start - 1]!.key === 'and' && ctx.personAt[start - 2] !== -1 && ctx.tokens[start - 2]!.clause === ctx.tokens[start]!.clause;
}

/** The folded words of a deputy's or an assistant's word with «و» and a pronoun that refers back to a head (ونائبه, ونائبتها, ومساعده). */
const JOINED_DEPUTIES_AR: ReadonlySet<string> = new Set(
  ['نائب', 'مساعد'].flatMap((noun) => ['', 'ت'].flatMap((feminine) => ['ه', 'ها'].map((pronoun) => key(`و${noun}${feminine}${pronoun}`)))),
);

/**
 * Whether a title in apposition joins another title after it in its clause, by "and" or «و» (the
 * council's leader and deputy leader; «رئيس المجلس ونائبته»). After two names joined by "and",
 * such titles are each one's in turn, and neither is the second name's whole post.
 */
function joinsAnotherTitle(ctx: DrawContext, title: TitleMatch): boolean {
  const tokens = ctx.tokens;
  for (let k = title.end; k < tokens.length && k - title.end < 6 && tokens[k]!.clause === tokens[title.start]!.clause; k++) {
    const token = tokens[k]!;
    if (ctx.lang === 'ar' && /^و/.test(token.key) && (JOINED_DEPUTIES_AR.has(token.key) || (titleAt(tokens, k)?.prefix ?? 0) > 0)) return true;
    if (ctx.lang === 'en' && token.key === 'and') {
      for (let j = k + 1; j < tokens.length && j - k <= 2; j++) if (titleAt(tokens, j) || ['deputy', 'vice', 'assistant'].includes(tokens[j]!.key)) return true;
    }
  }
  return false;
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
  // After the name: a chain of titles joined by و/and (العضو المنتدب والرئيس التنفيذي); none when they are respective.
  let after = titleAfter(ctx, span.tokenEnd);
  if (after && joinedToName(ctx, span) && joinsAnotherTitle(ctx, after)) after = undefined;
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
