/**
 * Fact cards: what the engine knows about the thing under the cursor, a recognised person,
 * organisation, place, quote, date or number, plus the findings at that place.
 */
import type { Checker } from './check';
import type { CheckOptions, EvidenceRef, Finding, OffsetRange } from './types';
import type { StoryTie } from './scope/tie';
import { tokenLang, type Analysis } from './analysis';
import { mentions } from './mentions';
import { quoteMatches } from './quotes';
import { dates } from './extract/dates';
import { numbers } from './extract/numbers';
import { nearestEvents, triggerHits } from './events';
import { stems, tokenStems, type KnowledgeIndex } from './knowledge';
import type { Affiliation, Event, Organisation, Person, Place, Post, Quantity } from './factBase/schema';
import { MONTH_DISPLAY } from './lexicon/months';
import { nameIn, variantsOf } from './names';

/** A fact card, in plain data; adapters render it (the server as Markdown). */
export interface HoverCard {
  /** The range of the recognised name, title, date, number or quote. */
  range: OffsetRange;
  /** The card's language (the draft's). */
  lang: 'ar' | 'en';
  /** What kind of thing the card is about. */
  kind: 'person' | 'organisation' | 'place' | 'group' | 'quote' | 'event' | 'quantity' | 'finding';
  /** The heading: canonical names in Arabic and English. */
  title: string;
  /** Facts, one line each, in the card's language. */
  facts: string[];
  /** The article's own sentences. */
  evidence: EvidenceRef[];
  /** Findings at this place. */
  findings: Finding[];
  /** The stories (fact bases) the draft is checked against, and why. */
  story?: StoryTie;
}

const both = (names: { ar: string[]; en: string[] } | undefined, fallback = '') => {
  const ar = nameIn(names, 'ar', fallback);
  const en = nameIn(names, 'en', fallback);
  return ar === en ? ar : `${ar} — ${en}`;
};

function formatDate(date: NonNullable<Event['date']>, lang: 'ar' | 'en'): string {
  const month = date.month ? (lang === 'ar' ? `${MONTH_DISPLAY.levantine[date.month - 1]}/${MONTH_DISPLAY.egyptian[date.month - 1]} ` : `${MONTH_DISPLAY.en[date.month - 1]} `) : '';
  const day = date.day ? `${date.day} ` : '';
  const part = date.part ? (lang === 'ar' ? { early: 'مطلع ', mid: 'منتصف ', late: 'أواخر ' }[date.part] : `${date.part} `) : '';
  const derived = date.derived ? (lang === 'ar' ? ' (مشتق)' : ' (derived)') : '';
  const relative = date.relative ? ` «${date.relative}»` : '';
  return `${part}${day}${month}${date.year}${derived}${relative}`;
}

function personCard(knowledge: KnowledgeIndex, key: string, lang: 'ar' | 'en'): { title: string; facts: string[]; evidence: EvidenceRef[] } {
  const person = knowledge.entity<Person>(key)!;
  const facts: string[] = [];
  for (const post of (knowledge.postsByHolder.get(key) ?? []) as { fact: Post; key: string }[]) facts.push((lang === 'ar' ? 'المنصب: ' : 'Post: ') + nameIn(post.fact.title, lang));
  for (const affiliation of knowledge.affiliations.filter((a) => a.factBase === person.factBase && a.fact.member === person.id)) {
    const organisation = knowledge.resolve(affiliation, affiliation.fact.organisation);
    if (organisation) facts.push(`${relationLabel(affiliation.fact.relation, lang)}: ${knowledge.canonicalName(organisation.key, lang)}`);
  }
  const variants = variantsOf(person.fact.names);
  if (variants.length > 0) facts.push((lang === 'ar' ? 'صيغ مقبولة: ' : 'Accepted spellings: ') + variants.join('، '));
  const quotes = knowledge.quotes.filter((quote) => quote.factBase === person.factBase && quote.fact.speaker === person.id).length;
  if (quotes > 0) facts.push(lang === 'ar' ? `اقتباسات في المقال: ${quotes}` : `Quotes in the article: ${quotes}`);
  return { title: both(person.fact.names), facts, evidence: knowledge.evidenceOf(key).slice(0, 2) };
}

function relationLabel(relation: Affiliation['relation'], lang: 'ar' | 'en'): string {
  const labels: Record<Affiliation['relation'], [string, string]> = {
    'member-of': ['عضو في', 'Member of'],
    leads: ['يقود', 'Leads'],
    represents: ['يمثّل', 'Represents'],
    'wing-of': ['جناح لـ', 'Wing of'],
    'belongs-to': ['ينتمي إلى', 'Belongs to'],
    owns: ['يملك', 'Owns'],
    controls: ['يسيطر على', 'Controls'],
    chairs: ['يرأس', 'Chairs'],
    'plays-for': ['يلعب لـ', 'Plays for'],
    coaches: ['يدرّب', 'Coaches'],
    founded: ['أسّس', 'Founded'],
    'employed-by': ['يعمل لدى', 'Employed by'],
    'signed-for': ['وقّع لـ', 'Signed for'],
  };
  return labels[relation][lang === 'ar' ? 0 : 1];
}

/** Returns the fact card at `offset` of `text`, if something known is there. Never throws. */
export function hoverAt(checker: Checker, text: string, offset: number, options?: CheckOptions): HoverCard | undefined {
  try {
    return computeHover(checker, String(text ?? ''), offset, options);
  } catch {
    return undefined;
  }
}

function computeHover(checker: Checker, text: string, offset: number, options?: CheckOptions): HoverCard | undefined {
  // Only the fact bases of the draft's stories speak about it, in hovers as in findings.
  const result = checker.check(text, options);
  if (result.story.factBases.length === 0) return undefined;
  const knowledge = checker.knowledgeOf(result.story.factBases);
  const analysis: Analysis = checker.analyse(text, options);
  const findings = result.findings.filter((finding) => finding.range.start <= offset && offset <= finding.range.end);
  const tokenIndex = analysis.tokens.findIndex((token) => token.oStart <= offset && offset <= token.oEnd);
  const lang: 'ar' | 'en' = tokenIndex >= 0 ? tokenLang(analysis, analysis.tokens[tokenIndex]!) : analysis.lang;
  const withFindings = (card: Omit<HoverCard, 'findings' | 'lang'>): HoverCard => ({ ...card, lang, findings, story: result.story });

  if (tokenIndex >= 0) {
    // A quotation matched to the article.
    for (const match of quoteMatches(analysis, knowledge)) {
      if (tokenIndex < match.quotation.tokenStart || tokenIndex >= match.quotation.tokenEnd) continue;
      const speaker = knowledge.resolve(match.quote, match.quote.fact.speaker);
      const speakerName = speaker ? `${knowledge.canonicalName(speaker.key, 'ar')} — ${knowledge.canonicalName(speaker.key, 'en')}` : match.quote.fact.speaker;
      return withFindings({
        kind: 'quote',
        range: { start: match.quotation.start, end: match.quotation.end },
        title: speakerName,
        facts: [(lang === 'ar' ? 'النص في المقال: ' : 'Words in the article: ') + `«${match.quote.fact.text}»`, match.edits.length === 0 ? (lang === 'ar' ? 'الاقتباس مطابق.' : 'The quote matches.') : lang === 'ar' ? `فروق: ${match.edits.length}` : `Differences: ${match.edits.length}`],
        evidence: knowledge.evidenceOf(match.quote.key),
      });
    }
    const mention = mentions(analysis, knowledge).find((m) => tokenIndex >= m.tokenStart && tokenIndex < m.tokenEnd);
    if (mention && !mention.lexicon) {
      if (mention.kind === 'person') {
        const card = personCard(knowledge, mention.entity, lang);
        return withFindings({ kind: 'person', range: { start: mention.start, end: mention.end }, ...card });
      }
      if (mention.kind === 'organisation') {
        const organisation = knowledge.entity<Organisation>(mention.entity)!;
        const facts: string[] = [];
        const parent = knowledge.resolve(organisation, organisation.fact.parent);
        if (parent) facts.push((lang === 'ar' ? 'يتبع: ' : 'Part of: ') + knowledge.canonicalName(parent.key, lang));
        for (const post of knowledge.posts.filter((p) => p.factBase === organisation.factBase && p.fact.organisation === organisation.id)) {
          const holder = knowledge.resolve(post, post.fact.holder);
          if (holder) facts.push(`${nameIn(post.fact.title, lang)}: ${knowledge.canonicalName(holder.key, lang)}`);
        }
        return withFindings({ kind: 'organisation', range: { start: mention.start, end: mention.end }, title: both(organisation.fact.names), facts, evidence: knowledge.evidenceOf(mention.entity).slice(0, 2) });
      }
      if (mention.kind === 'place' || mention.kind === 'group') {
        const fact = knowledge.entity<Place>(mention.entity)!;
        const facts: string[] = [];
        for (const event of knowledge.events.filter((e) => e.factBase === fact.factBase && e.fact.place === fact.id)) facts.push(event.fact.names[lang][0]!);
        return withFindings({ kind: mention.kind, range: { start: mention.start, end: mention.end }, title: both(fact.fact.names), facts, evidence: knowledge.evidenceOf(mention.entity).slice(0, 2) });
      }
    }
    // A date tied to an event.
    const date = dates(analysis).find((d) => tokenIndex >= d.tokenStart && tokenIndex < d.tokenEnd);
    if (date) {
      const near = nearestEvents(analysis, triggerHits(analysis, knowledge), date.tokenStart, date.tokenEnd, { before: 24, after: 8 });
      const event = near?.events.find((e) => e.fact.date);
      if (event) {
        return withFindings({
          kind: 'event',
          range: { start: date.start, end: date.end },
          title: both(event.fact.names),
          facts: [(lang === 'ar' ? 'التاريخ في المقال: ' : 'Date in the article: ') + formatDate(event.fact.date!, lang)],
          evidence: knowledge.evidenceOf(event.key),
        });
      }
    }
    // A number with a known counted noun.
    const number = numbers(analysis).find((n) => tokenIndex >= n.tokenStart && tokenIndex < n.tokenEnd);
    if (number) {
      for (let k = number.tokenEnd; k <= number.tokenEnd + 2 && k < analysis.tokens.length; k++) {
        const facts = tokenStems(analysis.tokens[k]!).map((s) => knowledge.quantityNouns.get(s.stem)).find(Boolean) as { fact: Quantity; key: string }[] | undefined;
        if (!facts?.[0]) continue;
        const quantity = facts[0];
        return withFindings({
          kind: 'quantity',
          range: { start: number.start, end: number.end },
          title: both(quantity.fact.noun, quantity.fact.id),
          facts: [(lang === 'ar' ? 'في المقال: ' : 'In the article: ') + `${quantity.fact.value}${quantity.fact.unit === 'count' ? '' : ' ' + quantity.fact.unit}`],
          evidence: knowledge.evidenceOf(quantity.key),
        });
      }
    }
  }
  if (findings.length > 0) {
    const finding = findings[0]!;
    return {
      kind: 'finding',
      range: finding.range,
      lang,
      title: finding.message,
      facts: [
        (lang === 'ar' ? 'في المسودة: ' : 'The draft says: ') + finding.actual,
        ...(finding.expected ? [(lang === 'ar' ? 'في المقال: ' : 'The article says: ') + finding.expected] : []),
      ],
      evidence: finding.evidence,
      findings,
      story: result.story,
    };
  }
  return undefined;
}
