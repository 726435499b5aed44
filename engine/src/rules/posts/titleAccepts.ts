/**
 * Which posts a title of each family names. A title names a post of its own family, and a few
 * titles name posts of other families too (ALSO_ACCEPTS).
 */

/**
 * Families whose titles a post of another family also accepts: a captain's title (قائد الفريق,
 * قائد المنتخب) for a post of role `leader`, which the guide long advised for an Arabic article's
 * captain, since قائد alone is a leader's title; a commissioner's title for the head of a service
 * (a police commissioner), a member of a commission (a European commissioner) or a director; a
 * mayor's title (رئيس بلدية) for the head of a council.
 */
const ALSO_ACCEPTS: Partial<Record<string, readonly string[]>> = { captain: ['leads'], commissioner: ['leads', 'member', 'director'], mayor: ['leads'] };

/** Whether a title of family `family` may name a post of role family `roleFamily`. */
export function titleAccepts(family: string, roleFamily: string | undefined): boolean {
  return !!roleFamily && (roleFamily === family || !!ALSO_ACCEPTS[family]?.includes(roleFamily));
}
