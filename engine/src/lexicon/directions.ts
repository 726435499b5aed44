/**
 * The points of the compass and the centre, as Arabic and English name a part of a place by them:
 * the Arabic noun («جنوب البلاد»), the English noun ("the south of Oman") and adjective ("southern
 * Oman"). Drawing reads areas of a country by them (draw/directionalAreas.ts); the event-place rule
 * compares a draft's part of a place with the article's (rules/places/compass.ts).
 */

/** One direction: its Arabic noun, its English noun and its English adjective. */
export interface Direction {
  ar: string;
  en: string;
  adjective: string;
}

/** The four points of the compass. */
export const COMPASS_POINTS: readonly Direction[] = [
  { ar: 'شمال', en: 'north', adjective: 'northern' },
  { ar: 'جنوب', en: 'south', adjective: 'southern' },
  { ar: 'شرق', en: 'east', adjective: 'eastern' },
  { ar: 'غرب', en: 'west', adjective: 'western' },
];

/** The points of the compass and the centre. */
export const DIRECTIONS: readonly Direction[] = [...COMPASS_POINTS, { ar: 'وسط', en: 'centre', adjective: 'central' }];

/**
 * The English words that name a part of a place by a direction before it (folded: "north-east"
 * is read as one word, northeast): the nouns ("the north of England"), the adjectives ("southern
 * Spain") and the compounds of two points ("north-east England", "south-western Wales").
 */
export const ENGLISH_DIRECTION_NOUNS: ReadonlySet<string> = new Set([
  ...DIRECTIONS.map((direction) => direction.en),
  'center',
  ...['north', 'south'].flatMap((first) => ['east', 'west'].map((second) => `${first}${second}`)),
]);

/** The English adjectives of direction (southern, central, north-eastern, northeastern). */
export const ENGLISH_DIRECTION_ADJECTIVES: ReadonlySet<string> = new Set([
  ...DIRECTIONS.map((direction) => direction.adjective),
  ...['north', 'south'].flatMap((first) => ['eastern', 'western'].map((second) => `${first}${second}`)),
]);

/** The Arabic nouns of direction written before a place («شمال المغرب», «جنوب غرب البلاد»), folded. */
export const ARABIC_DIRECTION_NOUNS: ReadonlySet<string> = new Set(DIRECTIONS.map((direction) => direction.ar));

/**
 * The points of the compass (and the centre) a word after a place's name gives a part of it, as
 * constituencies and districts are named (Cardiff North, Limerick South-Central, Wolverhampton
 * South West, «كارديف الشمالية», «ليمريك الجنوبية الوسطى»), folded: a hyphenated compound is one
 * word (southcentral), and an Arabic adjective is read with its article, in either gender.
 */
export const POINTS_AFTER_PLACE: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ...DIRECTIONS.flatMap((direction): [string, string[]][] => [
    [direction.en, [direction.en]],
    [`ال${direction.ar}ي`, [direction.en]],
    [`ال${direction.ar}يه`, [direction.en]],
  ]),
  ['central', ['centre']],
  ['center', ['centre']],
  ['الوسطي', ['centre']],
  ['الاوسط', ['centre']],
  ...['north', 'south'].flatMap((first) => ['east', 'west'].map((second): [string, string[]] => [`${first}${second}`, [first, second]])),
  ...['north', 'south', 'east', 'west'].map((point): [string, string[]] => [`${point}central`, [point, 'centre']]),
]);
