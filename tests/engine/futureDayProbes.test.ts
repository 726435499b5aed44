/**
 * Sentence probes written by the lead before the change they test: a weekday of a statement whose
 * article sentence also dates something weeks away. In the invented AP story of
 * tests/engine/fixtures/drawProbes/anchovy-closure.en.txt, Chile's fisheries service announces on
 * Tuesday 9 June a closure "that will begin on July 1": a draft's "announced on Tuesday" restates
 * that sentence, but its bare weekday cannot be the 1 July start, three weeks after the article's
 * date. The closure's own day is still checked, and so are the days the article gives for this week.
 */
import { probe, type Probe } from './drawProbeChecks';

const ANCHOVY: Probe[] = [
  { sentence: "Chile's fisheries service announced on Tuesday a three-month closure of the anchovy fishery off Antofagasta." },
  { sentence: 'أعلنت هيئة مصايد الأسماك في تشيلي يوم الثلاثاء إغلاق مصايد الأنشوفة قبالة أنتوفاغاستا لمدة ثلاثة أشهر.' },
  { sentence: 'The three-month closure of the anchovy fishery off Antofagasta will begin on August 1.', rule: 'event-date' },
  { sentence: 'The three-month closure of the anchovy fishery off Antofagasta will begin on July 1.' },
  { sentence: 'Talks with the industry ended on Sunday without agreement.', rule: 'event-date' },
  { sentence: 'Talks with the industry ended on Monday without agreement.' },
  { sentence: 'Conapach said its members would protest on Friday in Antofagasta.', rule: 'event-date' },
  { sentence: 'Conapach said its members would protest on Thursday in Antofagasta.' },
  // A day weeks away whose weekday the article gives is still compared with a bare weekday.
  { sentence: 'Iturra said the hake fishery off Coquimbo would close for six weeks from Tuesday.', rule: 'event-date' },
  { sentence: 'Iturra said the hake fishery off Coquimbo would close for six weeks from Monday.' },
  // A cut announced on Tuesday that takes effect on 1 July: the Arabic draft's day stands right after
  // the cut's word (an English event's Arabic trigger), and is still the announcement's, not the 1 July start's.
  { sentence: 'Chile on Tuesday cut the jack mackerel quota by 30 per cent.' },
  { sentence: 'وخفضت تشيلي يوم الثلاثاء حصة صيد سمك الماكريل بنسبة 30 في المئة.' },
  { sentence: 'Chile cut the jack mackerel quota by 30 per cent from August 1.', rule: 'event-date' },
];

for (const item of ANCHOVY) probe('anchovy-closure.en.txt', item);
