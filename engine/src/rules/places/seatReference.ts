/**
 * An organisation a seat is given to by a noun of its kind rather than by its name: "the
 * Cardiff-based company", "the Cardiff firm", «الشركة التي تتخذ من X مقراً لها», «الوزارة، ومقرها X».
 * The noun names the one organisation of the fact base whose kind it is or whose name holds it
 * (the council, the ministry), else the one of the noun's class (a firm is a company); a noun the
 * story could mean more than one organisation by, or none, names none.
 */
import type { Analysis } from '../../analysis';
import { nameKeys, type KnowledgeIndex } from '../../knowledge';
import type { Mention } from '../../mentions';
import type { Organisation } from '../../factBase/schema';
import { CLASS_OF_KIND, ORGANISATION_REFERENCES } from '../../lexicon/organisations';

/** The Arabic clitics and article a reference noun may carry (والشركة, للوزارة), longest first. */
const ARABIC_LEADS = ['وال', 'فال', 'بال', 'لل', 'ال'];

/** The reference noun of a token key: an English noun as it is, an Arabic one without its article. */
function referenceNoun(key: string): string | undefined {
  if (ORGANISATION_REFERENCES.has(key) && /^[a-z]/.test(key)) return key;
  for (const lead of ARABIC_LEADS) if (key.startsWith(lead) && ORGANISATION_REFERENCES.has(key.slice(lead.length))) return key.slice(lead.length);
  return undefined;
}

/** The organisation the noun at token `index` refers to, as a mention over the noun. */
export function referencedAt(analysis: Analysis, knowledge: KnowledgeIndex, index: number): Mention | undefined {
  const token = analysis.tokens[index];
  const noun = token && referenceNoun(token.key);
  if (!noun) return undefined;
  const orgs: { key: string; fact: Organisation }[] = [];
  for (const entity of knowledge.entities.values()) if (entity.kind === 'organisation' && !entity.key.startsWith('lexicon:')) orgs.push(entity as { key: string; fact: Organisation });
  const hasNoun = (name: string) => nameKeys(name).some((key) => key === noun || key === 'ال' + noun);
  let found = orgs.filter((org) => org.fact.kind === noun || [...org.fact.names.ar, ...org.fact.names.en].some(hasNoun));
  if (found.length === 0) found = orgs.filter((org) => CLASS_OF_KIND[org.fact.kind] === ORGANISATION_REFERENCES.get(noun));
  if (found.length !== 1) return undefined;
  const form = knowledge.nameForms.find((candidate) => candidate.entity === found[0]!.key);
  if (!form) return undefined;
  return { kind: 'organisation', entity: form.entity, form, tokenStart: index, tokenEnd: index + 1, start: token.oStart, end: token.oEnd, misspelt: undefined, lexicon: false };
}
