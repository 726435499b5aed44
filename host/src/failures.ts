/**
 * Why a file could not be read or written, in words rather than Node's error codes (`EACCES`,
 * `ENOENT`), for the CLI and the language server alike: a writer reads "permission denied", not a
 * code to look up. A code this module does not know is shown as it is.
 */

/** The words of a failed write, by error code, in English and Arabic. */
const WRITE: Record<string, { en: string; ar: string }> = {
  ENOTDIR: { en: 'a part of its path is a file, not a folder', ar: 'جزء من مساره ملف لا مجلد' },
  EEXIST: { en: 'a part of its path is a file, not a folder', ar: 'جزء من مساره ملف لا مجلد' },
  EISDIR: { en: 'it is a folder', ar: 'المسار مجلد' },
  EACCES: { en: 'permission denied', ar: 'لا إذن بالكتابة' },
  EPERM: { en: 'permission denied', ar: 'لا إذن بالكتابة' },
  EROFS: { en: 'the file system is read-only', ar: 'نظام الملفات للقراءة فقط' },
  ENOSPC: { en: 'the disk is full', ar: 'القرص ممتلئ' },
  ENOENT: { en: 'its folder does not exist and cannot be created', ar: 'مجلده غير موجود ولا يمكن إنشاؤه' },
};

/** The words of a failed read, by error code, in English and Arabic. */
const READ: Record<string, { en: string; ar: string }> = {
  ENOENT: { en: 'the file does not exist', ar: 'الملف غير موجود' },
  ENOTDIR: { en: 'a part of its path is a file, not a folder', ar: 'جزء من مساره ملف لا مجلد' },
  EISDIR: { en: 'it is a folder', ar: 'المسار مجلد' },
  EACCES: { en: 'permission denied', ar: 'لا إذن بالقراءة' },
  EPERM: { en: 'permission denied', ar: 'لا إذن بالقراءة' },
  ELOOP: { en: 'its path loops through symbolic links', ar: 'مساره يدور في روابط رمزية' },
};

function inWords(table: Record<string, { en: string; ar: string }>, error: unknown, lang: 'ar' | 'en'): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  const words = code !== undefined ? table[code] : undefined;
  if (words) return words[lang];
  return code ?? (error as Error)?.message ?? String(error);
}

/** Why a file could not be written, in words. */
export function writeFailure(error: unknown, lang: 'ar' | 'en' = 'en'): string {
  return inWords(WRITE, error, lang);
}

/** Why a file could not be read, in words. */
export function readFailure(error: unknown, lang: 'ar' | 'en' = 'en'): string {
  return inWords(READ, error, lang);
}
