/**
 * Affiliations stated by "led by" after an organisation's name: «عصائب أهل الحق» بزعامة قيس
 * الخزعلي; حزب … بقيادة …; the party, led by Jane Doe. The person leads the organisation: an
 * affiliation `leads` and a post of leader, so that a draft naming another leader of it, or giving
 * this person another organisation to lead, is compared with the article. Membership set off
 * after a name ("Alan Gray, a member of the Scottish National Party"; «سالم الحداد، عضو في حزب
 * …»; «أحد قادة حزب …»; «النائب عن حزب …»), and a party set off after a name with «من» or
 * "of" («رنا العموري، من حزب …،», "Megan Trewin, of the Coastal Alliance,"), is an affiliation
 * `member-of`.
 */
import { organisationAt } from './organisations';
import { LED_BY } from '../lexicon/words';
import type { DrawContext, DrawnFact } from './context';
import { key, stemsOf } from './words';
import { drawPartyMembers } from './partyMembers';
import { CLASS_OF_KIND, ENGLISH_ORGANISATION_HEADS } from '../lexicon/organisations';
import { HOUSE_MEMBER_HEADS, PARTY_GROUP_NOUNS } from '../lexicon/parties';

const LEADS = new Set(LED_BY);

/** The organisation named right before a "led by" phrase that ends at token `nameStart`, if any. */
function ledByOrganisation(ctx: DrawContext, nameStart: number): { organisation: string; from: number } | undefined {
  const tokens = ctx.tokens;
  let k = nameStart - 1;
  const word = tokens[k];
  if (!word || word.sentence !== tokens[nameStart]!.sentence) return undefined;
  if (ctx.lang === 'ar') {
    if (!LEADS.has(word.key) && !stemsOf(word).some((stem) => LEADS.has(stem))) return undefined;
  } else {
    if (word.key !== 'by' || !['led', 'headed'].includes(tokens[k - 1]?.key ?? '')) return undefined;
    k--;
  }
  // The organisation's last word right before, or before a comma (Asa'ib Ahl al-Haq, led by …).
  const before = k - 1;
  if (before < 0 || !/^[\s,،»"”]*$/.test(ctx.gap(before, k))) return undefined;
  const organisation = organisationAt(ctx, before);
  if (!organisation) return undefined;
  let from = before;
  while (from > 0 && organisationAt(ctx, from - 1) === organisation) from--;
  return { organisation, from };
}

const MEMBER_WORDS = new Set(
  ['عضو', 'احد', 'النائب', 'النائبة', 'نائب', 'نائبة', 'عن', 'وهو', 'وهي', 'في', 'اعضاء', 'قادة', 'قياديي', 'المنتمي', 'المنتمية', 'الذي', 'التي', 'ينتمي', 'تنتمي', 'إلى', 'a', 'member', 'of', 'the', 'senior', 'leading', 'an', 'active', 'who', 'plays', 'played', 'has', 'for'].map(key),
);

/** Words that say membership when they stand between a name's comma and an organisation. */
const SAYS_MEMBER = [['member'], ['عضو'], ['أحد', 'أعضاء'], ['أحد', 'قادة'], ['أحد', 'قياديي'], ['المنتمي'], ['المنتمية'], ['ينتمي'], ['تنتمي'], ['plays', 'for'], ['played', 'for'], ['النائب', 'عن'], ['النائبة', 'عن'], ['نائب', 'عن'], ['نائبة', 'عن']].map((words) => words.map(key));

/** The body named right after a name with "of (the)": "Ruth Kemp of the Labour Party", "Chief Superintendent Owen Pugh of South Wales Police". */
function ofOrganisation(ctx: DrawContext, nameEnd: number): { organisation: string; to: number } | undefined {
  const tokens = ctx.tokens;
  if (ctx.lang !== 'en' || tokens[nameEnd]?.key !== 'of' || !/^\s+$/.test(ctx.gap(nameEnd - 1, nameEnd))) return undefined;
  const k = tokens[nameEnd + 1]?.key === 'the' ? nameEnd + 2 : nameEnd + 1;
  const organisation = organisationAt(ctx, k);
  if (!organisation || organisationAt(ctx, k - 1) === organisation) return undefined;
  let to = k;
  while (organisationAt(ctx, to) === organisation) to++;
  return { organisation, to };
}

/**
 * Whether a drawn body is a party or may be one: of a political kind, or a body of members whose
 * English name ends with a political word (the Coastal Alliance), which an elected member's tie
 * makes a party (partiesOfElectedMembers).
 */
function politicalBody(ctx: DrawContext, id: string): boolean {
  const body = ctx.out.organisations.find((fact) => fact.id === id);
  if (!body) return false;
  if (CLASS_OF_KIND[String(body.kind)] === 'political') return true;
  const names = (body.names as { en?: string[] } | undefined)?.en ?? [];
  return body.kind === 'ngo' && names.some((name) => ENGLISH_ORGANISATION_HEADS.get(name.split(/\s+/).at(-1)!.toLowerCase()) === 'political');
}

/**
 * The party set off by commas right after a name with «من» or "of": «رنا العموري، من حزب الميثاق
 * الوطني، …», "Megan Trewin, of the Coastal Alliance." The party must end its clause; a town or a
 * body of another class after the word is no tie.
 */
function partyAfterComma(ctx: DrawContext, nameEnd: number): { organisation: string; to: number } | undefined {
  const tokens = ctx.tokens;
  if (!/^\s*[,،]\s*$/.test(ctx.gap(nameEnd - 1, nameEnd)) || tokens[nameEnd]?.key !== (ctx.lang === 'ar' ? 'من' : 'of')) return undefined;
  const k = tokens[nameEnd + 1]?.key === 'the' ? nameEnd + 2 : nameEnd + 1;
  const organisation = organisationAt(ctx, k);
  if (!organisation || organisationAt(ctx, k - 1) === organisation || !politicalBody(ctx, organisation)) return undefined;
  let to = k;
  while (organisationAt(ctx, to) === organisation) to++;
  const next = tokens[to];
  if (next && next.sentence === tokens[k]!.sentence && next.clause === tokens[k]!.clause) return undefined;
  return { organisation, to };
}

/** Words that open a description of what a person does after a name's comma (a microbiologist at, who heads quality at, who works at). */
const DESCRIPTION_OPENERS = new Set(['a', 'an', 'who', 'the']);

/** Arabic relative pronouns and verbs of working («الذي يعمل في»), folded. */
const RELATIVES = new Set(['الذي', 'التي'].map(key));
const WORKS = new Set(['يعمل', 'تعمل'].map(key));

/** Kind nouns written before the name of a body the lexicons know by its name alone (منظمة أطباء بلا حدود, جمعية الهلال الأحمر). */
const KIND_NOUNS = new Set(['منظمة', 'جمعية', 'هيئة', 'مؤسسة', 'وكالة', 'شركة'].map(key));

/** Whether token `k` is "for" after a present verb of working ("who works for", "who volunteers for"): the body after it is where the person works. */
function worksFor(ctx: DrawContext, k: number): boolean {
  return ctx.tokens[k]?.key === 'for' && ['works', 'volunteers'].includes(ctx.tokens[k - 1]?.key ?? '');
}

/**
 * The body a person works at, said after a name's comma by a description ending in "at" (Karim
 * Benyoussef, a microbiologist at the University of Exeter; Mark Dunne, who heads quality at
 * Calderbrook Foods) or in Arabic by a descriptor and في or بـ (فلان، الباحث في جامعة X): lower-case
 * words only, no other name between.
 */
function worksAt(ctx: DrawContext, nameEnd: number): { organisation: string; to: number } | undefined {
  const tokens = ctx.tokens;
  if (!/^\s*[,،]\s*$/.test(ctx.gap(nameEnd - 1, nameEnd)) || !tokens[nameEnd]) return undefined;
  const clause = tokens[nameEnd].clause;
  let k = nameEnd;
  if (ctx.lang === 'en') {
    if (!DESCRIPTION_OPENERS.has(tokens[k]!.key)) return undefined;
    while (k < tokens.length && k - nameEnd < 5 && tokens[k]!.clause === clause && tokens[k]!.key !== 'at' && !worksFor(ctx, k) && /^\p{Ll}+$/u.test(ctx.word(k)) && (ctx.personAt[k] ?? -1) === -1) k++;
    if ((tokens[k]?.key !== 'at' && !worksFor(ctx, k)) || tokens[k]!.clause !== clause) return undefined;
    k += tokens[k + 1]?.key === 'the' ? 2 : 1;
  } else {
    // A definite descriptor (الباحث, الأستاذ, المهندسة) and في, or بـ glued to the body's first word;
    // or a relative clause of working («الذي يعمل في», «التي تعمل لدى»).
    if (RELATIVES.has(tokens[k]!.key) && WORKS.has(tokens[k + 1]?.key ?? '') && ['في', 'لدي'].includes(tokens[k + 2]?.key ?? '')) k += 3;
    else {
      if (!/^ال/.test(tokens[k]!.key) || ctx.orgAt.has(k)) return undefined;
      k++;
      if (tokens[k]?.key === 'في') k++;
      else if (!/^ب/.test(tokens[k]?.key ?? '')) return undefined;
    }
    // A kind noun before a body the lexicons name (منظمة أطباء بلا حدود) is that body's.
    if (!organisationAt(ctx, k) && organisationAt(ctx, k + 1) && KIND_NOUNS.has(tokens[k]?.key ?? '')) k++;
  }
  const organisation = tokens[k]?.clause === clause ? organisationAt(ctx, k) : undefined;
  if (!organisation || organisationAt(ctx, k - 1) === organisation) return undefined;
  let to = k;
  while (organisationAt(ctx, to) === organisation) to++;
  return { organisation, to };
}

/** The organisation a name is said to be a member of right after it, set off by a comma, if any. */
function memberOf(ctx: DrawContext, nameEnd: number): { organisation: string; to: number } | undefined {
  const tokens = ctx.tokens;
  if (!/^\s*[,،]\s*$/.test(ctx.gap(nameEnd - 1, nameEnd))) return ofOrganisation(ctx, nameEnd);
  const words: string[] = [];
  let k = nameEnd;
  while (k < tokens.length && k - nameEnd < 6 && tokens[k]!.sentence === tokens[nameEnd - 1]!.sentence && !ctx.orgAt.has(k) && MEMBER_WORDS.has(tokens[k]!.key)) words.push(tokens[k++]!.key);
  const organisation = organisationAt(ctx, k);
  if (!organisation) return undefined;
  // "a member of", «عضو (في)», «أحد أعضاء», «أحد قادة», «المنتمي إلى», «النائب عن», "who plays for": words that say membership must be there.
  if (!SAYS_MEMBER.some((cue) => cue.every((word) => words.includes(word)))) return undefined;
  let to = k;
  while (organisationAt(ctx, to) === organisation) to++;
  return { organisation, to };
}

/**
 * The drawn bodies whose caucus a drawn post's English title names: "the Civic Alliance's caucus
 * leader", "the Civic Alliance caucus whip". A caucus is a party's group in a house.
 */
function caucusBodies(ctx: DrawContext): string[] {
  const titles = ctx.out.posts.flatMap((post) => (post.title as { en?: string[] } | undefined)?.en ?? []).map((title) => title.split(/\s+/).map((word) => key(word)));
  const withCaucus = titles.filter((words) => words.some((word) => PARTY_GROUP_NOUNS.has(word)));
  if (withCaucus.length === 0) return [];
  const out: string[] = [];
  for (const body of ctx.out.organisations) {
    const names = ((body.names as { en?: string[] } | undefined)?.en ?? []).map((name) => name.split(/\s+/).map((word) => key(word)));
    if (withCaucus.some((words) => names.some((name) => namesCaucus(words, name)))) out.push(String(body.id));
  }
  return out;
}

/** Whether the title's words hold the body's name right before the caucus noun, its last word maybe in the possessive (folded to a final s). */
function namesCaucus(words: readonly string[], name: readonly string[]): boolean {
  for (let k = name.length; k < words.length; k++) {
    if (!PARTY_GROUP_NOUNS.has(words[k]!)) continue;
    const last = words[k - 1]!;
    if ((last === name.at(-1) || last === name.at(-1) + 's') && name.slice(0, -1).every((word, i) => words[k - name.length + i] === word)) return true;
  }
  return false;
}

/**
 * Whether a drawn post is an elected member's seat: a member's post whose English title opens
 * with the house's own word (lawmaker, MP, senator, councillor).
 */
function electedSeat(post: DrawnFact): boolean {
  const first = ((post.title as { en?: string[] } | undefined)?.en ?? []).map((title) => key(title.split(/\s+/)[0] ?? ''));
  return post.role === 'member' && first.some((word) => HOUSE_MEMBER_HEADS.has(word));
}

/**
 * A body whose name ends with a political word that bodies of other classes also use (the National
 * Unity Alliance, a Patriotic Front), drawn as a body of members, is a party when an elected member
 * sits for it: "Yaw Asante, a lawmaker of the National Unity Alliance"; "Lawmaker Kofi Danquah of
 * the NUA"; and so is one whose caucus a person leads ("the Civic Alliance's caucus leader"). Then a draft that ties the member to another party is compared with it.
 */
function partiesOfElectedMembers(ctx: DrawContext): void {
  const seated = new Set(ctx.out.posts.filter(electedSeat).map((post) => String(post.holder)));
  const bodies = new Set([
    ...ctx.out.posts.filter((post) => electedSeat(post) && post.organisation).map((post) => String(post.organisation)),
    ...caucusBodies(ctx),
    ...ctx.out.affiliations.filter((tie) => tie.relation === 'member-of' && seated.has(String(tie.member))).map((tie) => String(tie.organisation)),
  ]);
  for (const body of ctx.out.organisations) {
    if (body.kind !== 'ngo' || !bodies.has(String(body.id))) continue;
    const names = (body.names as { en?: string[] } | undefined)?.en ?? [];
    if (names.some((name) => ENGLISH_ORGANISATION_HEADS.get(name.split(/\s+/).at(-1)!.toLowerCase()) === 'political')) body.kind = 'party';
  }
}

/**
 * The last token of a party named before «في» and the house a member sits in, which ends at token
 * `end` («حزب التجمع في مجلس النواب»): the party must be a political body.
 */
function houseBefore(ctx: DrawContext, end: number): number | undefined {
  const house = organisationAt(ctx, end);
  if (!house || politicalBody(ctx, house)) return undefined;
  let from = end;
  while (from > 0 && organisationAt(ctx, from - 1) === house) from--;
  const party = from >= 2 && ctx.tokens[from - 1]!.key === 'في' ? organisationAt(ctx, from - 2) : undefined;
  return party && party !== house && politicalBody(ctx, party) ? from - 2 : undefined;
}

/**
 * The body a title before a name says the person is a member of, in Arabic: «النائب عن حزب …
 * فلان», «عضو حزب … فلان», with the body's acronym in brackets between (النائب عن حزب التجديد
 * الوطني (تجديد) فلان), and with the house the member sits in after the party, set off by a comma
 * or not («النائب عن حزب … في مجلس النواب فلان»). The words before the body must be a cue of membership.
 */
function memberBefore(ctx: DrawContext, nameStart: number): { organisation: string; from: number } | undefined {
  const tokens = ctx.tokens;
  if (ctx.lang !== 'ar') return undefined;
  let k = nameStart - 1;
  // The acronym in brackets: one token set off by ( and ) right before the name.
  if (k > 0 && /\(\s*$/.test(ctx.gap(k - 1, k)) && /^\s*\)\s*$/.test(ctx.gap(k, nameStart))) k--;
  else if (/^\s*،\s*$/.test(ctx.gap(k, nameStart))) {
    // The title set off before the name, with the house after the party: «النائب عن حزب … في مجلس النواب، فلان».
    const house = houseBefore(ctx, k);
    if (house === undefined) return undefined;
    k = house;
  } else if (!/^\s+$/.test(ctx.gap(k, nameStart))) return undefined;
  // The house may also stand right before the name with no comma: «النائب عن حزب … في مجلس النواب فلان».
  else k = houseBefore(ctx, k) ?? k;
  const organisation = k >= 0 ? organisationAt(ctx, k) : undefined;
  if (!organisation) return undefined;
  let from = k;
  while (from > 0 && organisationAt(ctx, from - 1) === organisation) from--;
  const words: string[] = [];
  for (let j = Math.max(0, from - 3); j < from; j++) if (tokens[j]!.clause === tokens[from]!.clause) words.push(tokens[j]!.key);
  if (words.length === 0 || !SAYS_MEMBER.some((cue) => cue.every((word) => words.includes(word)) && [cue.at(-1), 'في'].includes(words.at(-1)))) return undefined;
  return { organisation, from };
}

/**
 * Draws the bodies a name is said to belong to: after it (a member of, who works at, of a party)
 * and, in Arabic, before it by a title of membership (النائب عن حزب …). Both are drawn when both
 * are said: «النائب عن حزب … فلان، عضو لجنة …» ties the person to the party and the committee.
 */
function drawMemberships(ctx: DrawContext, member: string, span: { tokenStart: number; tokenEnd: number }): void {
  const after = memberOf(ctx, span.tokenEnd) ?? worksAt(ctx, span.tokenEnd) ?? partyAfterComma(ctx, span.tokenEnd);
  const before = memberBefore(ctx, span.tokenStart);
  const tied = (organisation: string) => ctx.out.affiliations.some((fact) => fact.member === member && fact.organisation === organisation);
  if (after && !tied(after.organisation)) {
    const evidence = ctx.evidence(ctx.tokens[span.tokenStart]!.oStart, ctx.tokens[after.to - 1]!.oEnd);
    ctx.out.affiliations.push({ id: ctx.id(`${member}-member-of-${after.organisation}`), member, relation: 'member-of', organisation: after.organisation, evidence: [evidence] });
  }
  // A body named before the name beside one named after it is drawn only when it is a party.
  if (before && !tied(before.organisation) && (!after || politicalBody(ctx, before.organisation))) {
    const evidence = ctx.evidence(ctx.tokens[before.from]!.oStart, ctx.tokens[span.tokenEnd - 1]!.oEnd);
    ctx.out.affiliations.push({ id: ctx.id(`${member}-member-of-${before.organisation}`), member, relation: 'member-of', organisation: before.organisation, evidence: [evidence] });
  }
}

/** Draws "ORG led by PERSON" into `ctx.out.affiliations` and `ctx.out.posts`. */
export function drawAffiliations(ctx: DrawContext): void {
  drawPartyMembers(ctx);
  const seen = new Set<string>();
  for (const person of ctx.people) {
    for (const span of person.spans) {
      drawMemberships(ctx, String(person.fact.id), span);
      const found = ledByOrganisation(ctx, span.tokenStart);
      if (!found) continue;
      const pair = `${String(person.fact.id)}|${found.organisation}`;
      if (seen.has(pair)) continue;
      seen.add(pair);
      const evidence = ctx.evidence(ctx.tokens[found.from]!.oStart, ctx.tokens[span.tokenEnd - 1]!.oEnd);
      ctx.out.affiliations.push({ id: ctx.id(`${String(person.fact.id)}-leads-${found.organisation}`), member: String(person.fact.id), relation: 'leads', organisation: found.organisation, evidence: [evidence] });
      const hasPost = ctx.out.posts.some((post) => post.holder === person.fact.id && post.organisation === found.organisation);
      if (!hasPost) {
        ctx.out.posts.push({
          id: ctx.id(`${String(person.fact.id)}-leader`),
          holder: String(person.fact.id),
          role: 'leader',
          title: ctx.lang === 'ar' ? { ar: ['زعيم'], en: ['leader'] } : { en: ['leader'] },
          organisation: found.organisation,
          evidence: [evidence],
        });
      }
    }
  }
  partiesOfElectedMembers(ctx);
}
