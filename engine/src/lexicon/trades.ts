/**
 * The trades that Arabic company names give after the company's own name, with a preposition
 * (شركة مصر «للغزل والنسيج», شركة حلوان «للأسمدة», مجموعة الخرافي «للصناعات»), and the English
 * words companies and the press write for them ("Misr Spinning and Weaving", "Helwan Fertilizers
 * Company"), each the folded last word of an English form. The heads of company names (شركة,
 * مجموعة) are given with the English nouns written after the name ("Company", "Group").
 *
 * These are facts about the languages, not about a story. Entries are folded on load.
 */
import { wordKey } from '../tokenKey';

const TRADES: Record<string, string[]> = {
  قطن: ['cotton'],
  غزل: ['spinning', 'yarn'],
  نسيج: ['weaving', 'textile', 'textiles'],
  منسوجات: ['textile', 'textiles'],
  ملابس: ['garments', 'clothing', 'apparel'],
  اسمنت: ['cement'],
  حديد: ['iron', 'steel'],
  صلب: ['steel'],
  الومنيوم: ['aluminium', 'aluminum'],
  اسمدة: ['fertilizers', 'fertilisers', 'fertilizer', 'fertiliser'],
  كيماويات: ['chemicals'],
  ادوية: ['pharmaceuticals', 'pharma', 'drugs'],
  سكر: ['sugar'],
  زيوت: ['oils', 'oil'],
  صابون: ['soap'],
  ورق: ['paper'],
  زجاج: ['glass'],
  سيارات: ['motors', 'automotive', 'cars'],
  بترول: ['petroleum', 'oil'],
  نفط: ['oil', 'petroleum'],
  غاز: ['gas'],
  كهرباء: ['electricity', 'power'],
  طاقة: ['energy', 'power'],
  اتصالات: ['telecom', 'telecommunications'],
  تامين: ['insurance'],
  طيران: ['aviation', 'airlines', 'airways'],
  شحن: ['shipping'],
  نقل: ['transport'],
  ملاحة: ['navigation', 'shipping'],
  مقاولات: ['contracting', 'contractors', 'construction'],
  تشييد: ['construction'],
  استثمار: ['investment', 'investments'],
  استثمارات: ['investments', 'investment'],
  تطوير: ['development'],
  عقارات: ['properties', 'real'],
  تجارة: ['trading'],
  صناعات: ['industries'],
  مطاحن: ['mills', 'milling', 'flour'],
  البان: ['dairy'],
  اغذية: ['foods', 'food'],
  دواجن: ['poultry'],
  تعدين: ['mining'],
  فوسفات: ['phosphate', 'phosphates'],
  سياحة: ['tourism'],
  فنادق: ['hotels'],
};

/** The heads of company names and the English nouns written after the company's name. */
const HEADS: Record<string, string[]> = {
  شركة: ['company', 'co'],
  مجموعة: ['group'],
};

function folded(table: Record<string, string[]>): ReadonlyMap<string, readonly string[]> {
  return new Map(Object.entries(table).map(([arabic, english]) => [wordKey(arabic), english.map(wordKey)]));
}

/** Folded trade nouns (without article or preposition) and the folded English words of each. */
export const COMPANY_TRADES: ReadonlyMap<string, readonly string[]> = folded(TRADES);

/** Folded heads of company names (without the article) and the folded English nouns after the name. */
export const COMPANY_HEADS: ReadonlyMap<string, readonly string[]> = folded(HEADS);
