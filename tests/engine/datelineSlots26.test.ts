/**
 * A lead sentence's dateline place against a place the article gives elsewhere for what the lead
 * tells, probed by helper occasions26 before the change that leaves it alone. A wire lead
 * ("PERTH, Tuesday … - Cyclone Mara crossed the coast near Karratha …, killing one man, forcing …")
 * leaves its dateline the words no other place of the sentence claims, so a draft that merges the
 * lead with the article's later sentence of the death ("A 58-year-old man died in the town of
 * Roebourne …") and writes "killing a 58-year-old man in Roebourne" was told the article says Perth.
 * Article: an invented cyclone on Western Australia's Pilbara coast (`cyclone-pilbara.en.txt`).
 * Wrong places, which must stay flagged: the death moved to the town where the article records rain.
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const PILBARA = 'cyclone-pilbara.en.txt';

const PROBES: RuleProbe[] = [
  // The lead merged with the sentence that places the death: true.
  { file: PILBARA, sentence: 'Cyclone Mara crossed the Pilbara coast near Karratha late on Monday, killing a 58-year-old man in Roebourne and forcing more than 2,100 people into evacuation centres.' },
  { file: PILBARA, sentence: 'عبر الإعصار «مارا» ساحل بيلبارا قرب كاراثا ليل الاثنين، ما أسفر عن مقتل رجل يبلغ من العمر 58 عاماً في بلدة روبورن، وإجلاء أكثر من 2100 شخص.' },
  { file: PILBARA, sentence: 'A 58-year-old man died in Roebourne when a tree fell on his car, police said.' },
  // The death moved to another town of the article.
  { file: PILBARA, sentence: 'Cyclone Mara crossed the Pilbara coast near Karratha late on Monday, killing a 58-year-old man in Dampier and forcing more than 2,100 people into evacuation centres.', flagged: 'Dampier' },
  { file: PILBARA, sentence: 'عبر الإعصار «مارا» ساحل بيلبارا قرب كاراثا ليل الاثنين، ما أسفر عن مقتل رجل يبلغ من العمر 58 عاماً في بلدة دامبير، وإجلاء أكثر من 2100 شخص.', flagged: 'دامبير' },
  { file: PILBARA, sentence: 'A 58-year-old man died in Dampier when a tree fell on his car, police said.', flagged: 'Dampier' },
];

for (const one of PROBES) ruleProbe('event-place', one);
