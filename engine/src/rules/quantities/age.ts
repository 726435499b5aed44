/**
 * `quantity`, ages: a known person's present age, stated in the draft ("Smith, 55, said", «فلان
 * (55 عاماً)», "the 55-year-old Smith"; see `extract/ages.ts`), that differs from the age the
 * article gives, as a quantity with `unit: "age"` whose subject is that person or as the person's
 * own `age`. The age is tied to the name it stands beside, or to the name whose title it follows
 * ("Smith, the health minister, 54,", «فلان، وزير الصحة، البالغ 54 عاماً»), never to another name of
 * the sentence, and a person whose age the fact base does not give is never compared. An age at
 * death ("died at 90", «توفي عن 90 عاماً») is compared the same way, and its message says so.
 *
 * The comparison is strict: the article's age is the person's age on the day it was published,
 * and a draft written after a birthday that gives one year more is reported too (the fact base
 * cannot say when the birthday falls).
 */
import type { Analysis } from '../../analysis';
import { tokenLang } from '../../analysis';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Person } from '../../factBase/schema';
import type { Draft } from '../../findingBuilder';
import { agePhrases, personNounKind, unnamedAges, type AgePhrase, type UnnamedAge } from '../../extract/ages';
import { triggerHits } from '../../events';
import { restatesEvidence } from '../../align';
import { fold } from '../../text/normalise';
import { tokenKey } from '../../tokenKey';
import type { Quantity } from '../../factBase/schema';
import { mentions, type Mention } from '../../mentions';
import { titles, titlesOf } from '../../titles';
import { englishNumberWords, wrongAge, wrongEventAge } from '../../messages';
import { ARABIC_UNITS } from '../../lexicon/numbers';

/** A person's age in the fact base, with the fact that gives it. */
interface KnownAge {
  value: number;
  /** The key of the fact: the age quantity, or the person. */
  factKey: string;
  factId: string;
}

const known = new WeakMap<KnowledgeIndex, Map<string, KnownAge>>();

/** The ages the fact bases give, by person key: age quantities first, then people's `age`. */
function knownAges(knowledge: KnowledgeIndex): Map<string, KnownAge> {
  let ages = known.get(knowledge);
  if (ages) return ages;
  ages = new Map();
  for (const quantity of knowledge.quantities) {
    if (quantity.fact.unit !== 'age') continue;
    const subject = knowledge.resolve(quantity, quantity.fact.subject);
    if (subject?.kind === 'person' && !ages.has(subject.key)) ages.set(subject.key, { value: quantity.fact.value, factKey: quantity.key, factId: quantity.id });
  }
  for (const entity of knowledge.entities.values()) {
    if (entity.kind !== 'person') continue;
    const person = (entity as Entity<Person>).fact;
    if (person.age !== undefined && !person.review?.unsure && !ages.has(entity.key)) ages.set(entity.key, { value: person.age, factKey: entity.key, factId: entity.id });
  }
  known.set(knowledge, ages);
  return ages;
}

/** The person an age phrase belongs to: the name right before it, or the name it stands before. */
function personOf(phrase: AgePhrase, byEnd: Map<number, Mention>, byStart: Map<number, Mention>): Mention | undefined {
  if (phrase.attach === 'after') return byEnd.get(phrase.nameEnd);
  // The nearest name within the title words the phrase allows ("the 54-year-old former minister Smith").
  for (let k = phrase.nameFrom; k <= phrase.nameTo; k++) {
    const mention = byStart.get(k);
    if (mention) return mention;
  }
  return undefined;
}

/**
 * Ties the end of a title chain after a name to that name ("Smith, the health minister, | 54", «فلان،
 * وزير الصحة، | البالغ 54 عاماً»): an age after the title is the named person's. Only a title the
 * apposition chain of `titles.ts` attaches after the name counts, and only where no name ends there
 * and the person's age does not stand right after the name already.
 */
function addTitleEnds(analysis: Analysis, knowledge: KnowledgeIndex, people: readonly Mention[], all: readonly Mention[], byEnd: Map<number, Mention>): void {
  const allTitles = titles(analysis, knowledge);
  if (allTitles.length === 0) return;
  const places = all.filter((mention) => mention.kind === 'place');
  const owners = new Map<number, Mention | null>();
  // A person whose age stands right after the name («فلان (58 عاماً)، المدير السابق، خمس سنوات»)
  // has it there: a span of years after the title is something else (a sentence, a term).
  const agedNames = new Set(agePhrases(analysis).filter((phrase) => phrase.attach === 'after').map((phrase) => phrase.nameEnd));
  for (const person of people) {
    if (agedNames.has(person.tokenEnd)) continue;
    for (const title of titlesOf(analysis, allTitles, person, people, places)) {
      if (title.start < person.tokenEnd) continue;
      const end = Math.max(title.end, title.headEnd);
      // Two people whose titles end at the same token: the age is neither's.
      owners.set(end, owners.has(end) && owners.get(end) !== person ? null : person);
    }
  }
  for (const [end, person] of owners) if (person && !byEnd.has(end)) byEnd.set(end, person);
}

/** Arabic year nouns as the number governs them, for the noun the draft chose (عام or سنة). */
const SANA = { one: 'سنة', two: 'سنتان', few: 'سنوات', many: 'سنة' };

/** The fact's age written in the draft's form, over the range it replaces. */
function fixFor(analysis: Analysis, phrase: AgePhrase, value: number): { text: string; start: number; end: number } {
  const number = phrase.number;
  const token = analysis.tokens[number.tokenStart]!;
  const original = analysis.text.slice(number.start, number.numberEnd ?? number.end);
  let text: string;
  if (number.style === 'en-words') {
    text = englishNumberWords(value);
    if (number.capitalised) text = text[0]!.toUpperCase() + text.slice(1);
  } else {
    text = String(value);
    if (/[\u0660-\u0669]/.test(original)) text = text.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
    // الأربعة والخمسين → الـ55.
    if (number.style === 'ar-words' && token.key.startsWith('ال')) text = 'الـ' + text;
  }
  const end = number.numberEnd ?? number.end;
  const unit = phrase.unitToken !== undefined && phrase.unitToken !== number.tokenStart ? analysis.tokens[phrase.unitToken]! : undefined;
  if (!unit || unit.script !== 'ar' || (value > 10 && phrase.value > 10)) return { text, start: number.start, end };
  // Arabic years agree with the number: عام واحد, عامان, ثمانية أعوام, 54 عاماً.
  const words = unit.key.startsWith('سن') ? SANA : ARABIC_UNITS.year;
  const noun = value === 1 ? words.one : value === 2 ? words.two : value <= 10 ? words.few : words.many;
  return { text: value <= 2 ? noun : `${text} ${noun}`, start: number.start, end: unit.oEnd };
}

/** Checks every age the draft gives a known person whose age the fact base knows. */
export function checkAges(analysis: Analysis, knowledge: KnowledgeIndex, report: (draft: Draft) => void, reported: Set<number>): void {
  const ages = knownAges(knowledge);
  if (ages.size === 0) return;
  const phrases = agePhrases(analysis);
  if (phrases.length === 0) return;
  const byEnd = new Map<number, Mention>();
  const byStart = new Map<number, Mention>();
  const all = mentions(analysis, knowledge);
  const people = all.filter((mention) => mention.kind === 'person');
  for (const mention of people) {
    byEnd.set(mention.tokenEnd, mention);
    byStart.set(mention.tokenStart, mention);
  }
  addTitleEnds(analysis, knowledge, people, all, byEnd);
  for (const phrase of phrases) {
    const person = personOf(phrase, byEnd, byStart);
    const age = person ? ages.get(person.entity) : undefined;
    if (!person || !age || age.value === phrase.value || reported.has(phrase.number.start)) continue;
    reported.add(phrase.number.start);
    const end = Math.max(phrase.number.end, analysis.tokens[phrase.unitEnd - 1]!.oEnd);
    const actual = analysis.text.slice(phrase.number.start, end);
    const fix = fixFor(analysis, phrase, age.value);
    const expected = analysis.text.slice(phrase.number.start, fix.start) + fix.text + analysis.text.slice(fix.end, Math.max(end, fix.end));
    report({
      ruleId: 'quantity',
      range: { start: phrase.number.start, end },
      lang: tokenLang(analysis, analysis.tokens[phrase.number.tokenStart]!),
      message: wrongAge({ person: knowledge.personNames(person.entity), value: age.value, actual, atDeath: phrase.atDeath }),
      actual,
      expected,
      fix: { text: fix.text, range: { start: fix.start, end: fix.end } },
      factId: age.factId,
      evidence: knowledge.evidenceOf(age.factKey),
    });
  }
}

/** The kind of person an age fact's evidence names without naming who ("A 67-year-old man"). */
function evidenceKind(fact: Quantity): string | undefined {
  for (const range of fact.evidence) {
    for (const word of fold(range.text.toLowerCase()).split(/[^\p{L}\p{N}]+/u)) {
      const kind = word ? personNounKind(tokenKey(word)) : undefined;
      if (kind) return kind;
    }
  }
  return undefined;
}

/**
 * Whether the draft's sentence of an unnamed age speaks of the age fact's event: a trigger of that
 * event within eight words of the age in its sentence ("a 76-year-old man died"), or one farther
 * in a sentence that restates the fact's evidence sentence. A sentence that restates it with no
 * trigger of the event ("a 76-year-old man was rescued from his car") speaks of someone else.
 */
function atTheEvent(analysis: Analysis, knowledge: KnowledgeIndex, fact: Entity<Quantity>, eventKey: string, age: UnnamedAge): boolean {
  const tokens = analysis.tokens;
  const sentence = tokens[age.number.tokenStart]!.sentence;
  const hits = triggerHits(analysis, knowledge).filter((hit) => tokens[hit.tokenStart]!.sentence === sentence && hit.events.some((event) => event.key === eventKey));
  if (hits.length === 0) return false;
  return hits.some((hit) => Math.abs(hit.tokenStart - age.number.tokenStart) <= 8) || restatesEvidence(analysis, knowledge, sentence, fact);
}

/**
 * Ages of people the article does not name, tied to an event (`unit: "age"` whose subject is an
 * event: "A 67-year-old man died at Proserpine"). A draft's age of a person it names by a noun only
 * ("a 76-year-old man", «رجل (76 عاماً)») is compared when its sentence speaks of that event and the
 * noun names the same kind of person as the article's (a man, not a fisherman). Never compared: an
 * age the fact base gives anyone (another person's), a person the draft names, an age in a sentence
 * about none of the event, two age facts of the event that differ.
 */
export function checkEventAges(analysis: Analysis, knowledge: KnowledgeIndex, report: (draft: Draft) => void, reported: Set<number>): void {
  const facts = knowledge.quantities.filter((q) => q.fact.unit === 'age' && !q.fact.review?.unsure && knowledge.resolve(q, q.fact.subject)?.kind === 'event');
  if (facts.length === 0) return;
  const given = new Set([...knowledge.quantities.filter((q) => q.fact.unit === 'age').map((q) => q.fact.value), ...[...knownAges(knowledge).values()].map((age) => age.value)]);
  for (const age of unnamedAges(analysis)) {
    if (given.has(age.value) || reported.has(age.number.start)) continue;
    const tied = facts.filter((fact) => {
      const kind = evidenceKind(fact.fact);
      return (!kind || kind === age.kind) && atTheEvent(analysis, knowledge, fact, knowledge.resolve(fact, fact.fact.subject)!.key, age);
    });
    if (tied.length === 0 || new Set(tied.map((fact) => fact.fact.value)).size !== 1) continue;
    const fact = tied[0]!;
    reported.add(age.number.start);
    const end = Math.max(age.number.end, analysis.tokens[age.unitEnd - 1]!.oEnd);
    const actual = analysis.text.slice(age.number.start, end);
    const fix = fixFor(analysis, age, fact.fact.value);
    const expected = analysis.text.slice(age.number.start, fix.start) + fix.text + analysis.text.slice(fix.end, Math.max(end, fix.end));
    report({
      ruleId: 'quantity',
      range: { start: age.number.start, end },
      lang: tokenLang(analysis, analysis.tokens[age.number.tokenStart]!),
      message: wrongEventAge({ event: knowledge.names(knowledge.resolve(fact, fact.fact.subject)!.key), value: fact.fact.value, actual }),
      actual,
      expected,
      fix: { text: fix.text, range: { start: fix.start, end: fix.end } },
      factId: fact.id,
      evidence: knowledge.evidenceOf(fact.key),
    });
  }
}
