/**
 * The inflected forms of the table of news verbs (`lexicon.ts` `EVENT_WORDS`) that a trigger in
 * the other language than the article's is read or written in: the Arabic future (س before the
 * imperfect: ستنطلق, سيناقش) and the English forms of a verb that the table gives in the past only
 * (published → publish, publishes, publishing). The table lists each verb once; these rules give
 * its other forms, so that an event drawn from an article in one language is named by the words a
 * draft in the other language uses for it whatever its tense.
 */
import { formsOfBase, formsOfPast, irregularBase, verbFormList } from '../text/verbForms';
import { isFutureVerb } from '../text/stem';

/**
 * The imperfect a folded Arabic word writes after the future's س (ستنطلق → تنطلق, سيناقش →
 * يناقش, سنبدا → نبدا), or undefined: a word of four letters or more after it, so that a word whose
 * own first letter is س (ستة, سيل) is read as written first by the caller's table.
 */
export function withoutFuture(folded: string): string | undefined {
  // The future's form is read as the check reads it (`isFutureVerb`: not سيول, سنوات, سياسي).
  return /^س[يتن]\S{3,}$/.test(folded) && isFutureVerb(folded) ? folded.slice(1) : undefined;
}

/**
 * The future forms of a table row's imperfects: each form that begins with the imperfect's ي (he,
 * they) also with its feminine ت, both after the future's س (يبدأ → سيبدأ, ستبدأ). A form that
 * begins with ت is left alone, as many verbal nouns do too (توقيع, تأسيس).
 */
export function arabicFutureForms(forms: readonly string[]): string[] {
  return forms.filter((form) => /^ي\S{2,}$/.test(form)).flatMap((form) => [`س${form}`, `ست${form.slice(1)}`]);
}

/**
 * The other forms of an English verb that the table gives in one past form (published → publish,
 * publishes, publishing; left → leave, leaves, leaving): what an article of the other language's
 * draft, or an English article, may write for the same verb. Empty for a word that is no past form.
 */
export function englishVerbForms(word: string): string[] {
  const forms = formsOfPast(word);
  return forms ? verbFormList(forms).filter((form) => form !== word) : [];
}

/**
 * The other forms of an irregular English past of the table (left → leave, leaves, leaving; bought
 * → buy, buys, buying): a draft's light stem meets a regular verb's forms (voted, votes) but not
 * these, so an Arabic article's event is given them in English. Empty for a regular past.
 */
export function irregularVerbForms(word: string): string[] {
  const base = irregularBase(word);
  return base === undefined ? [] : verbFormList(formsOfBase(base)).filter((form) => form !== word);
}
