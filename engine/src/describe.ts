/**
 * A readable Markdown view of a fact base, for "Show Fact Base" and `isnad kb show`.
 */
import type { FactBaseData } from './factBase/schema';
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
  section(lang === 'ar' ? 'الأشخاص' : 'People', factBase.people.map((p) => `**${name(p.names)}** — ${variantsOf(p.names).join('، ') || '—'}`));
  section(lang === 'ar' ? 'المناصب' : 'Posts', factBase.posts.map((p) => `${label(p.holder)}: ${nameIn(p.title, lang)}${p.organisation ? ` — ${label(p.organisation)}` : ''}`));
  section(lang === 'ar' ? 'المنظمات' : 'Organisations', factBase.organisations.map((o) => `**${name(o.names)}** (${o.kind}${o.parent ? `, ${label(o.parent)}` : ''})`));
  section(lang === 'ar' ? 'الأماكن' : 'Places', factBase.places.map((p) => `${name(p.names)}${p.within ? ` ⊂ ${label(p.within)}` : ''}`));
  section(
    lang === 'ar' ? 'الأحداث' : 'Events',
    factBase.events.map((e) => {
      const date = e.date ? ` — ${e.date.year}${e.date.month ? '-' + String(e.date.month).padStart(2, '0') : ''}${e.date.derived ? (lang === 'ar' ? ' (مشتق)' : ' (derived)') : ''}` : '';
      return `${nameIn(e.names, lang)}${date}${e.place ? ` — ${label(e.place)}` : ''}`;
    }),
  );
  section(lang === 'ar' ? 'الأعداد والمدد' : 'Numbers and durations', factBase.quantities.map((q) => `${q.value} ${q.unit === 'count' ? '' : q.unit + ' '}${q.noun ? nameIn(q.noun, lang) : q.subject ? label(q.subject) : ''}`));
  section(lang === 'ar' ? 'الاقتباسات' : 'Quotes', factBase.quotes.map((q) => `${label(q.speaker)}: «${q.text}»`));
  section(lang === 'ar' ? 'الانتماءات' : 'Affiliations', factBase.affiliations.map((a) => `${label(a.member)} — ${a.relation} — ${label(a.organisation)}`));
  const unsure = (['people', 'organisations', 'posts', 'places', 'events', 'quantities', 'quotes', 'affiliations', 'groups'] as const).flatMap((section) =>
    (factBase[section] as { id: string; review?: { reason: string } }[]).filter((fact) => fact.review).map((fact) => `\`${fact.id}\` (${section}): ${fact.review!.reason}`),
  );
  section(lang === 'ar' ? 'للمراجعة (غير مؤكد)' : 'To review (marked unsure)', unsure);
  return lines.join('\n');
}
