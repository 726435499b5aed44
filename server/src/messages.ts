/**
 * The few strings the server writes itself (code-action titles, hover labels, notifications), in
 * English and Arabic. Findings bring their own messages from the engine; these strings follow the
 * draft's language where there is a draft, and the client's UI language otherwise.
 */
import type { Lang } from '../../engine/src/index';

const en = {
  disableForLine: (ruleId: string) => `Disable ${ruleId} for this line`,
  fixAll: 'Fix all isnad problems in this file',
  draftSays: 'The draft says',
  articleSays: 'The article says',
  why: 'Why',
  openArticle: 'open in the article',
  relatedFacts: 'Facts',
  brokenFactBaseKept: (file: string, detail: string) => `isnad: the fact base ${file} has a problem (${detail}); the last good version stays in use.`,
  brokenFactBaseUnused: (file: string, detail: string) => `isnad: the fact base ${file} cannot be used (${detail}).`,
  fileRecovered: (file: string) => `isnad: ${file} is fine again.`,
  brokenConfig: (file: string, detail: string) => `isnad: the configuration ${file} has a problem (${detail}); it is ignored until it is fixed.`,
  checkingWorkspace: 'Checking drafts',
  checkedFiles: (done: number, total: number) => `${done}/${total} files`,
  ignoredUntrusted: (path: string) => `isnad: ignoring the fact base ${path} because the workspace is not trusted.`,
};

type Messages = typeof en;

const ar: Messages = {
  disableForLine: (ruleId: string) => `عطّل ${ruleId} لهذا السطر`,
  fixAll: 'أصلح كل مشكلات isnad في هذا الملف',
  draftSays: 'في المسودة',
  articleSays: 'في المقال',
  why: 'السبب',
  openArticle: 'افتح في المقال',
  relatedFacts: 'الحقائق',
  brokenFactBaseKept: (file: string, detail: string) => `isnad: في قاعدة الحقائق ${file} مشكلة (${detail})؛ تبقى آخر نسخة سليمة قيد الاستعمال.`,
  brokenFactBaseUnused: (file: string, detail: string) => `isnad: لا يمكن استعمال قاعدة الحقائق ${file} (${detail}).`,
  fileRecovered: (file: string) => `isnad: الملف ${file} سليم من جديد.`,
  brokenConfig: (file: string, detail: string) => `isnad: في ملف الإعداد ${file} مشكلة (${detail})؛ يُتجاهل حتى تُصلح.`,
  checkingWorkspace: 'تدقيق المسودات',
  checkedFiles: (done: number, total: number) => `${done}/${total} ملفات`,
  ignoredUntrusted: (path: string) => `isnad: تُتجاهل قاعدة الحقائق ${path} لأن مساحة العمل غير موثوقة.`,
};

/** The server's strings in `lang`. */
export function messages(lang: Lang): Messages {
  return lang === 'ar' ? ar : en;
}

/** The message language of a client locale such as `ar`, `ar-EG` or `en-US`. */
export function langOfLocale(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}
