/**
 * `post-holder`: a title that names a public service other than the one the person's post is in
 * ("Police Commissioner" or «قائد الشرطة» for the commissioner of the fire and emergency services).
 * The services are read from the title's own words (outside the organisations it names, which
 * titleOrganisation compares) and from the post's titles and its organisation's names in both
 * languages (lexicon/services.ts). Only a title that names a service, for a post that names
 * another and not this one, is a contradiction.
 */
import { tokenStems, stems, nameKeys, type Entity, type Stem } from '../../knowledge';
import type { Mention } from '../../mentions';
import type { Title } from '../../titles';
import type { Organisation, Post } from '../../factBase/schema';
import { servicesIn } from '../../lexicon/services';
import { orgChain, wrongPostDraft, type PostContext } from './context';
import type { PersonNamed } from '../../messages';

/**
 * A word's key followed by its stems, pushed into one literal list: a list spread from one V8's
 * compiled `map` made holey has another hidden class, and threw the optimised titleService away.
 */
function keyAndStems(key: string, stemmed: readonly Stem[]): string[] {
  const out = [key];
  for (const s of stemmed) out.push(s.stem);
  return out;
}

/** The services named by a text of the fact base (a title or an organisation's name). */
function servicesOfText(text: string, into: Set<string>): void {
  const keys = nameKeys(text);
  for (const service of servicesIn(keys.length, (i) => keyAndStems(keys[i]!, stems(keys[i]!)))) into.add(service);
}

/** The services a post names: its titles, its organisation's names and those of its parents. */
function servicesOfPost(ctx: PostContext, post: Entity<Post>): Set<string> {
  const { knowledge } = ctx;
  const out = new Set<string>();
  for (const form of [...post.fact.title.ar, ...post.fact.title.en]) servicesOfText(form, out);
  const org = knowledge.resolve<Organisation>(post, post.fact.organisation);
  for (const key of org ? orgChain(knowledge, org.key) : []) {
    const fact = knowledge.entity<Organisation>(key)?.fact;
    for (const name of fact ? [...fact.names.ar, ...fact.names.en] : []) servicesOfText(name, out);
  }
  return out;
}

/**
 * Reports the title when it names a service none of the candidate posts is in, while each of them
 * names a service of its own. Returns 'other' when it reported, 'same' when the title names the
 * post's own service (its other words, such as «فرق» in «قائد فرق الإطفاء», then say nothing more
 * about the post), and 'none' when the title names no service or the post none.
 */
export function titleService(ctx: PostContext, title: Title, person: Mention, candidatePosts: readonly Entity<Post>[], personName: PersonNamed, lang: 'ar' | 'en'): 'other' | 'same' | 'none' {
  const { analysis, knowledge, tokens, push } = ctx;
  if (candidatePosts.length === 0) return 'none';
  const words: number[] = [];
  for (let k = title.start; k < title.end; k++) {
    if (k >= title.headStart && k < title.headEnd) continue;
    if (title.organisations.some((org) => k >= org.tokenStart && k < org.tokenEnd)) continue;
    words.push(k);
  }
  const named = servicesIn(words.length, (i) => {
    const token = tokens[words[i]!]!;
    return keyAndStems(token.key, tokenStems(token));
  });
  if (named.size === 0) return 'none';
  const postServices = candidatePosts.map((post) => servicesOfPost(ctx, post));
  if (postServices.some((services) => [...named].some((service) => services.has(service)))) return 'same';
  if (postServices.some((services) => services.size === 0)) return 'none';
  const post = candidatePosts[0]!;
  const start = tokens[title.start]!.oStart;
  const end = tokens[title.end - 1]!.oEnd;
  const actual = analysis.text.slice(start, end);
  const expected = fittingTitle(post, title, person, lang);
  push('role', wrongPostDraft(knowledge, post, personName, { range: { start, end }, lang, actual, expected }));
  return 'other';
}

/**
 * The post's title in the draft's language that fits where the draft wrote its own: before the
 * name, an English title ending in the head ("Fire and Emergency Services Commissioner"); else the
 * post's first title.
 */
function fittingTitle(post: Entity<Post>, title: Title, person: Mention, lang: 'ar' | 'en'): string | undefined {
  const forms = post.fact.title[lang];
  if (forms.length === 0) return undefined;
  if (lang === 'en' && title.end <= person.tokenStart) {
    const last = title.head.words[title.head.words.length - 1]!;
    const before = forms.find((form) => {
      const keys = nameKeys(form);
      return keys.length > 1 && keys[keys.length - 1] === last;
    });
    if (before) return before;
  }
  return forms[0];
}
