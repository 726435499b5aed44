/**
 * Makers of aircraft and armour whose models news copy names by a figure (Boeing 777, Airbus A350,
 * «بوينغ 777»): the figure after such a name is a model, not a count. The list holds the makers of
 * the civil and military aircraft and vehicles most named in the press, in English and in the
 * Arabic spellings of the Arabic wire services (Al Jazeera, Sky News Arabia, the Saudi Press
 * Agency); facts about the languages, not about any story.
 */
import { wordKey } from '../tokenKey';

/** Makers' names, folded as tokens are. */
export const MAKERS: ReadonlySet<string> = new Set(
  [
    'boeing', 'airbus', 'embraer', 'bombardier', 'cessna', 'sukhoi', 'mikoyan', 'antonov', 'ilyushin', 'tupolev', 'lockheed', 'dassault', 'saab', 'atr', 'comac',
    'بوينغ', 'بوينج', 'إيرباص', 'ايرباص', 'إيرباس', 'امبراير', 'إمبراير', 'بومباردييه', 'سوخوي', 'ميكويان', 'أنتونوف', 'انتونوف', 'إليوشن', 'اليوشن', 'إليوشين', 'توبوليف', 'لوكهيد', 'داسو', 'كوماك',
  ].map(wordKey),
);
