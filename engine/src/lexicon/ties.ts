/**
 * The words that tie a person to an organisation outside a title, before the organisation, in
 * both languages: "a member of", "who belongs to", «أحد قادة», «المنتمي إلى», «النائب عن». Facts
 * about the languages' news wording, not about a story; written in ordinary spelling and folded on
 * load, the way the analyser folds a draft.
 */
import { wordKey } from '../tokenKey';
import type { OrganisationClass } from './organisations';

/** A cue: its folded words, and the one class of organisation it ties a person to, if only one. */
export interface TieCue {
  words: readonly string[];
  only?: OrganisationClass;
}

const cues = (only: OrganisationClass | undefined, list: string[]): TieCue[] => list.map((cue) => ({ words: cue.split(' ').map((word) => wordKey(word)), only }));

/** The cues. */
export const TIE_CUES: readonly TieCue[] = [
  // Arabic: one of the leaders of, one of the members of, a member (in), the leading figure in, belonging to, the deputy for.
  ...cues(undefined, [
    'أحد قادة', 'أحد أبرز قادة', 'من قادة', 'من أبرز قادة', 'أحد قيادات', 'من قيادات', 'إحدى قيادات',
    'أحد أعضاء', 'من أعضاء', 'إحدى عضوات', 'عضو في', 'عضوة في', 'العضو في', 'العضوة في', 'عضو', 'عضوة',
    'القيادي في', 'القيادية في', 'قيادي في', 'قيادية في', 'القيادي البارز في', 'القيادية البارزة في',
    'المنتمي إلى', 'المنتمية إلى', 'المنتمي', 'المنتمية', 'الذي ينتمي إلى', 'التي تنتمي إلى', 'ينتمي إلى', 'تنتمي إلى',
    'المنضوي في', 'المنضوية في', 'المنضوي تحت لواء', 'المنضوية تحت لواء', 'المنضوي تحت', 'المنضوية تحت',
    'نائب عن', 'النائب عن', 'نائبة عن', 'النائبة عن',
  ]),
  // English.
  ...cues(undefined, [
    'a member of', 'member of', 'a senior member of', 'a leading member of', 'a founding member of', 'a prominent member of',
    'a senior figure in', 'a leading figure in', 'a key figure in', 'a senior figure of', 'a prominent figure in',
    'one of the leaders of', 'a leader of', 'a senior leader of', 'a senior leader in', 'belongs to', 'belonging to',
  ]),
  // Joining names a party one belongs to; joining a firm or a body may be a past post.
  ...cues('political', ['joined', 'انضم إلى', 'انضمت إلى', 'الذي انضم إلى', 'التي انضمت إلى']),
  // Playing and signing name a player's club.
  ...cues('sport', ['plays for', 'signed for', 'يلعب في', 'يلعب لنادي', 'تلعب في']),
];

/**
 * Arabic adjectives of belonging that end a title's specifier: «الوزيرة المنتمية إلى حزب …» is a
 * minister who belongs to a party, not a minister of a portfolio «المنتمية» (folded).
 */
export const BELONGING_WORDS: ReadonlySet<string> = new Set(['المنتمي', 'المنتمية', 'المنضوي', 'المنضوية', 'ينتمي', 'تنتمي'].map(wordKey));

/**
 * Arabic adjectives after which the body named next is the parent of the one before («الجامعة
 * العامة للتعليم الثانوي التابعة لاتحاد الشغل»): they end a title's specifier, whose body is the
 * one before them (folded).
 */
export const PARENT_WORDS: ReadonlySet<string> = new Set(['التابعة', 'التابع', 'تابعة', 'تابع', 'التابعين', 'المنبثقة', 'المنبثق'].map(wordKey));
