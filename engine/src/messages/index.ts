/**
 * The message templates of the rules and the fix titles, in both languages (see `findings.ts`),
 * and the Arabic and English wording they are built from.
 */
export * from './findings';
export type { MessageDate } from './dates';
export type { Gender } from './arabic';
export type { Amount, AmountUnit } from './amounts';
export { currencyName } from './amounts';
export { arabicDuration, arabicNumber } from './arabic';
export { englishNumberWords } from './english';
