/**
 * Rule `quote-wording`: a quotation attributed in the draft whose words differ from the
 * article's quote: a changed word ("لم تثمر الكثير" for "لم تثمر شيئا"), an added word ("واضح
 * وملزم"), or a dropped one. The draft may quote a fragment; an ellipsis or an editor's bracket
 * excuses dropped words. Quotations in a language other than the article's are translations and
 * are not compared word by word. A quotation in a sentence that restates its quote's article
 * sentence, keeping the quote's first or last words but putting others between («أولويتنا إعادة
 * فتح الطرق» for «أولويتنا توفير الخدمات الأساسية»), has its words changed too.
 */
import type { Rule } from './rule';
import { quoteMatches, quoteText, quotationTokens } from '../quotes';
import { tokenLang } from '../analysis';
import { addedToQuote, changedQuote, droppedFromQuote, remove, restore } from '../messages';

export const quoteWording: Rule = {
  id: 'quote-wording',
  category: 'quote',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    en: 'A quotation\'s words differ from what the article quotes (changed, added or dropped words).',
    ar: 'كلمات اقتباس تخالف نصّه في المقال (كلمة مبدّلة أو مضافة أو محذوفة).',
  },
  check({ analysis, knowledge, report }) {
    for (const match of quoteMatches(analysis, knowledge)) {
      const draft = quotationTokens(analysis, match.quotation);
      const lang = tokenLang(analysis, draft[0]!);
      const speaker = knowledge.resolve(match.quote, match.quote.fact.speaker);
      const speakerName = speaker ? knowledge.names(speaker.key) : { ar: match.quote.fact.speaker, en: match.quote.fact.speaker };
      const evidence = knowledge.evidenceOf(match.quote.key);
      for (const edit of match.edits) {
        const articleWords = quoteText(match, edit.quoteStart, edit.quoteEnd);
        if (edit.kind === 'changed' || edit.kind === 'added') {
          const start = draft[edit.draftStart]!.oStart;
          const end = draft[edit.draftEnd - 1]!.oEnd;
          const actual = analysis.text.slice(start, end);
          if (edit.kind === 'changed') {
            report({
              ruleId: 'quote-wording',
              range: { start, end },
              lang,
              message: changedQuote({ speaker: speakerName, articleWords, actual }),
              actual,
              expected: articleWords,
              fix: { text: articleWords },
              factId: match.quote.id,
              evidence,
            });
          } else {
            // Remove the added words with one space next to them.
            let fixStart = start;
            let fixEnd = end;
            if (analysis.text[fixEnd] === ' ') fixEnd++;
            else if (analysis.text[fixStart - 1] === ' ') fixStart--;
            report({
              ruleId: 'quote-wording',
              range: { start, end },
              lang,
              message: addedToQuote({ speaker: speakerName, actual }),
              actual,
              fix: { text: '', range: { start: fixStart, end: fixEnd }, title: remove({ text: actual }) },
              factId: match.quote.id,
              evidence,
            });
          }
        } else {
          // Dropped words: mark the draft word after the gap (or before it, at the end).
          const at = Math.min(edit.draftStart, draft.length - 1);
          const token = draft[at]!;
          const atEnd = edit.draftStart >= draft.length;
          const insertion = atEnd ? ` ${articleWords}` : `${articleWords} `;
          report({
            ruleId: 'quote-wording',
            range: { start: token.oStart, end: token.oEnd },
            lang,
            message: droppedFromQuote({ speaker: speakerName, articleWords }),
            actual: analysis.text.slice(token.oStart, token.oEnd),
            expected: articleWords,
            fix: {
              text: insertion,
              range: atEnd ? { start: token.oEnd, end: token.oEnd } : { start: token.oStart, end: token.oStart },
              title: restore({ text: articleWords }),
            },
            factId: match.quote.id,
            evidence,
          });
        }
      }
    }
  },
};
