/**
 * English bodies named only by what an apposition says they are: "Harlow Structures, the firm that
 * built the bridge", "Brodie Hulls, the yard that built the ferry", "Arden Care, a Leeds-based
 * charity". The capitalised run before the comma holds no kind noun the general rule needs, and
 * would otherwise be read as a person's name; the noun after "the" or "a" says it is a company, a
 * charity or a club. Only nouns that never describe a person are read (firm, yard, charity; not
 * builder, operator or engineer), and a run that opens with a given name stays a person's. In Arabic,
 * a foreign body's name in Arabic letters after a speech verb, then «، الشركة التي …», is a body too
 * («وقالت هارلو ستركتشرز، الشركة التي بنت الجسر»).
 */
import type { DrawContext } from './context';
import { nationalityOf } from '../titles';
import { givenNameGender, isSpeech, key } from './words';
import { AR_STOP } from '../lexicon/functionWords';

/** Nouns of an apposition that make the name before it a body, with the body's kind. */
const BODY_NOUNS: Readonly<Record<string, string>> = {
  firm: 'company', company: 'company', yard: 'company', shipyard: 'company', shipbuilder: 'company', developer: 'company', manufacturer: 'company',
  insurer: 'company', retailer: 'company', chain: 'company', airline: 'company', consultancy: 'company', supplier: 'company', carrier: 'company',
  brewery: 'company', housebuilder: 'company', conglomerate: 'company', subsidiary: 'company', startup: 'company', 'start-up': 'company', lender: 'company',
  utility: 'company', charity: 'ngo', club: 'club',
};

/** Words that may follow the apposition's noun: the end of its clause, a relative, or a complement. */
const AFTER_NOUN = new Set(['that', 'which', 'behind', 'based', 'of', 'in', 'at', 'for', 'responsible', 'hired', 'contracted', 'employed', 'owned', 'run']);

/** The kind of body the apposition after token `last` (", the firm that …") names, if it names one. */
function appositionKind(ctx: DrawContext, last: number): string | undefined {
  const tokens = ctx.tokens;
  if (!/^\s*,\s*$/.test(ctx.gap(last, last + 1))) return undefined;
  const determiner = tokens[last + 1];
  if (!determiner || !['the', 'a', 'an'].includes(determiner.key)) return undefined;
  // At most two modifiers between the determiner and the noun (the engineering firm, a Glasgow-based ship repair yard).
  for (let k = last + 2; k < tokens.length && k - last <= 4; k++) {
    const kind = BODY_NOUNS[tokens[k]!.key];
    if (kind) {
      const next = tokens[k + 1];
      const closes = !next || next.clause !== tokens[k]!.clause || AFTER_NOUN.has(next.key);
      return closes && !/^['’]s/.test(ctx.gap(k, k + 1)) ? kind : undefined;
    }
    // A capitalised modifier is a place the article or the gazetteer knows (a Stirling engineering firm), or none.
    if (/^\p{Lu}/u.test(ctx.word(k)) && !/-based$/i.test(ctx.word(k)) && !ctx.placeAt.has(k) && !ctx.lexiconMentionAt(k)) return undefined;
  }
  return undefined;
}

/** Each body named by an apposition: its token range and kind. */
export function bodiesByApposition(ctx: DrawContext): { start: number; end: number; kind: string }[] {
  const tokens = ctx.tokens;
  const capital = (k: number) => /^\p{Lu}/u.test(ctx.word(k));
  const out: { start: number; end: number; kind: string }[] = [];
  for (let last = 0; last < tokens.length; last++) {
    if (tokens[last]!.script !== 'latin' || !capital(last) || tokens[last]!.quote !== -1 || ctx.orgAt.has(last)) continue;
    const kind = appositionKind(ctx, last);
    if (!kind) continue;
    let start = last;
    while (start > 0 && last - start < 3 && capital(start - 1) && tokens[start - 1]!.clause === tokens[last]!.clause && /^\s+$/.test(ctx.gap(start - 1, start))) start--;
    // The name opens its clause or follows a preposition or "by" (built by Harlow Structures, the firm …).
    const before = tokens[start - 1];
    if (before && before.clause === tokens[start]!.clause && !['by', 'from', 'with', 'and', 'to', 'said', 'says'].includes(before.key)) continue;
    // A known place or body alone is not a new body; one word of a longer name may be a place (Harlow Structures).
    if (givenNameGender(tokens[start]!.key)) continue;
    let known = false;
    for (let k = start; k <= last; k++) if (ctx.orgAt.has(k) || (start === last && (ctx.lexiconMentionAt(k) || ctx.placeAt.has(k) || nationalityOf(tokens[k])))) known = true;
    const mention = ctx.lexiconMentionAt(start);
    if (mention && mention.tokenEnd > last) known = true;
    if (!known && tokens[start]!.quote === -1) out.push({ start, end: last + 1, kind });
  }
  return out;
}

/** Words that may stand before a seat in "-based" and the body named after it (at London-based WeForest, the Geneva-based Gavi). */
const SEAT_OPENERS = new Set(['the', 'at', 'by', 'for', 'from', 'with', 'of', 'to', 'and']);

/**
 * English bodies named right after a seat in "-based" (chief economist at Nairobi-based Cytonn
 * Investments, country director at London-based WeForest, Geneva-based Gavi): a capitalised run of
 * one to three words that is no known body, person, place or nationality and opens with no given
 * name, after "the", a preposition or the clause's start, and ending its clause (or owning what
 * follows, or saying it). A seat is said of a body, not of a person, whose noun comes first (a
 * Paris-based artist, Jane Doe) or who is named by a nationality (a London-based Ugandan). Their kind is unknown, so they are drawn as companies, the commonest such body.
 */
export function bodiesAfterSeat(ctx: DrawContext): { start: number; end: number; kind: string }[] {
  const tokens = ctx.tokens;
  const capital = (k: number) => tokens[k]!.script === 'latin' && /^\p{Lu}/u.test(ctx.word(k));
  const out: { start: number; end: number; kind: string }[] = [];
  for (let seat = 0; seat + 1 < tokens.length; seat++) {
    if (!/-based$/i.test(ctx.word(seat)) || !/^ $/.test(ctx.gap(seat, seat + 1))) continue;
    const start = seat + 1;
    let end = start;
    while (end < tokens.length && end - start < 3 && capital(end) && tokens[end]!.clause === tokens[start]!.clause && tokens[end]!.quote === -1 && (end === start || /^ $/.test(ctx.gap(end - 1, end)))) end++;
    if (end === start) continue;
    // The run ends its clause, or owns what follows ('s) or says it (Geneva-based Gavi said): a word after it may be its noun (a Nairobi-based Kenyan analyst).
    const next = tokens[end];
    if (next && next.clause === tokens[start]!.clause && !/^['’]s\s/.test(ctx.gap(end - 1, end)) && !isSpeech(next)) continue;
    // The seat follows "the", a preposition or the clause's start: "a London-based Ugandan" is a person.
    const before = tokens[seat - 1];
    if (before && before.clause === tokens[seat]!.clause && !SEAT_OPENERS.has(before.key)) continue;
    if (givenNameGender(tokens[start]!.key) || ctx.lexiconMentionAt(start)) continue;
    let known = false;
    for (let k = start; k < end; k++) if (ctx.orgAt.has(k) || ctx.personAt[k] !== -1 || ctx.placeAt.has(k) || nationalityOf(tokens[k])) known = true;
    if (!known) out.push({ start, end, kind: 'company' });
  }
  return out;
}

/** Arabic kind nouns with the article that make the words before their comma a body (الشركة التي بنت الجسر). */
const AR_BODY_NOUNS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({ الشركة: 'company', المجموعة: 'company', المؤسسة: 'company', المصنع: 'company', الجمعية: 'ngo', المنظمة: 'ngo', النادي: 'club' }).map(([arabic, kind]) => [key(arabic), kind]),
);

/**
 * Arabic bodies named by an apposition: one to three words after a speech verb, then a comma and
 * a definite kind noun (وقالت هارلو ستركتشرز، الشركة التي …). A person's name there would take a
 * title, not a kind noun.
 */
export function arabicBodiesByApposition(ctx: DrawContext): { start: number; end: number; kind: string }[] {
  const tokens = ctx.tokens;
  const out: { start: number; end: number; kind: string }[] = [];
  for (let comma = 1; comma + 1 < tokens.length; comma++) {
    const kind = AR_BODY_NOUNS[tokens[comma + 1]!.key];
    if (!kind || !/^\s*[،,]\s*$/.test(ctx.gap(comma, comma + 1)) || tokens[comma]!.script !== 'ar') continue;
    let start = comma;
    while (start > 0 && comma - start < 3 && !isSpeech(tokens[start - 1]) && tokens[start - 1]!.clause === tokens[comma]!.clause && !AR_STOP.has(tokens[start - 1]!.key)) start--;
    if (start === 0 || !isSpeech(tokens[start - 1]) || ctx.orgAt.has(start) || ctx.lexiconMentionAt(start)) continue;
    out.push({ start, end: comma + 1, kind });
  }
  return out;
}
