/**
 * Rule `name-spelling`: a known person's name written with a changed letter or syllable
 * ("ثامر العباسي" for ثابت العباسي, "Mathew Millar" for Matthew Miller). Near misses are found
 * by similarity against the fact base's names, never from a list of wrong forms; accepted
 * spellings and transliterations listed in the fact base are never flagged. The fix keeps the
 * writer's clitics (وثامر → وثابت) by replacing only the name.
 *
 * A name with one part replaced by another name ("ناصف ساويرس" for نجيب ساويرس) is flagged only
 * where the draft ties it to the known person: their title from the fact base next to it, or a
 * sentence restating the article sentence that names them (a relative or a namesake elsewhere is
 * not flagged).
 *
 * A near miss of the Arabic spellings drawing guessed for an English article's name, or another
 * family name given to such a person (الحداد for a drawn هاداد), is reported as advice (information
 * level) only while nobody has reviewed the person (the fact still marked unsure): writers' usual
 * spelling (الزعبي) often differs from the guess (الزوبي).
 */
import type { Rule } from './rule';
import { mentions } from '../mentions';
import { nameKeys, namesGuessed } from '../knowledge';
import { tokenLang } from '../analysis';
import type { Person } from '../factBase/schema';
import { changedName, misspeltName } from '../messages';
import { changedNames } from './names/changedPart';
import { mixesListedSpellings } from './names/mixedSpellings';

export const nameSpelling: Rule = {
  id: 'name-spelling',
  category: 'name',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    en: 'A known person\'s name is misspelt or altered.',
    ar: 'اسم شخص معروف مكتوب بشكل خاطئ أو محرّف.',
  },
  check({ analysis, knowledge, report }) {
    for (const mention of mentions(analysis, knowledge)) {
      if (!mention.misspelt) continue;
      const person = knowledge.entity<Person>(mention.entity);
      if (!person) continue;
      // Listed spellings mixed word by word are the person's name (names/mixedSpellings.ts).
      if (mixesListedSpellings(person, analysis.tokens.slice(mention.tokenStart, mention.tokenEnd).map((token) => token.key))) continue;
      const lang = tokenLang(analysis, analysis.tokens[mention.tokenStart]!);
      const expected = mention.form.form;
      const actual = analysis.text.slice(mention.start, mention.end);
      report({
        ruleId: 'name-spelling',
        range: { start: mention.start, end: mention.end },
        lang,
        message: misspeltName({ person: knowledge.personNames(person.key), actual }),
        actual,
        expected,
        fix: { text: expected },
        factId: person.id,
        evidence: knowledge.evidenceOf(person.key),
        // A near miss of the one or two Arabic spellings drawing guessed for an English article's
        // name, still unreviewed, is more often the spelling writers use (الزعبي for a guessed
        // الزوبي) than a misspelling: it only advises. English spellings guessed for an Arabic name
        // are many, and read by their consonants already, so a near miss of them (Essam for Assem)
        // stays an error; so does any near miss once an editor has reviewed the person.
        advisory: mention.form.lang === 'ar' && namesGuessed(knowledge, person.key, 'ar'),
      });
    }
    for (const name of changedNames(analysis, knowledge)) {
      const actual = analysis.text.slice(name.start, name.end);
      const entity = knowledge.entity<Person>(name.entity);
      if (!entity) continue;
      const lang = tokenLang(analysis, analysis.tokens[name.tokenStart]!);
      report({
        ruleId: 'name-spelling',
        range: { start: name.start, end: name.end },
        lang,
        message: changedName({ person: knowledge.personNames(entity.key), actual }),
        actual,
        expected: name.expected,
        fix: { text: name.expected },
        factId: entity.id,
        evidence: knowledge.evidenceOf(entity.key),
        // The family name of an English article's Arab name is spelt in Arabic letters by rule (its
        // given name comes from a table): another family name there (الحداد for a drawn هاداد) is
        // more often the usual spelling than another person, and only advises.
        advisory: lang === 'ar' && namesGuessed(knowledge, entity.key, 'ar') && nameKeys(actual).at(-1) !== nameKeys(name.expected).at(-1),
      });
    }
  },
};
