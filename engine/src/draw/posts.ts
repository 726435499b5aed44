/**
 * Posts: a title right before a person's name (وزير العدل عبد اللطيف وهبي, Home Secretary James
 * Cleverly) or in apposition after it (ناصر جبور، رئيس قسم بالمعهد …; Lord Reed, the President of
 * the Supreme Court), with its role, forms in both languages, organisation, nationality and whether
 * it is former. Where the title stands is `postTitles.ts`, its words `postExtent.ts`, its forms
 * `postForms.ts`, its organisation `postBodies.ts`; kings' and queens' posts `royalPosts.ts`.
 */
import { partyInTitle } from './partyTitles';
import { organisationAt } from './organisations';
import { nationalityOf } from '../titles';
import { ROLE_FAMILY } from '../lexicon/words';
import type { DrawContext, DrawnEvidence } from './context';
import { VERB_TITLES } from './lexicon';
import { key, type TitleMatch } from './words';
import { titlesBesideName } from './postTitles';
import { ACTING_WORDS, FORMER_WORDS, titleExtent } from './postExtent';
import { arabicTitle, deputyForms, englishTitle, ownedTitle, verbTitleNames, withoutPronoun } from './postForms';
import { namedBodyForms } from './namedBodyTitles';
import { attributiveOrganisation, bodyOfAfterName, possessorOfDeputy, drawMembership, kindNounOrganisation, ministryOf, possessiveAfter, possessiveOrganisation, pronounOrganisation, soleCouncil, whoseOrganisation } from './postBodies';
import { drawRoyalPosts } from './royalPosts';

/** Lower-case words before "manager" that leave it a team's manager, a coach (the caretaker manager, the club's manager). */
const TEAM_MANAGER_WORDS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'team', 'club', 'caretaker', 'interim', 'football', 'squad', 'former', 'new', 'then']);

/**
 * Whether an English "manager" is the manager of something other than a team: a lower-case noun
 * before it names what is managed (its operations manager, the general manager, a site manager).
 * A club's name before it (Arsenal manager) or a determiner leaves it a coach. Such a manager is
 * drawn as a staff post (role other) of the body its title or possessive names, in English only.
 */
function managerOfNoTeam(ctx: DrawContext, title: TitleMatch): boolean {
  if (ctx.lang !== 'en' || ctx.tokens[title.start]?.key !== 'manager') return false;
  const before = ctx.tokens[title.start - 1];
  if (!before || before.clause !== ctx.tokens[title.start]!.clause) return false;
  return /^\p{Ll}/u.test(ctx.word(title.start - 1)) && !TEAM_MANAGER_WORDS.has(before.key);
}

/**
 * The first word of a staff manager's title that starts at `start`: up to two lower-case nouns
 * before "manager" that name what is managed (its operations manager, a site project manager).
 * A possessive is the owner's, no part of the title (the bank's country manager).
 */
function managedStart(ctx: DrawContext, start: number): number {
  let from = start;
  const managed = (k: number) => ctx.tokens[k]!.clause === ctx.tokens[start]!.clause && /^\p{Ll}/u.test(ctx.word(k)) && !TEAM_MANAGER_WORDS.has(ctx.tokens[k]!.key) && !/^['’]s\b/.test(ctx.article.slice(ctx.tokens[k]!.oEnd, ctx.tokens[k]!.oEnd + 3));
  while (from > 0 && start - from < 2 && managed(from - 1)) from--;
  return from;
}

/**
 * A title written as its abbreviation with a full stop (Sen. Tobias Wrenfield) in the full form
 * of its entry (Senator), which drafts write and the checker's title words know.
 */
function expanded(ctx: DrawContext, title: TitleMatch, end: number, text: string): string {
  const full = title.entry.english[0] ?? '';
  const abbreviated = end === title.start + 1 && ctx.article[ctx.tokens[end - 1]!.oEnd] === '.' && text.length < full.length;
  return abbreviated && full.toLowerCase().startsWith(text.toLowerCase()) ? full : text;
}
/**
 * Whether a word of `words` stands beside a title: before it, after its words, or inside them (المدير
 * السابق للمستشفى, the acting director). Not before a title behind ل, which is the complement of
 * another title (المستشارة السابقة للرئيس X).
 */
function wordBeside(ctx: DrawContext, words: ReadonlySet<string>, side: 'before' | 'after', title: TitleMatch, end: number): boolean {
  const tokens = ctx.tokens;
  const behindLam = ctx.lang === 'ar' && ((title.prefix > 0 && /^ل/.test(tokens[title.start]!.key)) || /^لل/.test(tokens[title.start]!.key));
  const around = behindLam ? [end - title.start, end - title.start + 1] : [-2, -1, end - title.start, end - title.start + 1];
  return around.some((d) => words.has(tokens[title.start + d]?.key ?? '')) || (side === 'after' && words.has(tokens[title.start - 1]?.key ?? '')) || tokens.slice(title.end, end).some((t) => words.has(t.key));
}

/** A drawn post's status: former by a word of time beside its title, acting by a word of the time being (`postExtent.ts`), else none (current). */
function postStatus(ctx: DrawContext, side: 'before' | 'after', title: TitleMatch, end: number): 'former' | 'acting' | undefined {
  if (wordBeside(ctx, FORMER_WORDS, side, title, end)) return 'former';
  return wordBeside(ctx, ACTING_WORDS, side, title, end) ? 'acting' : undefined;
}

/** Draws the posts of the drawn people into `ctx.out.posts`. */
export function drawPosts(ctx: DrawContext): void {
  const tokens = ctx.tokens;
  /** Deputies' posts whose body is their principal's ("his deputy governor"), with the principal's index in `ctx.people`. */
  const deputies: [Record<string, unknown>, number][] = [];
  ctx.people.forEach((person) => {
    const seen = new Set<string>();
    for (const span of person.spans) {
      if (span.tokenEnd - span.tokenStart < 2 && person.keys.length >= 2) continue;
      const { found, ends } = titlesBesideName(ctx, span);
      for (const [index, [side, title]] of found.entries()) {
        const extent = titleExtent(ctx, side, title, ends.get(title) ?? span.tokenStart);
        const { end, deputy } = extent;
        const staff = managerOfNoTeam(ctx, title);
        // A staff manager's title keeps the nouns of what is managed (operations manager).
        const start = staff ? managedStart(ctx, extent.start) : extent.start;
        const from = start === title.start && title.prefix > 0 ? ctx.analysis.norm.toOriginal(tokens[start]!.start + title.prefix, tokens[start]!.end).start : tokens[start]!.oStart;
        const closing = ctx.article[tokens[end - 1]!.oEnd] === '»' && tokens[end - 1]!.quote !== -1 ? 1 : 0;
        const text = expanded(ctx, title, end, ctx.article.slice(from, tokens[end - 1]!.oEnd + closing).trim());
        if (!text || seen.has(key(text))) continue;
        // Only roles the checker compares are drawn; others would contradict true titles it cannot read.
        // A staff title of the table (a chief economist) is drawn as role other, which staff titles name.
        if (!ROLE_FAMILY[title.entry.role] && title.entry.role !== 'other') continue;
        const role = staff ? 'other' : title.entry.role;
        seen.add(key(text));
        const status = postStatus(ctx, side, title, end);
        const verb = VERB_TITLES.includes(title.entry);
        const names: { ar?: string[]; en?: string[] } = verb ? verbTitleNames(title.entry, person.fact.gender) : ctx.lang === 'ar' ? { ar: [text, ...withoutPronoun(text)], en: englishTitle(ctx, title, end) } : { en: [text.replace(/^(the|a|an|then|former|its)\s+/i, ''), ...ownedTitle(ctx, start, end)], ar: staff ? [] : arabicTitle(ctx, title, start, end, person.fact.gender) };
        if (deputy >= 0) deputyForms(ctx, names, deputy, title, person.fact.gender);
        if (names.ar?.length === 0) delete names.ar;
        if (names.en?.length === 0) delete names.en;
        let country: string | undefined;
        let organisation: string | undefined;
        for (let k = start; k < end; k++) {
          country ??= nationalityOf(tokens[k]);
          organisation ??= organisationAt(ctx, k);
        }
        // A verb's post is of the body named after it, not of a unit inside it (who heads Devon County Council's environmental health team).
        if (verb && (!organisation || possessiveAfter(ctx, organisation, start, end))) continue;
        const owner = possessiveOrganisation(ctx, start, side);
        // A possessive pronoun (Its head of highways, «مدير عملياتها») refers to the body named just before.
        const referred = organisation || owner ? undefined : pronounOrganisation(ctx, title, start, end);
        // A party the title names by its possessive or after "of" (the Liberal Democrats' health spokesperson).
        const party = organisation || owner || referred ? undefined : partyInTitle(ctx, start, end);
        organisation ??= owner ?? referred?.id ?? party ?? ministryOf(ctx, title, start) ?? kindNounOrganisation(ctx, start, end) ?? (side === 'before' ? (bodyOfAfterName(ctx, end, span.tokenStart, span.tokenEnd) ?? whoseOrganisation(ctx, start) ?? attributiveOrganisation(ctx, start)) : joinedTitleBody(ctx, found[index + 1], end, span.tokenStart)) ?? soleCouncil(ctx, title);
        // A staff manager is drawn for the body it ties the person to: not without one, nor with one a pronoun names unsurely.
        if (staff && (!organisation || referred?.unsure)) continue;
        // A bare definite noun for a body the article named before (مدير المستشفى): the title with the body's words too.
        if (!organisation && !verb && names.ar && ctx.lang === 'ar') names.ar.push(...namedBodyForms(ctx, text, start, end));
        const fact: Record<string, unknown> = {
          id: ctx.id(`${person.fact.id}-${deputy >= 0 ? 'deputy-head' : role}`),
          holder: person.fact.id,
          role: deputy >= 0 ? 'deputy-head' : role,
          title: names,
          ...(organisation ? { organisation } : {}),
          ...(country ? { country } : {}),
          ...(status ? { status } : {}),
          evidence: [ctx.evidence(tokens[Math.min(start, span.tokenStart)]!.oStart, tokens[Math.max(end, span.tokenEnd) - 1]!.oEnd)],
        };
        if (referred?.unsure) fact.review = { unsure: true, reason: 'its organisation is read from a possessive pronoun (its, ها), and the sentences before name several bodies or the post is of a unit inside one; check it' };
        // An Arabic title's English forms come from a table: only a minister's, and a spokesperson's or a
        // governor's of a body named or resolved, have one English word each. A head («رئيس») is also a
        // chairman or a president, and a director («مدير») a head or a manager: those stay unsure.
        else if (ctx.lang === 'ar' && title.entry.role !== 'minister' && !(organisation && SURE_AR_ROLES.has(role))) fact.review = { unsure: true, reason: 'the English forms of the title are built from a table; check them' };
        ctx.out.posts.push(fact as never);
        const principal = !organisation && (deputy >= 0 || title.entry.role === 'deputy-head') ? possessorOfDeputy(ctx, start) : -1;
        if (principal >= 0 && ctx.people[principal] !== person) deputies.push([fact, principal]);
        if (owner ?? party ?? (referred && !referred.unsure ? referred.id : undefined)) drawMembership(ctx, String(person.fact.id), (owner ?? party ?? referred?.id)!, fact.evidence as DrawnEvidence[]);
        // A player or a member of a named club or party belongs to it (لاعب نادي X, عضو حزب X).
        else if (organisation && (title.entry.role === 'player' || title.entry.role === 'member')) drawMembership(ctx, String(person.fact.id), organisation, fact.evidence as DrawnEvidence[]);
      }
    }
  });
  for (const [fact, principal] of deputies) principalOrganisation(ctx, fact, String(ctx.people[principal]!.fact.id));
  drawRoyalPosts(ctx);
}

/**
 * Roles of an Arabic title whose English forms are sure when the post's body is named or resolved
 * (المتحدثة باسم هيئة …, محافظ البنك المركزي, رئيس مجلس إدارة الشركة: the chairman of its board,
 * which the table reads only from the whole «رئيس مجلس الإدارة», never from «رئيس» alone; الرئيس
 * التنفيذي للصندوق, its chief executive, and its deputy's «نائب الرئيس التنفيذي»).
 */
const SURE_AR_ROLES = new Set(['spokesperson', 'governor', 'chairman', 'chief-executive']);

/**
 * The body of the title joined after a title in apposition that names none: "co-founder and
 * director of the Harbour Watch Institute", «المؤسس المشارك ومدير مرصد …»; both are posts at it.
 * The next title must follow right after this one's words (`end`), or after its "and".
 */
function joinedTitleBody(ctx: DrawContext, next: ['before' | 'after', TitleMatch] | undefined, end: number, nameStart: number): string | undefined {
  if (!next || next[0] !== 'after' || !(next[1].start === end || (next[1].start === end + 1 && ctx.tokens[end]!.key === 'and'))) return undefined;
  const extent = titleExtent(ctx, 'after', next[1], nameStart);
  for (let k = extent.start; k < extent.end; k++) {
    const organisation = organisationAt(ctx, k);
    if (organisation) return organisation;
  }
  return undefined;
}

/** Gives a deputy's post the organisation of its principal's one current post of a body, if there is one. */
function principalOrganisation(ctx: DrawContext, fact: Record<string, unknown>, principal: string): void {
  const bodies = new Set(ctx.out.posts.filter((post) => post.holder === principal && post.organisation && post.status !== 'former').map((post) => String(post.organisation)));
  if (bodies.size === 1) fact.organisation = [...bodies][0];
}
