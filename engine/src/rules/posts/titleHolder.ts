/**
 * `post-holder`: a title whose holder the fact base knows, given to someone else ("وزير الدفاع
 * العراقي خالد العبيدي" when the article's defence minister is another man).
 */
import { tokenLang, type Analysis, type Token } from '../../analysis';
import { dates } from '../../extract/dates';
import { nameKeys, namesGuessed, stems, type Entity, type KnowledgeIndex } from '../../knowledge';
import { unknownNameAt, nationalityOf, FILLER } from '../../titles';
import { ROLE_FAMILY } from '../../lexicon/words';
import type { Organisation, Person, Post } from '../../factBase/schema';
import { contentTokens, inSet, keySet, sameOrRelated, withPortfolioWords, type PostContext } from './context';
import { canonicalNames } from '../../names';
import { wrongHolder } from '../../messages';
import { titleAccepts } from './titleAccepts';

/**
 * Whether a post is held at the time a draft sentence speaks of: not a former post, and not one
 * taken after a date the sentence names (the home secretary "in April 2022" was someone else).
 */
export function heldThen(analysis: Analysis, post: Entity<Post>, sentence: number): boolean {
  if (post.fact.status === 'former' || post.fact.until) return false;
  const since = post.fact.since;
  if (!since) return true;
  const before = (year: number, month?: number) => year < since.year || (year === since.year && month !== undefined && since.month !== undefined && month < since.month);
  return !dates(analysis).some((date) => date.year && analysis.tokens[date.tokenStart]!.sentence === sentence && before(date.year.value, date.month?.value));
}

/**
 * Whether the title starting at token `start` is set off by a comma right after a known person's
 * name ("Helen Marsh, health spokesperson, Liberal Democrats"; «هند الزعبي، عضو لجنة …»): it is
 * that person's, in apposition, and the words after it name no other holder.
 */
function inAppositionAfterPerson(ctx: PostContext, start: number): boolean {
  const { analysis, tokens, people } = ctx;
  if (start === 0) return false;
  return people.some((person) => person.tokenEnd === start && /^\s*[,،]\s*$/.test(analysis.text.slice(tokens[start - 1]!.oEnd, tokens[start]!.oStart)));
}

/** Checks the name after each title the fact base gives to exactly one known holder. */
export function checkTitleHolders(ctx: PostContext): void {
  const { analysis, knowledge, tokens, all, allTitles } = ctx;
  for (const title of allTitles) {
    // A staff title (a manager, «مسؤول») is held by many people of an organisation: another
    // name after it is no wrong holder.
    if (title.former || title.specEnd <= title.specStart || title.family === 'staff') continue;
    const lang = tokenLang(analysis, tokens[title.headStart]!);
    let after = title.end;
    while (after < tokens.length && tokens[after]!.sentence === tokens[title.headStart]!.sentence && (FILLER.has(tokens[after]!.key) || nationalityOf(tokens[after])) && after - title.end < 2) after++;
    if (title.lang === 'en') after = title.headEnd;
    // The holder's name follows the title in its sentence; a title that ends a paragraph does not
    // name the first words of the next one (found by tests/robustness).
    if (tokens[after]?.sentence !== tokens[title.headStart]!.sentence || inAppositionAfterPerson(ctx, title.start)) continue;
    const name = unknownNameAt(analysis, after, all);
    if (!name) continue;
    const matching = (knowledge.postsByTitleWord.get(title.head.words[0]!) ?? []).filter((post) => {
      if (!titleAccepts(title.family, ROLE_FAMILY[post.fact.role]) || !heldThen(analysis, post, tokens[title.headStart]!.sentence)) return false;
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
      const allowed = withPortfolioWords(keySet([...post.fact.title.ar, ...post.fact.title.en, ...(org ? [...org.fact.names.ar, ...org.fact.names.en] : [])]));
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
    const holder = knowledge.resolve(post, post.fact.holder);
    if (holder && holdersName(knowledge, holder.key, tokens.slice(name.tokenStart, name.tokenEnd))) continue;
    const start = tokens[name.tokenStart]!.oStart;
    const end = tokens[name.tokenEnd - 1]!.oEnd;
    pushWrongHolder(ctx, post, start, end, lang, !!holder && mayBeGuessedHolder(knowledge, holder.key, tokens[name.tokenStart]!, lang));
  }
}

/**
 * Whether a draft's name after a title may be its holder spelt otherwise than drawing guessed: the
 * holder's Arabic names were spelt by rule from an English article, and the draft's given name is
 * the holder's (taken from a table, not guessed), so only the family name differs («هالة البطاينة»
 * for a drawn «هالة باتين»). Another name after the title then only advises; another given name
 * («طارق الصباغ» for «يوسف هاداد») is another person. The many English spellings guessed for an
 * Arabic name are no such guess (see name-spelling).
 */
function mayBeGuessedHolder(knowledge: KnowledgeIndex, holderKey: string, given: Token, lang: 'ar' | 'en'): boolean {
  if (lang !== 'ar' || !namesGuessed(knowledge, holderKey, 'ar')) return false;
  const names = knowledge.entity<Person>(holderKey)?.fact.names.ar ?? [];
  return names.some((name) => nameKeys(name)[0] === given.key);
}

/**
 * Whether a draft's name is one of the holder's names written with its parts joined or split
 * otherwise: a compound given name is written both ways («عبدالله» and «عبد الله», Abdulrahman and
 * Abdul Rahman), and either is the holder, not someone else. A name with its middle parts left out
 * (the father's name of «سامر عادل نصار» in «سامر نصار», an English middle name) is the holder too.
 */
function holdersName(knowledge: KnowledgeIndex, holderKey: string, nameTokens: readonly Token[]): boolean {
  const keys = nameTokens.map((token) => token.key);
  const written = keys.join('');
  const fact = knowledge.entity<Person>(holderKey)?.fact;
  if (!fact) return false;
  const forms = [...fact.names.ar, ...fact.names.en, ...(fact.short?.ar ?? []), ...(fact.short?.en ?? [])];
  return forms.some((form) => nameKeys(form).join('') === written || withoutMiddle(nameKeys(form), keys));
}

/** Whether `keys` are the first and the last of a longer name's `parts` and some of those between, in order. */
function withoutMiddle(parts: readonly string[], keys: readonly string[]): boolean {
  if (keys.length < 2 || parts.length <= keys.length) return false;
  if (parts[0] !== keys[0] || parts[parts.length - 1] !== keys[keys.length - 1]) return false;
  let at = 1;
  for (const key of keys.slice(1, -1)) {
    while (at < parts.length - 1 && parts[at] !== key) at++;
    if (at >= parts.length - 1) return false;
    at++;
  }
  return true;
}

/**
 * Reports the name at `start`–`end` as the wrong holder of `post`, with the post's holder as the
 * fix; nothing when the fact base names no holder. Shared by the unknown-name check here and the
 * known-name check of personTitles.ts.
 */
export function pushWrongHolder(ctx: PostContext, post: Entity<Post>, start: number, end: number, lang: 'ar' | 'en', advisory = false): void {
  const { analysis, knowledge, push } = ctx;
  const holder = knowledge.resolve(post, post.fact.holder);
  if (!holder) return;
  const expected = knowledge.canonicalName(holder.key, lang);
  const actual = analysis.text.slice(start, end);
  push('role', {
    range: { start, end },
    lang,
    message: wrongHolder({ title: canonicalNames(post.fact.title, post.id), holder: knowledge.personNames(holder.key), actual }),
    actual,
    expected,
    fix: { text: expected },
    factId: post.id,
    evidence: knowledge.evidenceOf(post.key),
    advisory,
  });
}
