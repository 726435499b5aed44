/**
 * A readable Markdown view of a fact base, for "Show Fact Base" and `isnad kb show`.
 */
import type { FactBaseData } from './factBase/schema';

type FactDate = NonNullable<FactBaseData['events'][number]['date']>;
type Quantity = FactBaseData['quantities'][number];

/** How many spellings of a person the view lists before it says how many more there are. */
const MAX_VARIANTS = 6;

const pad = (n: number) => String(n).padStart(2, '0');

/** A date as the article gives it: `2026-12-01`, `2026-12`, `2026`, a range `2026-09-16–18`, a clock time and weekday after it. */
function dateText(date: FactDate): string {
  let text = `${date.year}${date.month ? `-${pad(date.month)}${date.day ? `-${pad(date.day)}` : ''}` : ''}`;
  const end = date.end;
  if (end) {
    if (end.year === date.year && end.month === date.month && end.day) text += `–${pad(end.day)}`;
    else text += `–${end.year}${end.month ? `-${pad(end.month)}${end.day ? `-${pad(end.day)}` : ''}` : ''}`;
  }
  if (date.weekday) text += ` (${date.weekday})`;
  if (date.time) text += ` ${date.time}`;
  return text;
}

/** A quantity's amount with its unit: `18%`, `4,500,000 OMR`, `10 day`, `1,200`. */
function quantityText(q: Quantity): string {
  const value = q.value.toLocaleString('en-US');
  if (q.unit === 'percent') return `${value}%`;
  if (q.unit === 'money') return `${value} ${q.currency ?? ''}`.trim();
  return q.unit === 'count' ? value : `${value} ${q.unit}`;
}
import { nameIn, variantsOf } from './names';

/** Renders a fact base as Markdown in the given language. */
export function describeFactBase(factBase: FactBaseData, lang: 'ar' | 'en' = 'en'): string {
  const name = (names: { ar: string[]; en: string[] }) => {
    const own = nameIn(names, lang);
    const other = nameIn(names, lang === 'ar' ? 'en' : 'ar');
    return other && other !== own ? `${own} (${other})` : own;
  };
  const lines: string[] = [`# ${factBase.title ?? factBase.id}`, '', `Source: \`${factBase.source.file}\``, ''];
  const byId = new Map<string, { names?: { ar: string[]; en: string[] } }>();
  for (const list of [factBase.people, factBase.organisations, factBase.places, factBase.groups]) for (const fact of list) byId.set(fact.id, fact);
  const label = (id: string | undefined) => (id && byId.get(id)?.names ? name(byId.get(id)!.names!) : id ?? '');
  const section = (title: string, rows: string[]) => {
    if (rows.length === 0) return;
    lines.push(`## ${title}`, '', ...rows.map((row) => `- ${row}`), '');
  };
  const comma = lang === 'ar' ? '، ' : ', ';
  section(
    lang === 'ar' ? 'الأشخاص' : 'People',
    factBase.people.map((p) => {
      // A drawn name may carry dozens of transliterations: the first few say enough here.
      const variants = variantsOf(p.names);
      const shown = variants.slice(0, MAX_VARIANTS).join(comma) + (variants.length > MAX_VARIANTS ? `${comma}… (+${variants.length - MAX_VARIANTS})` : '');
      return `**${name(p.names)}**${shown ? ` — ${shown}` : ''}`;
    }),
  );
  section(lang === 'ar' ? 'المناصب' : 'Posts', factBase.posts.map((p) => `${label(p.holder)}: ${nameIn(p.title, lang)}${p.organisation ? ` — ${label(p.organisation)}` : ''}`));
  section(lang === 'ar' ? 'المنظمات' : 'Organisations', factBase.organisations.map((o) => `**${name(o.names)}** (${o.kind}${o.parent ? `, ${label(o.parent)}` : ''})`));
  section(lang === 'ar' ? 'الأماكن' : 'Places', factBase.places.map((p) => `${name(p.names)}${p.within ? ` ⊂ ${label(p.within)}` : ''}`));
  section(
    lang === 'ar' ? 'الأحداث' : 'Events',
    factBase.events.map((e) => {
      const date = e.date ? ` — ${dateText(e.date)}${e.date.derived ? (lang === 'ar' ? ' (مشتق)' : ' (derived)') : ''}` : '';
      return `${nameIn(e.names, lang)}${date}${e.place ? ` — ${label(e.place)}` : ''}`;
    }),
  );
  section(
    lang === 'ar' ? 'الأعداد والمدد' : 'Numbers and durations',
    factBase.quantities.map((q) => {
      const of = q.noun ? nameIn(q.noun, lang) : q.subject ? label(q.subject) : '';
      const amount = quantityText(q);
      if (q.unit === 'count') return `${amount} ${of}`.trim();
      return of && of !== q.unit ? `${amount} — ${of}` : amount;
    }),
  );
  section(lang === 'ar' ? 'الاقتباسات' : 'Quotes', factBase.quotes.map((q) => `${label(q.speaker)}: «${q.text}»`));
  section(lang === 'ar' ? 'الانتماءات' : 'Affiliations', factBase.affiliations.map((a) => `${label(a.member)} — ${a.relation} — ${label(a.organisation)}`));
  const unsure = (['people', 'organisations', 'posts', 'places', 'events', 'quantities', 'quotes', 'affiliations', 'groups'] as const).flatMap((section) =>
    (factBase[section] as { id: string; review?: { reason: string } }[]).filter((fact) => fact.review).map((fact) => `\`${fact.id}\` (${section}): ${fact.review!.reason}`),
  );
  section(lang === 'ar' ? 'للمراجعة (غير مؤكد)' : 'To review (marked unsure)', unsure);
  return lines.join('\n');
}
