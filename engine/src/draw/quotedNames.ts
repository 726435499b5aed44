/**
 * Organisations the Arabic press sets in guillemets: حركة «عصائب أهل الحق», كتلة «الصادقون»
 * النيابية, لـ«كتائب سيد الشهداء», وكالة «رويترز». A short quotation is an organisation's name
 * when a kind noun stands right before it or opens it; a lone term in guillemets («المحتلة») is not.
 * The Latin form is transliterated and marked for review.
 */
import type { Quotation } from '../analysis';
import type { DrawContext, DrawnFact } from './context';
import { AR_ORG_HEADS, QUOTED_ORG_HEADS } from './lexicon';
import { isSpeech, key, stemsOf } from './words';
import { spellWord } from './transliterate';
import { tokenStems } from '../knowledge';

const HEADS = new Map([...AR_ORG_HEADS, ...QUOTED_ORG_HEADS].map((head) => [key(head.ar), head]));

/** The kind noun of a quoted name: the word right before the quotation, or its own first word. */
function headOf(ctx: DrawContext, quotation: Quotation): { kind: string; en: string; before: boolean; word?: string } | undefined {
  const tokens = ctx.tokens;
  const previous = tokens[quotation.tokenStart - 1];
  if (previous && previous.sentence === tokens[quotation.tokenStart]!.sentence && /^\s*$/.test(ctx.gap(quotation.tokenStart - 1, quotation.tokenStart).replace(/[«"]/g, ''))) {
    // The head before the name is in the construct state (حركة «…», not القوات «المحتلة»).
    const stem = tokenStems(previous).find((s) => HEADS.has(s.stem) && !s.stem.startsWith('ال'));
    if (stem) {
      const from = ctx.analysis.norm.toOriginal(previous.start + stem.prefix, previous.end).start;
      return { ...HEADS.get(stem.stem)!, before: true, word: ctx.article.slice(from, previous.oEnd) };
    }
  }
  if (quotation.tokenEnd - quotation.tokenStart < 2) return undefined;
  const own = stemsOf(tokens[quotation.tokenStart]).map((stem) => HEADS.get(stem)).find(Boolean);
  return own ? { ...own, before: false } : undefined;
}

/**
 * The English words companies of the Arab world write for the words of their Arabic names: loan
 * words spelt back (إير Air, تليكوم Telecom, جروب Group) and the descriptors they translate
 * (للاتصالات Telecom, القابضة Holding, للتأمين Insurance), as Gulf Air, Ooredoo's and the region's
 * listed companies name themselves in English on their exchanges' lists. Folded keys.
 */
const COMPANY_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    اير: ['Air'], ايرويز: ['Airways'], ايرلاينز: ['Airlines'], تليكوم: ['Telecom'], تيليكوم: ['Telecom'], جروب: ['Group'], غروب: ['Group'], كابيتال: ['Capital'],
    للاتصالات: ['Telecom', 'Telecommunications'], الاتصالات: ['Telecom', 'Telecommunications'], القابضه: ['Holding'], للتامين: ['Insurance'], للطيران: ['Aviation', 'Airlines'],
    للبترول: ['Petroleum'], للنفط: ['Oil'], للطاقه: ['Energy'], للاستثمار: ['Investment'], للاستثمارات: ['Investments'], العقاريه: ['Properties', 'Real Estate'],
    للتطوير: ['Development'], للشحن: ['Shipping'], للاسمنت: ['Cement'], للصلب: ['Steel'], للتجاره: ['Trading'], للمقاولات: ['Contracting'], بنك: ['Bank'], للصناعات: ['Industries'],
  }).map(([arabic, english]) => [key(arabic), english]),
);

/**
 * Up to `limit` spellings of a proper word, varied in their vowels first: a final ة written -ah
 * beside -a is left out for the first vowel's other spellings (النخبة: Nakhba, Nekhba, Nokhba).
 */
function properSpellings(word: string, limit: number): string[] {
  const all = spellWord(word, 12);
  return all.filter((spelled) => !(spelled.endsWith('ah') && all.includes(spelled.slice(0, -1)))).slice(0, limit);
}

/** The most Latin spellings a company's name gets (the proper words' spellings combined). */
const MAX_COMPANY_SPELLINGS = 6;

/**
 * Latin spellings of an Arabic name, word by word (عصائب أهل الحق → Asaib Ahl al-Haq), canonical
 * first. A company's name (`company`) takes the English words of {@link COMPANY_WORDS}, its
 * article as Al (الريان القابضة → Al Rayan Holding), and up to four spellings of its proper word
 * (نسيم: Nasim, Naseem), since its Latin name is a guess: the writers' spelling is one of them.
 */
function latinOf(name: string, company = false): string[] {
  let spellings = [''];
  for (const word of name.split(/\s+/).filter(Boolean)) {
    const known = company ? COMPANY_WORDS.get(key(word)) : undefined;
    const article = /^(ال)/.test(word) && word.length > 3;
    const forms = known
      ? [...known]
      : properSpellings(article ? word.slice(2) : word, company ? 4 : 1).map((spelled) => {
          const cap = spelled.charAt(0).toUpperCase() + spelled.slice(1);
          return article ? (company ? `Al ${cap}` : `al-${cap}`) : cap;
        });
    if (forms.length === 0) return [];
    spellings = spellings.flatMap((before) => forms.map((form) => (before ? `${before} ${form}` : form))).slice(0, MAX_COMPANY_SPELLINGS);
  }
  return spellings.filter(Boolean);
}

/** Draws the organisations named in guillemets into `ctx.out.organisations`. */
export function drawQuotedOrganisations(ctx: DrawContext, byName: Map<string, DrawnFact>): void {
  if (ctx.lang !== 'ar') return;
  const tokens = ctx.tokens;
  for (const quotation of ctx.analysis.quotations) {
    const length = quotation.tokenEnd - quotation.tokenStart;
    if (length < 1 || length > 5 || quotation.elided) continue;
    if (isSpeech(tokens[quotation.tokenStart - 1]) || /:\s*[«"]?$/.test(ctx.article.slice(Math.max(0, quotation.start - 3), quotation.start))) continue;
    // A name the reference lexicon knows is drawn from it, with its own English forms.
    if (ctx.lexiconMentionAt(quotation.tokenStart)?.kind === 'organisation') continue;
    const head = headOf(ctx, quotation);
    if (!head) continue;
    const inner = ctx.article.slice(quotation.start, quotation.end).trim();
    if (!inner || /[\d،,.:!?]/.test(inner)) continue;
    const names = [inner, ...(head.word ? [`${head.word} ${inner}`] : [])];
    const id = key(inner);
    const known = byName.get(id);
    if (known) {
      for (let k = quotation.tokenStart; k < quotation.tokenEnd; k++) ctx.orgAt.set(k, known.id);
      continue;
    }
    const latin = latinOf(inner, head.kind === 'company');
    const fact = {
      id: ctx.id(latin[0] || `org-${quotation.start}`),
      names: { ar: names, ...(latin.length > 0 ? { en: latin } : {}) },
      kind: head.kind,
      evidence: [ctx.evidence(tokens[head.before ? quotation.tokenStart - 1 : quotation.tokenStart]!.oStart, quotation.end)],
      review: { unsure: true, reason: 'an organisation named in guillemets; its English form is transliterated' },
    } as DrawnFact;
    byName.set(id, fact);
    for (let k = quotation.tokenStart; k < quotation.tokenEnd; k++) ctx.orgAt.set(k, fact.id);
    ctx.out.organisations.push(fact);
  }
  markUnquoted(ctx, byName);
}

/**
 * Marks the quoted names written again without guillemets (لشركة نسيم إير after شركة «نسيم إير»)
 * as their organisation, so that the kind noun before them is not drawn as another body (شركة
 * نسيم) and a title there names this one.
 */
function markUnquoted(ctx: DrawContext, byName: ReadonlyMap<string, DrawnFact>): void {
  if (byName.size === 0) return;
  const tokens = ctx.tokens;
  const byFirst = new Map<string, { keys: string[]; id: string }[]>();
  for (const [name, fact] of byName) {
    const keys = name.split(' ');
    byFirst.set(keys[0]!, [...(byFirst.get(keys[0]!) ?? []), { keys, id: fact.id }]);
  }
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.quote !== -1 || ctx.orgAt.has(i)) continue;
    for (const { keys, id } of byFirst.get(tokens[i]!.key) ?? []) {
      if (keys.length < 2 || !keys.every((word, j) => tokens[i + j]?.key === word && tokens[i + j]!.quote === -1 && tokens[i + j]!.sentence === tokens[i]!.sentence)) continue;
      for (let k = i; k < i + keys.length; k++) ctx.orgAt.set(k, id);
      i += keys.length - 1;
      break;
    }
  }
}

/**
 * A one-word name in guillemets that is the last word of one drawn organisation's name (شركة
 * أبوظبي التنموية القابضة … «القابضة»): the article's short name of it, added to its names.
 */
function shortName(ctx: DrawContext, quotation: Quotation): void {
  if (quotation.tokenEnd - quotation.tokenStart !== 1 || quotation.elided || ctx.orgAt.has(quotation.tokenStart)) return;
  const word = ctx.tokens[quotation.tokenStart]!.key;
  if (word.length < 4) return;
  const owners = ctx.out.organisations.filter((org) => ((org.names as { ar?: string[] }).ar ?? []).some((name) => name.includes(' ') && key(name.split(/\s+/).at(-1)!) === word));
  if (owners.length !== 1) return;
  const org = owners[0]!;
  const names = org.names as { ar: string[] };
  const inner = ctx.article.slice(quotation.start, quotation.end).trim();
  if (!names.ar.includes(inner)) names.ar.push(inner);
  ctx.orgAt.set(quotation.tokenStart, org.id);
}

/** Draws the short names in guillemets of the organisations already drawn (run after all of them). */
export function drawQuotedShortNames(ctx: DrawContext): void {
  if (ctx.lang !== 'ar') return;
  for (const quotation of ctx.analysis.quotations) shortName(ctx, quotation);
}
