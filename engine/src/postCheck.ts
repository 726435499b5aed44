/**
 * Compares the titles and organisations a draft gives known people with the posts and
 * affiliations of the fact base. Shared by the rules `post-holder` (wrong post, wrong holder of a
 * post) and `affiliation` (a person or group tied to the wrong organisation), which report the
 * part of the result that is theirs.
 */
import type { Analysis, Token } from './analysis';
import { tokenLang } from './analysis';
import { nameKeys, stems, tokenStems, type Entity, type KnowledgeIndex } from './knowledge';
import { mentionAt, mentions, type Mention } from './mentions';
import { titles, titlesOf, unknownNameAt, nationalityOf, FILLER, type Title } from './titles';
import { LED_BY, NATIONALITIES, ROLE_FAMILY, TITLE_HEADS } from './lexicon/words';
import type { Draft } from './findingBuilder';
import type { Affiliation, Organisation, Post } from './factBase/schema';
import { nameIn } from './names';

/** Organisation kinds whose membership is an affiliation rather than a post. */
const POLITICAL_KINDS = new Set(['movement', 'faction', 'bloc', 'alliance', 'party', 'coalition']);

const cache = new WeakMap<Analysis, WeakMap<KnowledgeIndex, { role: Draft[]; affiliation: Draft[] }>>();

/** Runs the comparison once per draft and returns the findings of both categories. */
export function postFindings(analysis: Analysis, knowledge: KnowledgeIndex): { role: Draft[]; affiliation: Draft[] } {
  let perKnowledge = cache.get(analysis);
  if (!perKnowledge) {
    perKnowledge = new WeakMap();
    cache.set(analysis, perKnowledge);
  }
  const cached = perKnowledge.get(knowledge);
  if (cached) return cached;
  const result = { role: [] as Draft[], affiliation: [] as Draft[] };
  if (knowledge.posts.length > 0 || knowledge.affiliations.length > 0) compute(analysis, knowledge, result);
  perKnowledge.set(knowledge, result);
  return result;
}

function orgChain(knowledge: KnowledgeIndex, key: string): string[] {
  const chain: string[] = [];
  let current: Entity | undefined = knowledge.entity(key);
  for (let depth = 0; current && depth < 8; depth++) {
    chain.push(current.key);
    current = knowledge.resolve(current, (current.fact as Organisation).parent);
  }
  return chain;
}

/** Whether organisation mention `mentioned` is `expected`, one of its parents or one of its wings. */
function sameOrRelated(knowledge: KnowledgeIndex, mentioned: string, expected: string): boolean {
  const up = orgChain(knowledge, expected);
  if (up.some((key) => knowledge.same(key, mentioned))) return true;
  const down = orgChain(knowledge, mentioned);
  return down.some((key) => knowledge.same(key, expected));
}

const CONTENT_SKIP = new Set([...FILLER, 'city', 'country', 'town', 'their', 'النيابيه', 'البرلمانيه', 'البرلمان', 'parliamentary', 'parliament', 'parliaments', 'iraqs', 'الشعبي', 'العام']);

function contentTokens(tokens: Token[], from: number, to: number): Token[] {
  const out: Token[] = [];
  for (let k = from; k < to; k++) {
    const token = tokens[k]!;
    if (token.script === 'other' || token.script === 'digit') continue;
    if (CONTENT_SKIP.has(token.key) || nationalityOf(token)) continue;
    if (token.key.length < 2) continue;
    out.push(token);
  }
  return out;
}

function keySet(texts: string[]): Set<string> {
  const set = new Set<string>();
  for (const text of texts) for (const key of nameKeys(text)) {
    set.add(key);
    for (const { stem } of stems(key)) set.add(stem);
    if (key.endsWith('s')) set.add(key.slice(0, -1));
  }
  return set;
}

function inSet(set: Set<string>, token: Token): boolean {
  if (set.has(token.key)) return true;
  // The article may be left off or put on a name: «صادقون» for الصادقون.
  if (set.has('ال' + token.key) || (token.key.startsWith('ال') && set.has(token.key.slice(2)))) return true;
  for (const { stem } of tokenStems(token)) if (set.has(stem)) return true;
  return set.has(token.key.replace(/s$/, ''));
}

function nationalityWord(country: string, draftToken: Token, analysis: Analysis, lang: 'ar' | 'en'): string {
  const forms = NATIONALITIES[country];
  if (!forms) return country;
  if (lang === 'en') return country === 'US' ? 'US' : forms.en[0]![0]!.toUpperCase() + forms.en[0]!.slice(1);
  const written = analysis.text.slice(draftToken.oStart, draftToken.oEnd);
  const feminine = /[ةه]$/.test(draftToken.key) || /ة$/.test(written);
  const definite = draftToken.key.startsWith('ال');
  const word = feminine ? forms.ar.f : forms.ar.m;
  return definite ? word : word.replace(/^ال/, '');
}

function compute(analysis: Analysis, knowledge: KnowledgeIndex, result: { role: Draft[]; affiliation: Draft[] }): void {
  const tokens = analysis.tokens;
  const all = mentions(analysis, knowledge);
  const people = all.filter((mention) => mention.kind === 'person');
  const allTitles = titles(analysis, knowledge);
  const seen = new Set<string>();
  const push = (category: 'role' | 'affiliation', draft: Omit<Draft, 'ruleId'>) => {
    const key = `${draft.range.start}:${draft.range.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    result[category].push({ ...draft, ruleId: category === 'role' ? 'post-holder' : 'affiliation' });
  };

  // 1. Titles given to known people.
  const nonPeople = all.filter((mention) => mention.kind !== 'person');
  for (const person of people) {
    const posts = (knowledge.postsByHolder.get(person.entity) ?? []) as Entity<Post>[];
    if (posts.length === 0) continue;
    const personFact = knowledge.entity(person.entity)!;
    const affiliations = knowledge.affiliationsByMember.get(person.entity) ?? [];
    const attached = titlesOf(analysis, allTitles, person, people, nonPeople);
    const mentionedOrgs = new Set(attached.flatMap((title) => title.organisations.map((org) => org.entity)));
    for (const title of attached) {
      if (title.former) continue;
      const lang = tokenLang(analysis, tokens[title.headStart]!);
      const evidence = posts.flatMap((post) => knowledge.evidenceOf(post.key));
      const personName = { ar: knowledge.canonicalName(person.entity, 'ar'), en: knowledge.canonicalName(person.entity, 'en') };
      const family = title.family;
      const familyPosts = posts.filter((post) => ROLE_FAMILY[post.fact.role] === family);
      const representsOrgs = affiliations.filter((a) => a.fact.relation === 'represents' || a.fact.relation === 'leads' || a.fact.relation === 'member-of');
      if (familyPosts.length === 0) {
        const deputy = posts.find((post) => ROLE_FAMILY[post.fact.role] === 'deputy');
        const leads = posts.find((post) => ROLE_FAMILY[post.fact.role] === 'leads');
        const headStart = tokens[title.headStart]!.oStart;
        const headEnd = tokens[title.headEnd - 1]!.oEnd;
        const actual = analysis.text.slice(headStart, headEnd);
        if (family === 'leads' && deputy) {
          // "deputy" goes in the title's own language (a sentence may mix both), and is a fix only
          // when the result is a deputy title isnad reads ("نائب رئيس", not "نائب الأمين العام") and
          // the title names the deputy post's organisation, or none ("deputy secretary-general of
          // Asa'ib" is as wrong for the deputy head of the PMF). Found by tests/robustness: these
          // fixes did not remove their finding.
          const expected = (title.lang === 'ar' ? 'نائب ' : 'deputy ') + actual;
          const deputyOrg = knowledge.resolve<Organisation>(deputy, deputy.fact.organisation);
          const readsAsDeputy = TITLE_HEADS.some(
            (head) => head.family === 'deputy' && head.lang === title.lang && head.words.length === title.head.words.length + 1 && title.head.words.every((word, i) => head.words[i + 1] === word),
          );
          const fixable =
            readsAsDeputy && (title.organisations.length === 0 || (!!deputyOrg && title.organisations.every((mention) => sameOrRelated(knowledge, mention.entity, deputyOrg.key))));
          push('role', {
            range: { start: headStart, end: Math.max(headEnd, tokens[Math.max(title.specEnd, title.headEnd) - 1]!.oEnd) },
            lang,
            message: {
              ar: `المنصب خاطئ: ${personName.ar} هو ${nameIn(deputy.fact.title, 'ar')} بحسب المقال، لا «${actual}».`,
              en: `Wrong post: according to the article ${personName.en} is ${nameIn(deputy.fact.title, 'en')}, not "${actual}".`,
            },
            actual,
            expected: fixable ? expected : undefined,
            fix: fixable ? { text: expected, range: { start: headStart, end: headEnd } } : undefined,
            factId: deputy.id,
            evidence: knowledge.evidenceOf(deputy.key),
          });
        } else if (family === 'deputy' && leads) {
          push('role', {
            range: { start: headStart, end: headEnd },
            lang,
            message: {
              ar: `المنصب خاطئ: ${personName.ar} هو ${nameIn(leads.fact.title, 'ar')} بحسب المقال، لا «${actual}».`,
              en: `Wrong post: according to the article ${personName.en} is ${nameIn(leads.fact.title, 'en')}, not "${actual}".`,
            },
            actual,
            factId: leads.id,
            evidence: knowledge.evidenceOf(leads.key),
          });
        } else if (sameOrgPost(knowledge, title, posts, tokens)) {
          // The right organisation with the wrong post: "رئيس لجنة الأمن والدفاع" for a member.
          const post = sameOrgPost(knowledge, title, posts, tokens)!;
          const expectedHead = post.fact.title[lang][0]!.split(/\s+/)[0]!;
          push('role', {
            range: { start: headStart, end: headEnd },
            lang,
            message: {
              ar: `المنصب خاطئ: ${personName.ar} ${nameIn(post.fact.title, 'ar')} بحسب المقال، لا «${actual}».`,
              en: `Wrong post: according to the article ${personName.en} is ${nameIn(post.fact.title, 'en')}, not "${actual}".`,
            },
            actual,
            expected: expectedHead,
            fix: lang === 'ar' ? { text: expectedHead } : undefined,
            factId: post.id,
            evidence: knowledge.evidenceOf(post.key),
          });
        } else if (['minister', 'spokesperson', 'ambassador', 'charge', 'adviser'].includes(family) && !(family === 'minister' && title.head.words[0] === 'secretary')) {
          const post = posts[0]!;
          push('role', {
            range: { start: tokens[title.start]!.oStart, end: tokens[title.end - 1]!.oEnd },
            lang,
            message: {
              ar: `المنصب خاطئ: ${personName.ar} هو ${nameIn(post.fact.title, 'ar')} بحسب المقال.`,
              en: `Wrong post: according to the article ${personName.en} is ${nameIn(post.fact.title, 'en')}.`,
            },
            actual: analysis.text.slice(tokens[title.start]!.oStart, tokens[title.end - 1]!.oEnd),
            factId: post.id,
            evidence: knowledge.evidenceOf(post.key),
          });
        }
        // Other organisations in such a title are judged below all the same.
      }
      const candidatePosts = familyPosts.length > 0 ? familyPosts : [];
      // Organisations named in the title.
      for (const org of title.organisations) {
        if (org.kind !== 'organisation') continue;
        const expectedOrgs = [
          ...posts.map((post) => post.fact.organisation).filter((id): id is string => !!id).map((id) => knowledge.resolve(posts[0]!, id)?.key).filter((key): key is string => !!key),
          ...representsOrgs.map((a) => knowledge.resolve(a, a.fact.organisation)?.key).filter((key): key is string => !!key),
        ];
        if (expectedOrgs.length === 0) continue;
        // Leading a parent body is another post: the commander of the Quds Force is not the
        // commander of the whole Revolutionary Guard. Naming the parent beside the right body
        // (قائد فيلق القدس في الحرس الثوري) is fine.
        const leadsParentOnly =
          (family === 'leads' || family === 'deputy') &&
          candidatePosts.length > 0 &&
          candidatePosts.every((post) => {
            const own = knowledge.resolve(post, post.fact.organisation)?.key;
            return !!own && !knowledge.same(own, org.entity) && orgChain(knowledge, own).slice(1).some((key) => knowledge.same(key, org.entity)) && !title.organisations.some((other) => knowledge.same(other.entity, own));
          });
        if (!leadsParentOnly && expectedOrgs.some((expected) => sameOrRelated(knowledge, org.entity, expected))) continue;
        // Country-level organisations (a nationality's government) are not contradictions, nor is
        // a parliament a post is held in.
        const orgFact = knowledge.entity<Organisation>(org.entity)?.fact;
        if (orgFact && (orgFact.kind === 'parliament' || orgFact.kind === 'government')) continue;
        const familyOrgs = (candidatePosts.length > 0 ? candidatePosts : posts).map((post) => knowledge.resolve<Organisation>(post, post.fact.organisation)).filter((e): e is Entity<Organisation> => !!e);
        const unmentioned = familyOrgs.filter((e) => ![...mentionedOrgs].some((m) => sameOrRelated(knowledge, m, e.key)));
        const representOrgs = representsOrgs.map((a) => knowledge.resolve<Organisation>(a, a.fact.organisation)).filter((e): e is Entity<Organisation> => !!e);
        const expected = unmentioned[0] ?? (family === 'representative' ? representOrgs[0] : undefined) ?? familyOrgs[0] ?? representOrgs[0];
        if (!expected) continue;
        const category = POLITICAL_KINDS.has(expected.fact.kind) || (orgFact && POLITICAL_KINDS.has(orgFact.kind)) ? 'affiliation' : 'role';
        const actual = analysis.text.slice(org.start, org.end);
        // The replacement is written in the title's language (a sentence may mix both), and is a
        // fix only when it makes the whole title right: the organisation of a post of the title's
        // kind, or of an affiliation when the person holds no such post. Replacing the organisation
        // of "PMF deputy chief Matt Miller" or "عضو لجنة الأمن والدفاع النيابية ميلر" left a wrong
        // title, and the finding, in place (found by tests/robustness).
        const expectedName = nameFitting(knowledge, expected.key, title.lang, tokens[org.tokenStart - 1]);
        const ownOrg = (entities: readonly Entity<Organisation>[]) => entities.some((entity) => knowledge.same(entity.key, expected.key));
        const relationOfFamily: Record<string, string> = { member: 'member-of', representative: 'represents', leads: 'leads' };
        const postOrgs = (list: readonly Entity<Post>[]) => list.map((post) => knowledge.resolve<Organisation>(post, post.fact.organisation)).filter((e): e is Entity<Organisation> => !!e);
        const completes =
          candidatePosts.length > 0
            ? ownOrg(postOrgs(candidatePosts))
            : // A post held there takes precedence: "عضو وزارة الخارجية" is still wrong for its spokesman.
              !ownOrg(postOrgs(posts)) &&
              ownOrg(
                representsOrgs
                  .filter((a) => a.fact.relation === relationOfFamily[family])
                  .map((a) => knowledge.resolve<Organisation>(a, a.fact.organisation))
                  .filter((e): e is Entity<Organisation> => !!e),
              );
        push(category, {
          range: { start: org.start, end: org.end },
          lang,
          message:
            category === 'affiliation'
              ? {
                  ar: `انتماء خاطئ: ${personName.ar} مرتبط بـ«${knowledge.canonicalName(expected.key, 'ar')}» بحسب المقال، لا بـ«${actual}».`,
                  en: `Wrong affiliation: according to the article ${personName.en} is tied to ${knowledge.canonicalName(expected.key, 'en')}, not ${actual}.`,
                }
              : {
                  ar: `المنصب خاطئ: ${personName.ar} يتبع «${knowledge.canonicalName(expected.key, 'ar')}» بحسب المقال، لا «${actual}».`,
                  en: `Wrong post: according to the article ${personName.en}'s post is at ${knowledge.canonicalName(expected.key, 'en')}, not ${actual}.`,
                },
          actual,
          expected: expectedName,
          fix: completes ? { text: expectedName } : undefined,
          factId: expected.id,
          evidence: [...knowledge.evidenceOf(expected.key), ...evidence].slice(0, 3),
        });
      }
      if (candidatePosts.length === 0) continue;
      // Nationality: السفيرة البريطانية for the US ambassador.
      if (title.nationality) {
        const countries = new Set(candidatePosts.map((post) => post.fact.country).filter(Boolean));
        if (countries.size > 0 && !countries.has(title.nationality.country)) {
          const country = [...countries][0]!;
          const token = tokens[title.nationality.token]!;
          const actual = analysis.text.slice(token.oStart, token.oEnd);
          const expected = nationalityWord(country, token, analysis, lang);
          push('role', {
            range: { start: token.oStart, end: token.oEnd },
            lang,
            message: {
              ar: `المنصب خاطئ: ${personName.ar} ${nameIn(candidatePosts[0]!.fact.title, 'ar')} بحسب المقال، والصفة «${actual}» لا تطابقه.`,
              en: `Wrong post: according to the article ${personName.en} is ${nameIn(candidatePosts[0]!.fact.title, 'en')}; "${actual}" does not match.`,
            },
            actual,
            expected,
            fix: { text: expected },
            factId: candidatePosts[0]!.id,
            evidence: knowledge.evidenceOf(candidatePosts[0]!.key),
          });
        }
      }
      // The specifier's own words (portfolio, committee, bloc) when no organisation was recognised.
      const bodyOnly = title.organisations.every((org) => ['parliament', 'government'].includes(knowledge.entity<Organisation>(org.entity)?.fact.kind ?? ''));
      if (bodyOnly && title.specEnd > title.specStart) {
        const content = contentTokens(tokens, title.specStart, title.specEnd).filter((token) => !title.organisations.some((org) => token.index >= org.tokenStart && token.index < org.tokenEnd));
        if (content.length === 0) continue;
        const allowed = keySet(
          candidatePosts.flatMap((post) => {
            const org = knowledge.resolve<Organisation>(post, post.fact.organisation);
            const parents = org ? orgChain(knowledge, org.key).map((key) => knowledge.entity<Organisation>(key)!.fact) : [];
            return [...post.fact.title.ar, ...post.fact.title.en, ...parents.flatMap((p) => [...p.names.ar, ...p.names.en])];
          }),
        );
        const headKeys = new Set(title.head.words);
        const unknown = content.filter((token) => !inSet(allowed, token) && !headKeys.has(token.key));
        if (unknown.length === 0) continue;
        // Only a specifier that shares its frame with the fact (same kind noun, or a portfolio)
        // and differs in the rest is a contradiction.
        const shared = content.filter((token) => inSet(allowed, token));
        if (family !== 'minister' && shared.length === 0) continue;
        const first = unknown[0]!;
        const last = unknown[unknown.length - 1]!;
        // Keep the run contiguous.
        if (last.index - first.index + 1 > unknown.length + 1) continue;
        const actual = analysis.text.slice(first.oStart, last.oEnd);
        const post = candidatePosts[0]!;
        const expectedWords = expectedSpecifier(post, lang, title, knowledge, new Set(shared.map((token) => token.key)));
        push(POLITICAL_KINDS.has(knowledge.resolve<Organisation>(post, post.fact.organisation)?.fact.kind ?? '') ? 'affiliation' : 'role', {
          range: { start: first.oStart, end: last.oEnd },
          lang,
          message: {
            ar: `المنصب خاطئ: ${personName.ar} ${nameIn(post.fact.title, 'ar')} بحسب المقال، لا «${actual}».`,
            en: `Wrong post: according to the article ${personName.en} is ${nameIn(post.fact.title, 'en')}, not "${actual}".`,
          },
          actual,
          expected: expectedWords,
          fix: expectedWords ? { text: expectedWords } : undefined,
          factId: post.id,
          evidence: knowledge.evidenceOf(post.key),
        });
      }
    }
  }

  // 2. A title whose holder the fact base knows, given to someone else.
  for (const title of allTitles) {
    if (title.former || title.specEnd <= title.specStart) continue;
    const lang = tokenLang(analysis, tokens[title.headStart]!);
    let after = title.end;
    while (after < tokens.length && tokens[after]!.sentence === tokens[title.headStart]!.sentence && (FILLER.has(tokens[after]!.key) || nationalityOf(tokens[after])) && after - title.end < 2) after++;
    if (title.lang === 'en') after = title.headEnd;
    // The holder's name follows the title in its sentence; a title that ends a paragraph does not
    // name the first words of the next one (found by tests/robustness).
    if (tokens[after]?.sentence !== tokens[title.headStart]!.sentence) continue;
    const name = unknownNameAt(analysis, after, all);
    if (!name) continue;
    const matching = (knowledge.postsByTitleWord.get(title.head.words[0]!) ?? []).filter((post) => {
      if (ROLE_FAMILY[post.fact.role] !== title.family) return false;
      // The title's own head word must be one the post is called by (a US "Defense Secretary"
      // is not the Iraqi "Defence Minister").
      const titleWords = keySet([...post.fact.title.ar, ...post.fact.title.en]);
      if (!title.head.words.every((word) => titleWords.has(word) || [...titleWords].some((w) => stems(w).some((s) => s.stem === word)))) return false;
      if (post.fact.role === 'member' || post.fact.role === 'representative') return false;
      if (title.nationality && post.fact.country && post.fact.country !== title.nationality.country) return false;
      const org = knowledge.resolve<Organisation>(post, post.fact.organisation);
      if (title.organisations.length > 0) return !!org && title.organisations.every((mention) => sameOrRelated(knowledge, mention.entity, org.key));
      const content = contentTokens(tokens, title.specStart, title.specEnd);
      if (content.length === 0) return false;
      const allowed = keySet([...post.fact.title.ar, ...post.fact.title.en, ...(org ? [...org.fact.names.ar, ...org.fact.names.en] : [])]);
      return content.every((token) => inSet(allowed, token) || title.head.words.includes(token.key));
    });
    if (matching.length !== 1) continue;
    const post = matching[0]!;
    if (!title.nationality && post.fact.country) {
      // Without a nationality, a country named just before the title may point elsewhere
      // (نظيره الأمريكي وزير الدفاع …).
      let other = false;
      for (let k = Math.max(0, title.start - 6); k < title.start; k++) {
        const country = nationalityOf(tokens[k]);
        if (tokens[k]!.sentence === tokens[title.start]!.sentence && country && country !== post.fact.country) other = true;
      }
      if (other) continue;
    }
    const start = tokens[name.tokenStart]!.oStart;
    const end = tokens[name.tokenEnd - 1]!.oEnd;
    const holder = knowledge.resolve(post, post.fact.holder);
    if (!holder) continue;
    const expected = knowledge.canonicalName(holder.key, lang);
    const actual = analysis.text.slice(start, end);
    push('role', {
      range: { start, end },
      lang,
      message: {
        ar: `صاحب المنصب خاطئ: ${nameIn(post.fact.title, 'ar')} هو ${knowledge.canonicalName(holder.key, 'ar')} بحسب المقال، لا «${actual}».`,
        en: `Wrong holder: according to the article the ${nameIn(post.fact.title, 'en')} is ${knowledge.canonicalName(holder.key, 'en')}, not ${actual}.`,
      },
      actual,
      expected,
      fix: { text: expected },
      factId: post.id,
      evidence: knowledge.evidenceOf(post.key),
    });
  }

  // 3. "ORG led by P" / "ORG بزعامة P".
  const titleByStart = new Map<number, Title>();
  for (const title of allTitles) {
    if (!titleByStart.has(title.start)) titleByStart.set(title.start, title);
    if (!titleByStart.has(title.headStart)) titleByStart.set(title.headStart, title);
  }
  const ledBy = new Set(LED_BY);
  for (const org of all) {
    if (org.kind !== 'organisation') continue;
    let k = org.tokenEnd;
    if (tokens[k] && tokens[k]!.key === 'led' && tokens[k + 1]?.key === 'by') k += 2;
    else if (tokens[k] && ledBy.has(tokens[k]!.key)) k += 1;
    else if (tokens[k] && (tokens[k]!.key === 'headed') && tokens[k + 1]?.key === 'by') k += 2;
    else continue;
    if (!tokens[k] || tokens[k]!.sentence !== tokens[org.tokenStart]!.sentence) continue;
    const leaders = knowledge.postsAt(org.entity).filter((post) => ROLE_FAMILY[post.fact.role] === 'leads');
    if (leaders.length === 0) continue;
    // "led by Defence Minister X": the name follows the title.
    const titleAt = titleByStart.get(k);
    if (titleAt) k = Math.max(titleAt.end, titleAt.headEnd);
    while (tokens[k] && nationalityOf(tokens[k])) k++;
    const atK = mentionAt(all, k);
    const person = atK && atK.kind === 'person' && atK.tokenStart === k ? atK : undefined;
    const name = person ? { tokenStart: person.tokenStart, tokenEnd: person.tokenEnd } : unknownNameAt(analysis, k, all);
    if (!name) continue;
    if (person && leaders.some((post) => knowledge.same(knowledge.resolve(post, post.fact.holder)?.key ?? '', person.entity))) continue;
    const lang = tokenLang(analysis, tokens[k]!);
    const leader = knowledge.resolve(leaders[0]!, leaders[0]!.fact.holder);
    if (!leader) continue;
    const start = person ? person.start : tokens[name.tokenStart]!.oStart;
    const end = person ? person.end : tokens[name.tokenEnd - 1]!.oEnd;
    const actual = analysis.text.slice(start, end);
    const expected = knowledge.canonicalName(leader.key, lang);
    push('affiliation', {
      range: { start, end },
      lang,
      message: {
        ar: `انتماء خاطئ: يتزعم «${knowledge.canonicalName(org.entity, 'ar')}» ${knowledge.canonicalName(leader.key, 'ar')} بحسب المقال، لا ${actual}.`,
        en: `Wrong affiliation: according to the article ${knowledge.canonicalName(org.entity, 'en')} is led by ${knowledge.canonicalName(leader.key, 'en')}, not ${actual}.`,
      },
      actual,
      expected,
      fix: { text: expected },
      factId: leaders[0]!.id,
      evidence: knowledge.evidenceOf(leaders[0]!.key),
    });
  }

  // 4. Groups tied to the wrong organisation: سياسيون شيعة ينتمون إلى «التيار الصدري».
  for (const group of all) {
    if (group.kind !== 'group') continue;
    const entity = knowledge.entity(group.entity)!;
    const belongs: Entity<Affiliation>[] = knowledge.affiliationsByMember.get(entity.key) ?? [];
    if (belongs.length === 0) continue;
    let org: Mention | undefined;
    for (let k = group.tokenEnd; k <= group.tokenEnd + 3 && !org; k++) {
      const candidate = mentionAt(all, k);
      if (candidate && candidate.kind === 'organisation' && candidate.tokenStart >= group.tokenEnd && tokens[candidate.tokenStart]!.sentence === tokens[group.tokenStart]!.sentence) org = candidate;
    }
    if (!org) continue;
    // An organisation named inside a title is the title's ("… State Department spokesman Matthew
    // Miller", "… رئيس كتلة «الصادقون»"), not the group's affiliation: taking it for the group's
    // gave a fix that left the finding in place, now about the person (found by tests/robustness).
    const inTitle = org;
    if (allTitles.some((title) => inTitle.tokenStart >= Math.min(title.start, title.specStart) && inTitle.tokenEnd <= Math.max(title.end, title.specEnd))) continue;
    const expected = belongs.map((a) => knowledge.resolve(a, a.fact.organisation)).filter((e): e is Entity => !!e);
    if (expected.some((e) => sameOrRelated(knowledge, org.entity, e.key))) continue;
    const lang = tokenLang(analysis, tokens[org.tokenStart]!);
    const actual = analysis.text.slice(org.start, org.end);
    const expectedName = knowledge.canonicalName(expected[0]!.key, lang);
    push('affiliation', {
      range: { start: org.start, end: org.end },
      lang,
      message: {
        ar: `انتماء خاطئ: ${knowledge.canonicalName(group.entity, 'ar')} ينتمون إلى «${knowledge.canonicalName(expected[0]!.key, 'ar')}» بحسب المقال، لا «${actual}».`,
        en: `Wrong affiliation: according to the article the ${knowledge.canonicalName(group.entity, 'en')} belong to ${knowledge.canonicalName(expected[0]!.key, 'en')}, not ${actual}.`,
      },
      actual,
      expected: expectedName,
      fix: { text: expectedName },
      factId: belongs[0]!.id,
      evidence: knowledge.evidenceOf(belongs[0]!.key),
    });
  }
}

/** A post of the person at the organisation the title names, when the title's kind of post differs. */
function sameOrgPost(knowledge: KnowledgeIndex, title: Title, posts: Entity<Post>[], tokens: Token[]): Entity<Post> | undefined {
  if (title.family !== 'leads' && title.family !== 'member' && title.family !== 'deputy') return undefined;
  for (const post of posts) {
    if (ROLE_FAMILY[post.fact.role] === title.family) continue;
    const org = knowledge.resolve<Organisation>(post, post.fact.organisation);
    if (!org) continue;
    if (title.organisations.some((mention) => knowledge.same(mention.entity, org.key))) return post;
    const content = contentTokens(tokens, title.specStart, title.specEnd);
    if (content.length >= 2) {
      const allowed = keySet([...org.fact.names.ar, ...org.fact.names.en]);
      if (content.every((token) => inSet(allowed, token))) return post;
    }
  }
  return undefined;
}

/**
 * The expected organisation's name that fits where the draft wrote the wrong one: without a kind
 * noun the draft already has before it (كتلة «بدر» → الصادقون, not كتلة الصادقون).
 */
function nameFitting(knowledge: KnowledgeIndex, key: string, lang: 'ar' | 'en', before: Token | undefined): string {
  const names = (knowledge.entity<Organisation>(key)?.fact.names[lang] ?? []) as string[];
  if (before) {
    const previous = tokenStems(before).map((s) => s.stem);
    const fitting = names.filter((name) => {
      const first = nameKeys(name)[0] ?? '';
      return !previous.includes(first);
    });
    const reduced = names.map((name) => {
      const keys = nameKeys(name);
      return previous.includes(keys[0] ?? '') ? name.split(/\s+/).slice(1).join(' ') : undefined;
    }).find((name): name is string => !!name && name.length > 0);
    if (reduced) return reduced;
    if (fitting[0]) return fitting[0];
  }
  return knowledge.canonicalName(key, lang);
}

/** The words of the post's title that differ from the title head: الدفاع for وزير الدفاع. */
function expectedSpecifier(post: Entity<Post>, lang: 'ar' | 'en', title: Title, knowledge: KnowledgeIndex, shared: Set<string>): string | undefined {
  const head = new Set(title.head.words);
  for (const form of post.fact.title[lang]) {
    const words = form.split(/\s+/).map((word) => word.replace(/[«»"“”]/g, '')).filter(Boolean);
    const keys = words.map((word) => nameKeys(word)[0] ?? '');
    const rest = words.filter((_, index) => !head.has(keys[index]!) && !FILLER.has(keys[index]!) && !shared.has(keys[index]!) && !CONTENT_SKIP.has(keys[index]!));
    if (rest.length > 0 && rest.length < words.length) return rest.join(' ');
  }
  const org = knowledge.resolve<Organisation>(post, post.fact.organisation);
  return org?.fact.names[lang][0];
}
