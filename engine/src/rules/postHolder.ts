/**
 * Rule `post-holder`: a known person given the wrong post ("Iraqi Foreign Minister Thabet
 * al-Abbasi", "المتحدث باسم البيت الأبيض ماثيو ميلر", "السفيرة البريطانية"), or a post the article
 * gives to someone named for someone else ("وزير الدفاع العراقي خالد العبيدي"). Qualifiers are
 * respected: a title with another nationality (the US defence secretary) is another post, and a
 * former holder is not a contradiction. A post is given to its holder only while held: a former
 * post, or a time before the holder's `since` that the sentence names, has no holder to compare.
 */
import type { Rule } from './rule';
import { postFindings } from '../postCheck';

export const postHolder: Rule = {
  id: 'post-holder',
  category: 'role',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    en: 'A person is given the wrong post, or a post is given to the wrong person.',
    ar: 'شخص نُسب إليه منصب غير منصبه، أو منصب نُسب إلى غير صاحبه.',
  },
  check({ analysis, knowledge, report }) {
    for (const draft of postFindings(analysis, knowledge).role) report(draft);
  },
};
