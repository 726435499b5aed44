/**
 * Reading names lists that may lack one language.
 *
 * Since schema 2 a story in one language needs no names in the other, so a names list may hold
 * Arabic forms only or English forms only. Messages and cards ask for a language's canonical form
 * through {@link nameIn}, which falls back to the other language's canonical form.
 */

/** A names list as parsed: either side may be empty or absent. */
export interface NamesLike {
  ar?: readonly string[];
  en?: readonly string[];
}

/** The canonical form in `lang`, else the other language's canonical form, else `fallback`. */
export function nameIn(names: NamesLike | undefined, lang: 'ar' | 'en', fallback = ''): string {
  const other = lang === 'ar' ? 'en' : 'ar';
  return names?.[lang]?.[0] ?? names?.[other]?.[0] ?? fallback;
}

/** The canonical form in each language (each falling back as {@link nameIn} does), for messages. */
export function canonicalNames(names: NamesLike | undefined, fallback = ''): { ar: string; en: string } {
  return { ar: nameIn(names, 'ar', fallback), en: nameIn(names, 'en', fallback) };
}

/** Every form of both languages, Arabic first. */
export function allForms(names: NamesLike | undefined): string[] {
  return [...(names?.ar ?? []), ...(names?.en ?? [])];
}

/** The accepted variants (every form but each language's canonical one). */
export function variantsOf(names: NamesLike | undefined): string[] {
  return [...(names?.ar ?? []).slice(1), ...(names?.en ?? []).slice(1)];
}
