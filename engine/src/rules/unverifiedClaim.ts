/**
 * Rule `unverified-claim`: claims the fact base can neither support nor contradict, reported as
 * notes for a writer who wants to know what isnad could not check: a person the article does not
 * name given a title (US Defense Secretary Lloyd Austin), and a quotation of four words or more
 * that matches nothing the article quotes. Off by default (`isnad.noteLevel` in VS Code,
 * `"unverified-claim": "info"` in `.isnadrc.json`); it never reports a contradiction.
 */
import type { Rule } from './rule';
import { titles, unknownNameAt, nationalityOf, FILLER } from '../titles';
import { mentions } from '../mentions';
import { quoteMatches, quotationTokens } from '../quotes';
import { tokenLang } from '../analysis';
import { postFindings } from '../postCheck';
import { unverifiedQuote, unverifiedTitle } from '../messages';

export const unverifiedClaim: Rule = {
  id: 'unverified-claim',
  category: 'unverified',
  defaultSeverity: 'off',
  fixable: false,
  description: {
    en: 'A claim the fact base can neither support nor contradict (a note, off by default).',
    ar: 'ادعاء لا تؤكده قاعدة الحقائق ولا تنفيه (ملاحظة، معطّلة افتراضيًا).',
  },
  check({ analysis, knowledge, report }) {
    const tokens = analysis.tokens;
    const all = mentions(analysis, knowledge);
    const contradicted = postFindings(analysis, knowledge);
    const flagged = [...contradicted.role, ...contradicted.affiliation];
    for (const title of titles(analysis, knowledge)) {
      let after = title.lang === 'en' ? title.headEnd : title.end;
      while (after < tokens.length && (FILLER.has(tokens[after]!.key) || nationalityOf(tokens[after])) && after - title.end < 2) after++;
      const name = unknownNameAt(analysis, after, all);
      if (!name) continue;
      const start = tokens[name.tokenStart]!.oStart;
      const end = tokens[name.tokenEnd - 1]!.oEnd;
      if (flagged.some((draft) => draft.range.start < end && start < draft.range.end)) continue;
      const lang = tokenLang(analysis, tokens[name.tokenStart]!);
      const who = analysis.text.slice(start, end);
      const what = analysis.text.slice(tokens[title.start]!.oStart, tokens[Math.max(title.end, title.headEnd) - 1]!.oEnd);
      report({
        ruleId: 'unverified-claim',
        range: { start, end },
        lang,
        message: unverifiedTitle({ who, title: what }),
        actual: who,
        evidence: [],
      });
    }
    const matched = new Set(quoteMatches(analysis, knowledge).map((match) => match.quotation.index));
    for (const quotation of analysis.quotations) {
      if (matched.has(quotation.index)) continue;
      const words = quotationTokens(analysis, quotation);
      if (words.length < 4 || words[0]!.script !== 'ar' || knowledge.quotes.length === 0) continue;
      const lang = tokenLang(analysis, words[0]!);
      report({
        ruleId: 'unverified-claim',
        range: { start: quotation.start, end: quotation.end },
        lang,
        message: unverifiedQuote(),
        actual: analysis.text.slice(quotation.start, quotation.end),
        evidence: [],
      });
    }
  },
};
