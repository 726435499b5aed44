/**
 * Towns the gazetteer names in Arabic only with their country's adjective (القنيطرة المغربية,
 * Kenitra; القنيطرة السورية, Quneitra; صور العمانية), because two countries' towns share the bare
 * name. An Arabic article writes the bare name (في القنيطرة) where its story lies in that country:
 * the bare name is drawn as the town of the country the article's other gazetteer places lie in,
 * with the bare name among its Arabic names, so that a draft that writes it bare finds it. The
 * bare name, which no gazetteer entry lists, is kept for `anchors.ts` too: drawn as the gazetteer's
 * town alone it would weigh as a name many stories share, and a draft whose only specific place it
 * is would lose its story (as the town drawn after its place noun, «مدينة القنيطرة», did not).
 * Left alone: a bare name a mention already took (a gazetteer place's own name, طرابلس), a bare
 * name made only of place nouns (مدينة الهندية is no «مدينة» of India), a bare name whose towns
 * lie in two of the article's countries or in none of them, and words inside a quotation.
 */
import type { DrawContext, DrawnFact } from './context';
import { GAZETTEER, type ReferenceEntry } from '../referenceLexicons';
import { NATIONALITIES } from '../lexicon/words';
import { nameKeys } from '../knowledge';
import { AR_PLACE_HEADS } from './lexicon';

/** A gazetteer place named with its country's adjective, and its Arabic name without the adjective. */
interface Twin {
  entry: ReferenceEntry;
  bare: string;
}

let twinsByBare: Map<string, Twin[]> | undefined;

/** The gazetteer's places named with a country's adjective, by the folded keys of the bare name; built on first use. */
function twins(): Map<string, Twin[]> {
  if (twinsByBare) return twinsByBare;
  const adjectives = new Set(Object.values(NATIONALITIES).flatMap((forms) => [forms.ar.m, forms.ar.f]).map((form) => nameKeys(form).join(' ')));
  const heads = new Set(AR_PLACE_HEADS.map((head) => nameKeys(head.ar).join(' ')));
  const byId = new Map(GAZETTEER.map((entry) => [entry.id, entry]));
  twinsByBare = new Map();
  for (const entry of GAZETTEER) {
    if (entry.kind === 'country') continue;
    for (const name of entry.ar ?? []) {
      const keys = nameKeys(name);
      if (keys.length < 2 || !adjectives.has(keys[keys.length - 1]!) || keys.slice(0, -1).every((key) => heads.has(key))) continue;
      // The adjective must be the place's own country's (قضاء الهندية is a district of Iraq, not an Indian one).
      if (!adjectiveOfCountry(keys[keys.length - 1]!, gazetteerCountry(byId, entry))) continue;
      const bareKey = keys.slice(0, -1).join(' ');
      // A place that also bears the bare name needs no twin: its mention finds it.
      if ((entry.ar ?? []).some((other) => nameKeys(other).join(' ') === bareKey)) continue;
      const list = twinsByBare.get(bareKey) ?? [];
      if (!list.some((twin) => twin.entry === entry)) list.push({ entry, bare: name.split(/\s+/).slice(0, -1).join(' ') });
      twinsByBare.set(bareKey, list);
    }
  }
  return twinsByBare;
}

/** The gazetteer country of a gazetteer entry, read up its chain of containing places. */
function gazetteerCountry(byId: ReadonlyMap<string, ReferenceEntry>, entry: ReferenceEntry): ReferenceEntry | undefined {
  let current: ReferenceEntry | undefined = entry;
  for (let depth = 0; current && depth < 8; depth++) {
    if (current.kind === 'country') return current;
    current = current.within ? byId.get(current.within) : undefined;
  }
  return undefined;
}

/**
 * Whether a folded nationality adjective is the country's: its stem without the article and the
 * suffix of relation (المغربية → مغرب) is in one of the country's Arabic names (المغرب).
 */
function adjectiveOfCountry(adjective: string, country: ReferenceEntry | undefined): boolean {
  const stem = adjective.replace(/^ال/, '').replace(/(يه|ي)$/, '');
  return stem.length >= 3 && !!country && (country.ar ?? []).some((name) => nameKeys(name).join(' ').includes(stem));
}

/** The gazetteer country a gazetteer place lies in (itself for a country), if any. */
function countryOf(ctx: DrawContext, id: string): string | undefined {
  let current: string | undefined = id;
  for (let depth = 0; current && depth < 8; depth++) {
    const fact: { kind: string; within?: string } | undefined = ctx.knowledge.entity<{ kind: string; within?: string }>(`lexicon:${current}`)?.fact;
    if (!fact) return undefined;
    if (fact.kind === 'country') return current;
    current = fact.within;
  }
  return undefined;
}

/** The folded forms a token's first word may take without a proclitic (والقنيطرة, بالقنيطرة, للقنيطرة). */
function bareForms(key: string): string[] {
  return [...new Set([key, key.replace(/^[وف]/, ''), key.replace(/^[وف]?[بك]/, ''), key.replace(/^[وف]?لل/, 'ال')])];
}

/** Draws the bare names of the gazetteer's adjective twins an Arabic article writes (see the module comment). */
export function adjectiveTwins(ctx: DrawContext, byId: Map<string, DrawnFact>): void {
  const byBare = twins();
  const countries = new Set([...byId.keys()].map((id) => countryOf(ctx, id)).filter((id): id is string => id !== undefined));
  if (countries.size === 0) return;
  const tokens = ctx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.placeAt.has(i) || tokens[i]!.quote !== -1 || tokens[i]!.script !== 'ar') continue;
    for (const first of bareForms(tokens[i]!.key)) {
      const found = longestTwin(ctx, byBare, first, i);
      if (!found) continue;
      const inCountry = found.twins.filter((twin) => countries.has(countryOf(ctx, twin.entry.id) ?? ''));
      if (new Set(inCountry.map((twin) => countryOf(ctx, twin.entry.id))).size !== 1) break;
      addTwin(ctx, byId, inCountry[0]!, i, found.end);
      i = found.end - 1;
      break;
    }
  }
}

/** The twins whose bare name starts at token `i` (its first word read as `first`), the longest such name first. */
function longestTwin(ctx: DrawContext, byBare: Map<string, Twin[]>, first: string, i: number): { twins: Twin[]; end: number } | undefined {
  const tokens = ctx.tokens;
  for (let length = 3; length >= 1; length--) {
    const end = i + length;
    if (end > tokens.length || tokens[end - 1]!.clause !== tokens[i]!.clause) continue;
    let clear = true;
    for (let k = i + 1; k < end; k++) if (ctx.placeAt.has(k)) clear = false;
    if (!clear) continue;
    const key = [first, ...tokens.slice(i + 1, end).map((token) => token.key)].join(' ');
    const found = byBare.get(key);
    if (found) return { twins: found, end };
  }
  return undefined;
}

/** Draws one twin at tokens `[start, end)`, or adds the mention to the twin already drawn. */
function addTwin(ctx: DrawContext, byId: Map<string, DrawnFact>, twin: Twin, start: number, end: number): void {
  for (let k = start; k < end; k++) ctx.placeAt.set(k, twin.entry.id);
  if (!ctx.bareTwinNames.includes(twin.bare)) ctx.bareTwinNames.push(twin.bare);
  const evidence = ctx.tokenEvidence(start, end);
  const known = byId.get(twin.entry.id);
  if (known) {
    const names = known.names as { ar?: string[] };
    if (names.ar && !names.ar.includes(twin.bare)) names.ar.unshift(twin.bare);
    if (known.evidence.length < 2) known.evidence.push(evidence);
    return;
  }
  byId.set(twin.entry.id, { id: twin.entry.id, names: { ar: [twin.bare, ...(twin.entry.ar ?? [])], en: twin.entry.en }, kind: twin.entry.kind, evidence: [evidence] });
}
