/**
 * The currency a bare currency word or sign means in an article: «دينار» in a story from Tunis is
 * the Tunisian dinar, "$" in a story from Brisbane the Australian dollar, «جنيه» in one from Cairo
 * the Egyptian pound. The article's country is that of the first place it names (its dateline or
 * headline), or the first country it names; a word whose family has no currency of that country
 * keeps its usual reading (a dollar in a Cairo story is the US dollar). Currencies of countries by
 * ISO 4217, for the countries whose currency shares its name with others (lexicon/units.ts
 * CURRENCY_FAMILIES).
 */
import type { DrawContext } from './context';
import { CURRENCY_FAMILIES } from '../lexicon/units';

/** Countries (English name, lower case) → their currency, for the currencies of the families. */
const COUNTRY_CURRENCIES: Readonly<Record<string, string>> = {
  'united states': 'USD', australia: 'AUD', canada: 'CAD', 'new zealand': 'NZD', 'hong kong': 'HKD', singapore: 'SGD', taiwan: 'TWD', jamaica: 'JMD', bahamas: 'BSD', barbados: 'BBD', belize: 'BZD', brunei: 'BND', fiji: 'FJD', guyana: 'GYD', liberia: 'LRD', namibia: 'NAD', 'solomon islands': 'SBD', suriname: 'SRD', 'trinidad and tobago': 'TTD', zimbabwe: 'ZWL',
  iraq: 'IQD', tunisia: 'TND', algeria: 'DZD', kuwait: 'KWD', jordan: 'JOD', bahrain: 'BHD', libya: 'LYD', serbia: 'RSD',
  'united kingdom': 'GBP', britain: 'GBP', egypt: 'EGP', lebanon: 'LBP', syria: 'SYP', sudan: 'SDG', 'south sudan': 'SSP',
  'saudi arabia': 'SAR', qatar: 'QAR', oman: 'OMR', yemen: 'YER', iran: 'IRR', turkey: 'TRY', 'türkiye': 'TRY',
  'united arab emirates': 'AED', morocco: 'MAD',
  kenya: 'KES', uganda: 'UGX', tanzania: 'TZS', somalia: 'SOS', india: 'INR', pakistan: 'PKR', 'sri lanka': 'LKR', nepal: 'NPR', mauritius: 'MUR',
  mexico: 'MXN', argentina: 'ARS', colombia: 'COP', chile: 'CLP', philippines: 'PHP', uruguay: 'UYU', 'dominican republic': 'DOP', cuba: 'CUP',
  norway: 'NOK', denmark: 'DKK', brazil: 'BRL', zambia: 'ZMW', malawi: 'MWK',
  // The CFA francs: the West African (UEMOA) and the Central African (CEMAC) countries.
  niger: 'XOF', mali: 'XOF', 'burkina faso': 'XOF', senegal: 'XOF', "côte d'ivoire": 'XOF', 'ivory coast': 'XOF', benin: 'XOF', togo: 'XOF', 'guinea-bissau': 'XOF',
  cameroon: 'XAF', chad: 'XAF', 'central african republic': 'XAF', 'republic of the congo': 'XAF', gabon: 'XAF', 'equatorial guinea': 'XAF',
  switzerland: 'CHF', djibouti: 'DJF', guinea: 'GNF', rwanda: 'RWF', burundi: 'BIF', comoros: 'KMF', 'democratic republic of the congo': 'CDF',
};

interface PlaceFact {
  id: string;
  kind?: string;
  within?: string;
  names?: { en?: string[] };
  evidence?: { start: number }[];
}

/** The currency of the article's country, when the drawn places name one of the table. */
function articleCurrency(ctx: DrawContext): string | undefined {
  const places = ctx.out.places as unknown as PlaceFact[];
  const byId = new Map(places.map((place) => [place.id, place]));
  // A place the article names without its country (مسقط) is inside the country the gazetteer gives.
  const placeOf = (id: string): PlaceFact | undefined => byId.get(id) ?? ctx.knowledge.entity<PlaceFact>(`lexicon:${id}`)?.fact;
  const withinOf = (p: PlaceFact): string | undefined => p.within ?? ctx.knowledge.entity<PlaceFact>(`lexicon:${p.id}`)?.fact.within;
  const currencyOf = (place: PlaceFact | undefined): string | undefined => {
    for (let p = place, depth = 0; p && depth < 6; p = withinOf(p) ? placeOf(withinOf(p)!) : undefined, depth++) {
      for (const name of p.names?.en ?? []) {
        const code = COUNTRY_CURRENCIES[name.toLowerCase()];
        if (code) return code;
      }
    }
    return undefined;
  };
  const first = (list: PlaceFact[]) => [...list].sort((a, b) => (a.evidence?.[0]?.start ?? Infinity) - (b.evidence?.[0]?.start ?? Infinity));
  for (const place of first(places)) {
    const code = currencyOf(place);
    if (code) return code;
  }
  return undefined;
}

const cache = new WeakMap<DrawContext, { code: string | undefined }>();

/** The currency a bare word or sign read as `code` means in this article (`code` itself when the article's country has none of its family). */
export function localCurrency(ctx: DrawContext, code: string): string {
  let entry = cache.get(ctx);
  if (!entry) cache.set(ctx, (entry = { code: articleCurrency(ctx) }));
  const local = entry.code;
  if (!local || local === code) return code;
  return CURRENCY_FAMILIES.some((family) => family.includes(code) && family.includes(local)) ? local : code;
}
