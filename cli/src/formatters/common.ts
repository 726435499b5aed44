/**
 * What every output format needs: how paths are shown and turned into URIs, and the context a
 * formatter is given.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describeStory, type Lang, type RuleMeta, type StoryTie } from '../../../engine/src/index';
import { toPosix } from '../../../host/src/files';
import type { FileReport } from '../report';

/** What a formatter is given besides the reports. */
export interface FormatContext {
  /** The folder that paths are shown relative to. */
  cwd: string;
  /** Whether ANSI colours may be used (text format only). */
  color: boolean;
  /** The language of the CLI's own words (summaries). */
  lang: Lang;
  /** The isnad version. */
  version: string;
  /** The rules' metadata, from the registry. */
  rules: readonly RuleMeta[];
  /** Where rule documentation lives: `helpUri` is this plus `#rule-id`. */
  rulesDocUri?: string;
  /** Text format: say for every file which stories it was checked against and why. */
  verbose?: boolean;
}

/** A report formatter: the whole output as one string. */
export type Formatter = (reports: readonly FileReport[], context: FormatContext) => string;

/** Whether `path` is inside `cwd`. */
export function isInside(cwd: string, path: string): boolean {
  const rel = relative(cwd, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * A path as shown to people: relative to `cwd` with forward slashes when inside it, else absolute.
 * Standard input without a file name is shown by its placeholder name.
 */
export function displayPath(path: string, cwd: string, stdin = false): string {
  if (stdin && !isAbsolute(path)) return toPosix(path);
  const absolute = resolve(cwd, path);
  return isInside(cwd, absolute) ? toPosix(relative(cwd, absolute)) || '.' : toPosix(absolute);
}

/**
 * A path as a SARIF `uri`: relative to `cwd` (percent-encoded segments, forward slashes) when
 * inside it, else an absolute `file:` URI.
 */
export function fileUri(path: string, cwd: string, stdin = false): { uri: string; relative: boolean } {
  if (stdin && !isAbsolute(path)) return { uri: toPosix(path).split('/').map(encodeURIComponent).join('/'), relative: true };
  const absolute = resolve(cwd, path);
  if (isInside(cwd, absolute)) {
    return { uri: toPosix(relative(cwd, absolute)).split('/').map(encodeURIComponent).join('/'), relative: true };
  }
  return { uri: pathToFileURL(absolute).href, relative: false };
}

/** Words of the CLI's own summaries, in both languages. */
export function words(lang: Lang) {
  const ar = lang === 'ar';
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return {
    problems: (n: number) => (ar ? `${n} ${n === 1 ? 'مشكلة' : 'مشكلات'}` : plural(n, 'problem', 'problems')),
    errors: (n: number) => (ar ? `${n} ${n === 1 ? 'خطأ' : 'أخطاء'}` : plural(n, 'error', 'errors')),
    warnings: (n: number) => (ar ? `${n} ${n === 1 ? 'تحذير' : 'تحذيرات'}` : plural(n, 'warning', 'warnings')),
    infos: (n: number) => (ar ? `${n} ${n === 1 ? 'ملاحظة' : 'ملاحظات'}` : plural(n, 'info', 'infos')),
    hints: (n: number) => (ar ? `${n} ${n === 1 ? 'تلميح' : 'تلميحات'}` : plural(n, 'hint', 'hints')),
    and: ar ? ' و' : ' and ',
    comma: ar ? '، ' : ', ',
    fixable: ar ? 'قابلة للإصلاح تلقائيًا بالخيار `--fix`.' : 'potentially fixable with the `--fix` option.',
    skipped: (n: number) => (ar ? `تخطّي ${n} ${n === 1 ? 'ملف' : 'ملفات'}` : `${plural(n, 'file', 'files')} skipped`),
    fixed: (n: number, files: number) =>
      ar ? `أُصلحت ${n} ${n === 1 ? 'مشكلة' : 'مشكلات'} في ${files} ${files === 1 ? 'ملف' : 'ملفات'}` : `fixed ${plural(n, 'problem', 'problems')} in ${plural(files, 'file', 'files')}`,
    severity: (severity: string) =>
      ar ? ({ error: 'خطأ', warning: 'تحذير', info: 'ملاحظة', hint: 'تلميح' } as Record<string, string>)[severity] ?? severity : severity,
    skippedLabel: ar ? 'تُخطّي' : 'skipped',
    unscoped: (n: number, total: number) =>
      ar
        ? `${n} من ${total} ${total === 1 ? 'ملف' : 'ملفات'} لا تخصّ أيّ قصة محمّلة، فلم تُدقَّق (اربطها بقصتها بالمفتاح story: في المقدمة أو بأنماط drafts في ‎.isnadrc.json؛ ‎--verbose يبيّن السبب)`
        : `${n} of ${plural(total, 'file', 'files')} ${n === 1 ? 'belongs' : 'belong'} to no loaded story and ${n === 1 ? 'was' : 'were'} not checked against any fact base (tie them with a \`story:\` front-matter key or \`drafts\` globs in .isnadrc.json; --verbose says why)`,
    story: (tie: StoryTie) => describeStory(tie, lang),
    fixFailed: ar ? 'تعذّرت كتابة الإصلاح' : 'fix not written',
  };
}

