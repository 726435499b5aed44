/**
 * Words that name a political party's side when they stand with a member's title: "a Conservative
 * councillor", "Republican Senator", «السيناتور الجمهوري», «النائب العمالي». Each group holds the
 * forms of one side in both languages (noun, adjective, plural), so that "Democratic" agrees with a
 * party the fact base calls "Democrats" and الديمقراطي with "Democratic Party". These are words of
 * the languages' political vocabulary, not names of one story's parties; a word that is only a
 * party's name (Plaid, Likud) is left to the fact base's own names. Entries are folded on load.
 */
import { wordKey } from '../tokenKey';

const RAW_PARTY_SIDES: readonly string[][] = [
  ['conservative', 'conservatives', 'tory', 'tories', 'المحافظين'],
  // Labor is the Australian spelling (the Australian Labor Party).
  ['labour', 'labor', 'العمال', 'العمالي', 'العمالية'],
  // "Lib Dem" and "Lib Dems", the British press's short form of Liberal Democrat, are a word of each side.
  ['liberal', 'liberals', 'libdem', 'lib', 'الليبرالي', 'الليبرالية', 'الليبراليين'],
  ['democrat', 'democrats', 'democratic', 'dem', 'dems', 'الديمقراطي', 'الديمقراطية', 'الديمقراطيين'],
  ['republican', 'republicans', 'الجمهوري', 'الجمهوريين'],
  ['green', 'greens', 'الخضر'],
  ['socialist', 'socialists', 'الاشتراكي', 'الاشتراكية', 'الاشتراكيين'],
  ['communist', 'communists', 'الشيوعي', 'الشيوعية', 'الشيوعيين'],
];

/** Folded word → the index of its side. */
export const PARTY_SIDE = new Map<string, number>();
/** Folded words of each side. */
export const PARTY_SIDES: readonly (readonly string[])[] = RAW_PARTY_SIDES.map((words, index) => {
  const keys = words.map((word) => wordKey(word));
  for (const key of keys) PARTY_SIDE.set(key, index);
  return keys;
});

/**
 * Heads of a member's title that are the house's own word (a councillor, an MP, a senator): a party
 * named with such a title is the member's side, not the body they are a member of ("Labour MP").
 */
export const HOUSE_MEMBER_HEADS = new Set(['councillor', 'councilor', 'senator', 'mp', 'ms', 'msp', 'td', 'mep', 'mla', 'lawmaker', 'congressman', 'congresswoman', 'السيناتور', 'سيناتور', 'السيناتورة'].map((word) => wordKey(word)));

/**
 * Nouns of a party's group of elected members in a house: the body whose caucus a person leads or
 * whips ("the Civic Alliance's caucus leader") is a party (folded).
 */
export const PARTY_GROUP_NOUNS: ReadonlySet<string> = new Set(['caucus'].map((word) => wordKey(word)));
