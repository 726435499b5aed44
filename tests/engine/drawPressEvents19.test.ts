/**
 * Probes for statements dated with their occasion, written before the drawing change they test:
 * "told reporters in Carlisle on Tuesday afternoon", "told a news conference in Penrith", «في مؤتمر
 * صحفي عقده في عمّان أمس الأربعاء», «في ندوة صحفية الأحد الماضي». Editors name such an event by the
 * occasion (told reporters, news conference, مؤتمر صحفي), and a draft restates it with those words
 * in either language; drawing gave the event no trigger, so the draft's day was never compared.
 * Traps: the day of a reported clause after "that" or «إن» is not the occasion's, and a true day is
 * not flagged.
 */
import { probe } from './drawProbeChecks';

for (const item of [
  // Flagged already in the article's language, through the sentence the draft restates.
  { sentence: 'Helen Dace told reporters in Carlisle on Wednesday that work would begin in the spring.', rule: 'event-date' },
  { sentence: 'The minister told a news conference on Monday that work would begin in the spring.', rule: 'event-date' },
  // In the other language only a trigger ties the day to the event.
  { sentence: 'قالت وزيرة البيئة هيلين داس للصحفيين يوم الاثنين إن العمل سيبدأ في الربيع.', rule: 'event-date' },
  { sentence: 'وقالت الوزيرة في مؤتمر صحفي يوم الاثنين إن العمل سيبدأ في الربيع.', rule: 'event-date' },
  { sentence: 'وقالت داس للصحفيين يوم الثلاثاء إن العمل سيبدأ في الربيع.' },
  // True restatements and traps.
  { sentence: 'Helen Dace told reporters in Carlisle on Tuesday that work would begin in the spring.' },
  { sentence: 'Tom Rigg told reporters that the river peaked on Sunday night.' },
  { sentence: 'The minister told reporters that work would begin in the spring.' },
]) probe('press-briefing.en.txt', item);

for (const item of [
  { sentence: 'وأعلن وزير المياه رائد أبو السعود في مؤتمر صحفي يوم الثلاثاء إطلاق الخطة.', rule: 'event-date' },
  { sentence: 'Water Minister Raed Abu al-Saud told a news conference in Amman on Thursday that the plan would cut losses.', rule: 'event-date' },
  { sentence: 'The minister told reporters on Tuesday that the plan would cut losses.', rule: 'event-date' },
  { sentence: 'The minister told a news conference on Wednesday that the plan would cut losses.' },
  // True restatements and traps.
  { sentence: 'وأعلن وزير المياه رائد أبو السعود في مؤتمر صحفي يوم الأربعاء إطلاق الخطة.' },
  { sentence: 'وقال عمر سلامة في ندوة صحفية الأحد إن نسبة الفاقد بلغت 46 في المئة.' },
  { sentence: 'وقال الوزير في مؤتمر صحفي إن الخطة ستكتمل بحلول عام 2030.' },
]) probe('press-conference.ar.txt', item);
