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
