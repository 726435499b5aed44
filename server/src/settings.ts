/**
 * The `isnad.*` settings as the server reads them, and their translation into engine options.
 *
 * Settings are pulled per document through `workspace/configuration` and never kept in globals:
 * {@link SettingsCache} caches them per URI and is cleared on `workspace/didChangeConfiguration`.
 * A malformed value falls back to its default (and is logged) rather than failing the check.
 */
import { z } from 'zod';
import type { CheckOptions, FindingCategory, Lang, SeveritySetting } from '../../engine/src/index';

const SeverityOrDefault = z.enum(['default', 'error', 'warning', 'info', 'hint', 'off']);

/** The schema of the `isnad` configuration section. Every field falls back to its default. */
export const SettingsSchema = z.object({
  factBases: z.array(z.string()).catch([]),
  useBundledFactBase: z.boolean().catch(true),
  rules: z.record(z.string(), SeverityOrDefault.catch('default')).catch({}),
  languages: z.array(z.string()).catch(['markdown', 'plaintext']),
  noteLevel: SeverityOrDefault.catch('default'),
  debounceMs: z.number().int().min(0).max(10_000).catch(150),
  messageLanguage: z.enum(['auto', 'ar', 'en']).catch('auto'),
});

/** The `isnad` settings of one resource. */
export type Settings = z.infer<typeof SettingsSchema>;

/** The settings every field of which is at its default. */
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** Parses a raw `isnad` section (whatever the client sent), falling back field by field. */
export function parseSettings(raw: unknown): Settings {
  const value = raw && typeof raw === 'object' ? raw : {};
  const parsed = SettingsSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** Project-level options (from `.isnadrc.json`) that the settings are layered over. */
export interface ProjectOptions {
  rules?: Record<string, SeveritySetting>;
  /** The project's message language, used while `isnad.messageLanguage` is `auto`. */
  lang?: Lang | 'auto';
}

/**
 * Builds the engine's check options for a document.
 *
 * Severity precedence, highest first: `isnad.rules.<id>` (unless `default`), the project's
 * `.isnadrc.json` rules, `isnad.noteLevel` for rules of the `unverified` category, the rule's own
 * default.
 */
export function checkOptions(
  settings: Settings,
  format: 'markdown' | 'plaintext',
  rules: readonly { id: string; category: FindingCategory }[],
  project: ProjectOptions = {},
): CheckOptions {
  const severities: Record<string, SeveritySetting> = {};
  for (const rule of rules) {
    const fromSettings = settings.rules[rule.id];
    if (fromSettings && fromSettings !== 'default') severities[rule.id] = fromSettings;
    else if (project.rules?.[rule.id]) severities[rule.id] = project.rules[rule.id]!;
    else if (rule.category === 'unverified' && settings.noteLevel !== 'default') severities[rule.id] = settings.noteLevel;
  }
  const messageLang: Lang | 'auto' = settings.messageLanguage !== 'auto' ? settings.messageLanguage : (project.lang ?? 'auto');
  return { format, rules: severities, messageLang };
}

/** Caches settings per URI; cleared whenever the client reports a configuration change. */
export class SettingsCache {
  #byUri = new Map<string, Promise<Settings>>();
  #fetch: (uri: string) => Promise<Settings>;

  /** @param fetch Pulls the settings of one resource from the client. */
  constructor(fetch: (uri: string) => Promise<Settings>) {
    this.#fetch = fetch;
  }

  /** The settings of `uri`, pulled once and then cached. */
  get(uri: string): Promise<Settings> {
    let settings = this.#byUri.get(uri);
    if (!settings) {
      settings = this.#fetch(uri).catch(() => DEFAULT_SETTINGS);
      this.#byUri.set(uri, settings);
    }
    return settings;
  }

  /** Forgets one URI (when its document closes). */
  delete(uri: string): void {
    this.#byUri.delete(uri);
  }

  /** Forgets everything (on a configuration change). */
  clear(): void {
    this.#byUri.clear();
  }
}
