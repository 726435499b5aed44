/**
 * Words that give a change its direction (rose, fell; ارتفع، انخفض), so a draft's "shares fell
 * 15%" is not read as a wrong figure for the article's "shares rose 28 per cent": a fall is another
 * figure than a rise. Forms are listed as written; Arabic ones are matched with their clitics
 * stripped (وارتفع، بارتفاع). The English verbs of markets and economies (inflation slowed, the peso
 * weakened, growth accelerated, the index rallied) are the ones wire copy uses in its economic reports
 * (Reuters, AFP and BBC business pages).
 */

/** Words of a rise. */
export const RISE_WORDS: readonly string[] = [
  'rose', 'rise', 'rises', 'risen', 'rising', 'up', 'increase', 'increased', 'increases', 'gain', 'gained', 'gains', 'jump', 'jumped', 'jumps', 'climb', 'climbed', 'climbs',
  'grew', 'grow', 'grown', 'growth', 'higher', 'surge', 'surged', 'soared', 'advanced', 'added',
  'accelerated', 'strengthened', 'rallied', 'expanded', 'firmed',
  'ارتفع', 'ارتفعت', 'ارتفاع', 'ارتفاعا', 'يرتفع', 'ترتفع', 'زاد', 'زادت', 'زيادة', 'صعد', 'صعدت', 'صعود', 'نما', 'نمت', 'نمو', 'قفز', 'قفزت', 'ازداد', 'ازدادت',
];

/** Words of a fall. */
export const FALL_WORDS: readonly string[] = [
  'fell', 'fall', 'falls', 'fallen', 'falling', 'down', 'drop', 'dropped', 'drops', 'decline', 'declined', 'declines', 'slip', 'slipped', 'slips', 'lost', 'lose', 'loses',
  'lower', 'decrease', 'decreased', 'slump', 'slumped', 'tumble', 'tumbled', 'shrank', 'shrink', 'sank', 'plunged', 'eased',
  'slowed', 'weakened', 'dipped', 'softened',
  'انخفض', 'انخفضت', 'انخفاض', 'انخفاضا', 'ينخفض', 'تنخفض', 'تراجع', 'تراجعت', 'تراجعا', 'هبط', 'هبطت', 'هبوط', 'خسر', 'خسرت', 'نقص', 'نقصت', 'تقلص', 'تقلصت',
];

/**
 * Words right before a figure that make it the amount of a change, not a level: "rose by 3%",
 * "up 3%", «بمقدار 3 نقاط»; «بنسبة» and «بواقع» make one only after a word of change in the clause
 * («ارتفعت البطالة بنسبة 3%»; «فاز بنسبة 40% من الأصوات» gives a share).
 */
export const CHANGE_BEFORE: readonly string[] = ['by', 'up', 'down', 'بمقدار'];

/** Arabic words that make a change's amount only after a word of change (see `CHANGE_BEFORE`). */
export const CHANGE_AFTER_CHANGE_WORD: readonly string[] = ['بنسبة', 'بواقع'];

/**
 * Words right before a figure that make it the level a change reached, or a level stated: "rose to
 * 12%", "stands at 12%", «ارتفعت إلى 12%», «لتبلغ 12%», «ليصل إلى». "up to" and "close to" bound a
 * figure and are no level (`LEVEL_NOT_AFTER`).
 */
export const LEVEL_BEFORE: readonly string[] = ['to', 'at', 'إلى', 'ليبلغ', 'لتبلغ', 'ليصل', 'لتصل', 'ليسجل', 'لتسجل', 'مستوى'];

/** Words before "to" that make it a bound, not a level ("up to 12%", "close to 12%"). */
export const LEVEL_NOT_AFTER: readonly string[] = ['up', 'close', 'closer', 'near', 'nearer', 'compared', 'equal', 'equivalent', 'amounting'];
