/**
 * Rule `affiliation`: a person or group tied to the wrong movement, faction, bloc or camp
 * ("رئيس كتلة «بدر»" for the head of the Sadiqoun bloc, "Asa'ib Ahl al-Haq, led by Abu Alaa
 * al-Walaei", "سياسيون شيعة ينتمون إلى «التيار الصدري»").
 */
import type { Rule } from './rule';
import { postFindings } from '../postCheck';

export const affiliation: Rule = {
  id: 'affiliation',
  category: 'affiliation',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    en: 'A person or group is tied to the wrong organisation, faction, bloc or camp.',
    ar: 'شخص أو جماعة نُسبا إلى منظمة أو فصيل أو كتلة أو تيار غير الصحيح.',
  },
  check({ analysis, knowledge, report }) {
    for (const draft of postFindings(analysis, knowledge).affiliation) report(draft);
  },
};
