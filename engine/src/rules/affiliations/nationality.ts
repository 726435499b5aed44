/**
 * `affiliation`: a person given another nationality than the fact base's, by a nationality word
 * with a noun of trade or standing right beside the name (lexicon/ties.ts): "Marco Bellini, a
 * French engineer,", "French engineer Marco Bellini", «المهندس الفرنسي ماركو بيليني», «ماركو
 * بيليني، المهندس الألماني». Only a person whose nationality the fact base gives is judged, and a
 * nationality inside a title of a post is left to the post checks (it is the post's country).
 */
import type { Token } from '../../analysis';
import type { Mention } from '../../mentions';
import type { Person } from '../../factBase/schema';
import { nationalityOf } from '../../titles';
import { NATIONALITIES } from '../../lexicon/words';
import { PERSON_DESCRIPTORS } from '../../lexicon/ties';
import { wrongPersonNationality } from '../../messages';
import { nationalityWord, type PostContext } from '../posts/context';

/** Whether a token is a noun of trade or standing (its Arabic article and و or ف stripped). */
function descriptor(token: Token | undefined): boolean {
  if (!token) return false;
  return PERSON_DESCRIPTORS.has(token.script === 'ar' ? token.key.replace(/^[وف]?(ال)?/, '') : token.key);
}

/** Whether tokens [from, to) lie in one clause of one sentence. */
function oneClause(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (!tokens[k] || tokens[k]!.clause !== tokens[from]!.clause) return false;
  return !!tokens[from];
}

/**
 * The nationality word beside a person's name with a noun of trade: before the name ("French
 * engineer P", «المهندس الفرنسي P») or set off after it ("P, a French engineer", «P، المهندس الألماني»).
 */
function nationalityBeside(ctx: PostContext, person: Mention): Token | undefined {
  const { tokens } = ctx;
  const s = person.tokenStart;
  const e = person.tokenEnd;
  const arabic = tokens[s]!.script === 'ar';
  const candidates: number[] = [];
  if (arabic) {
    // «المهندس [المعماري] الفرنسي P»; «P، المهندس [المعماري] الفرنسي».
    if (descriptor(tokens[s - 2]) || descriptor(tokens[s - 3])) candidates.push(s - 1);
    // «P، رجل الأعمال السعودي»: the noun may be the second of two words.
    if (tokens[e] && tokens[e].clause !== tokens[e - 1]!.clause && (descriptor(tokens[e]) || descriptor(tokens[e + 1]))) candidates.push(e + 1, e + 2);
  } else {
    // "French [civil] engineer P"; "P, a French [civil] engineer".
    if (descriptor(tokens[s - 1])) candidates.push(s - 2, s - 3);
    const article = tokens[e];
    if (article && ['a', 'an', 'the'].includes(article.key) && article.clause !== tokens[e - 1]!.clause && (descriptor(tokens[e + 2]) || descriptor(tokens[e + 3]))) candidates.push(e + 1);
  }
  for (const k of candidates) {
    const token = tokens[k];
    if (!token || !nationalityOf(token)) continue;
    const [from, to] = k < s ? [k, s] : [e, k + 1];
    if (oneClause(tokens, from, to)) return token;
  }
  return undefined;
}

/** Checks the nationality written beside each person whose nationality the fact base gives. */
export function checkNationalities(ctx: PostContext): void {
  const { analysis, knowledge, people, allTitles, push } = ctx;
  for (const person of people) {
    const own = knowledge.entity<Person>(person.entity)?.fact.nationality;
    if (!own || own.length === 0) continue;
    const token = nationalityBeside(ctx, person);
    const country = token && nationalityOf(token);
    if (!token || !country || own.includes(country) || !NATIONALITIES[own[0]!]) continue;
    if (allTitles.some((title) => title.nationality && token.index >= title.start && token.index < title.end)) continue;
    const lang = token.script === 'ar' ? 'ar' : 'en';
    const personName = knowledge.personNames(person.entity);
    const expected = nationalityWord(own[0]!, token, analysis, lang);
    const forms = NATIONALITIES[own[0]!]!;
    const nationality = { ar: (personName.gender === 'f' ? forms.ar.f : forms.ar.m).replace(/^ال/, ''), en: nationalityWord(own[0]!, token, analysis, 'en') };
    const actual = analysis.text.slice(token.oStart, token.oEnd);
    push('affiliation', {
      range: { start: token.oStart, end: token.oEnd },
      lang,
      message: wrongPersonNationality({ person: personName, nationality, actual }),
      actual,
      expected,
      fix: { text: expected },
      factId: knowledge.entity(person.entity)?.id,
      evidence: knowledge.evidenceOf(person.entity),
    });
  }
}
