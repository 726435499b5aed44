/**
 * Sentence probes against the fact bases drawn from three invented English wire stories of
 * tests/engine/fixtures/drawProbes, written by helper drawen17 before the drawing changes they test:
 * a WHO warning on measles in the Sahel (`sahel-measles.en.txt`), Ghana's central bank holding its
 * rate (`ghana-rates.en.txt`) and a tree-planting drive in Malawi (`malawi-trees.en.txt`). The
 * posts and figures are invented. They hold what drawing an English article still left out or drew
 * wrong: a minister of a joined portfolio written before the name (Forests and Environment
 * Minister), drawn as the last half only, so that a draft's true "Forests Minister" was a wrong post;
 * counts with two words before their noun (72 severely malnourished children), not drawn, or drawn
 * with the first noun (1,200 newly displaced families as "displaced"); and a lower-case body in a
 * possessive (the central bank's governor), which left the governor's post without its bank. Wrong
 * sentences change one figure or one post; the true ones restate the article in other words.
 */
import { probe, type Probe } from './drawProbeChecks';

const TREES: Probe[] = [
  { sentence: 'Forests Minister Owen Chomanika said 45 million seedlings had been raised.' },
  { sentence: 'Environment Minister Owen Chomanika told the crowd in Dedza that every village must plant.' },
  { sentence: 'Owen Chomanika, the minister of forests and environment, spoke in Dedza.' },
  { sentence: "Malawi's Forests and Environment Minister, Owen Chomanika, launched the campaign." },
  { sentence: 'Agriculture Minister Owen Chomanika said 45 million seedlings had been raised.', rule: 'post-holder' },
  { sentence: 'Finance Minister Owen Chomanika launched the campaign on Friday.', rule: 'post-holder' },
  { sentence: 'قال وزير الغابات والبيئة أوين تشومانيكا إن الوزارة أعدت 45 مليون شتلة.' },
  { sentence: 'قال وزير البيئة أوين تشومانيكا إن الوزارة أعدت 45 مليون شتلة.' },
  { sentence: 'قال وزير الغابات أوين تشومانيكا إن الوزارة أعدت 45 مليون شتلة.' },
  { sentence: 'قال وزير الزراعة أوين تشومانيكا إن الوزارة أعدت 45 مليون شتلة.', rule: 'post-holder' },
  { sentence: 'Tione Kamanga, country director at Oxfam, said farmers would be paid.', rule: 'post-holder' },
  { sentence: "WeForest's country director Tione Kamanga said 5,000 farmers would be paid." },
  { sentence: 'Tione Kamanga, who runs WeForest in Malawi, said 5,000 farmers would be paid.' },
  { sentence: 'Cyclone Freddy left 569,000 internally displaced people in 2023.', rule: 'quantity' },
  { sentence: 'Cyclone Freddy left 659,000 people internally displaced in 2023.' },
];

const RATES: Probe[] = [
  { sentence: 'Finance Minister Cassiel Ato Forson said the government would cut spending.' },
  { sentence: 'Cassiel Ato Forson, the finance minister, said spending would be cut next year.' },
  { sentence: 'Economic Planning Minister Cassiel Ato Forson said spending would be cut.' },
  { sentence: 'Trade Minister Cassiel Ato Forson said the government would cut spending.', rule: 'post-holder' },
  { sentence: 'Health Minister Cassiel Ato Forson said the government would cut spending.', rule: 'post-holder' },
  { sentence: 'Bank of Ghana governor Johnson Asiama said inflation had slowed to 17.4 per cent.' },
  { sentence: 'Central bank governor Johnson Asiama told reporters in Accra that inflation was easing.' },
  { sentence: 'Johnson Asiama, the governor of the Ghana Cocoa Board, said inflation was easing.', rule: 'post-holder' },
  { sentence: 'Johnson Asiama, the Ghana Cocoa Board governor, said inflation was easing.', rule: 'post-holder' },
  { sentence: "The Bank of Ghana's governor, Johnson Asiama, said inflation had slowed." },
  { sentence: "Ghana's central bank governor Johnson Asiama said the cedi remained vulnerable." },
  { sentence: 'The cedi traded at 10.9 to the dollar on Wednesday.' },
];

const MEASLES: Probe[] = [
  { sentence: 'In Niger, health workers treated 27 severely malnourished children for measles in November.', rule: 'quantity' },
  { sentence: 'In Niger, health workers treated 27 newly malnourished children in November.', rule: 'quantity' },
  { sentence: 'In Niger, health workers treated 72 severely malnourished children for measles in November.' },
  { sentence: 'Conflict and funding cuts have left millions of children in the Sahel unvaccinated.' },
  { sentence: 'Severely malnourished children are more likely to die of measles, health workers said.' },
  { sentence: 'In Tillaberi, 72 malnourished children were treated for measles complications.' },
  { sentence: 'Some 2,100 newly displaced families had arrived in Mopti since October.', rule: 'quantity' },
  { sentence: 'Some 1,200 displaced families had reached Mopti since October.' },
  { sentence: 'About 1,200 newly displaced families have arrived in Mopti, MSF said.' },
  { sentence: 'The campaign is aimed at 5 million children under five.', rule: 'quantity' },
  { sentence: 'Niger will vaccinate 3 million children under five from Dec 15.' },
  { sentence: 'Christos Christou, the WHO director general, visited Mali last month.', rule: 'post-holder' },
  { sentence: 'Christos Christou, director general of the World Health Organization, visited Mali.', rule: 'post-holder' },
  { sentence: 'MSF director general Christos Christou visited Mali last month.' },
  { sentence: 'Christos Christou, the director general of Doctors Without Borders, visited Mali last month.' },
  { sentence: 'Medecins Sans Frontieres chief Christos Christou visited Mali last month.' },
  { sentence: 'Sania Nishtar, the chief executive of UNICEF, said the alliance would release funds.', rule: 'post-holder' },
  { sentence: 'UNICEF chief executive Sania Nishtar said the alliance would release $18 million.', rule: 'post-holder' },
  { sentence: 'Gavi chief executive Sania Nishtar said the alliance would release $18 million.' },
  { sentence: 'Sania Nishtar, who heads Gavi, said the alliance would release $18 million.' },
  { sentence: "The WHO's regional director for Africa, Mohamed Janabi, said cases had more than doubled." },
  { sentence: 'Janabi, the WHO regional director, spoke to reporters in Dakar.' },
];

// Traps for a joined portfolio: a body named by one word after "the" before "and" (the Treasury and
// Health Minister Wes Streeting) is no portfolio of the minister; a list with commas (Culture, Media
// and Sport Secretary) is one portfolio, whose every part a draft may name.
const MINISTERS: Probe[] = [
  { sentence: 'Health Minister Wes Streeting met hospital chiefs on Monday.' },
  { sentence: 'Education Minister Wes Streeting met hospital chiefs on Monday.', rule: 'post-holder' },
  { sentence: 'Culture Secretary Lisa Nandy said the plan would cost 2 billion pounds.' },
  { sentence: 'Lisa Nandy, the sport secretary, said the plan would cost 2 billion pounds.' },
  { sentence: 'Home Secretary Lisa Nandy said the plan would cost 2 billion pounds.', rule: 'post-holder' },
  { sentence: 'Energy Secretary Ed Miliband said the government would act.' },
  { sentence: 'Business Secretary Ed Miliband said the government would act.', rule: 'post-holder' },
];

// Traps for a body after a seat in -based: a person named by a nationality (a Nairobi-based Kenyan
// analyst, a London-based Ugandan) is no body.
const SEATS: Probe[] = [
  { sentence: 'Peter Mwangi, a Kenyan analyst, said the talks could resume.' },
  { sentence: 'A Ugandan in London, Tom Okello, said aid was slow.' },
  { sentence: 'Jane Roberts, a UN official in Geneva, said 40 trucks of aid had crossed.' },
  { sentence: 'Jane Roberts, a UN official in Geneva, said 14 trucks of aid had crossed.', rule: 'quantity' },
];

// A ministry written in lower case (Niger's health ministry, the health ministry's spokesman), drawn
// as no body before, so that its spokesman's post had none and a draft moving him to another ministry passed.
const MINISTRY: Probe[] = [
  { sentence: 'Idrissa Maiga, a spokesman for the interior ministry, said health workers had been sent.', rule: 'post-holder' },
  { sentence: 'قال المتحدث باسم وزارة الداخلية إدريسا مايغا إن 300 عامل صحي أرسلوا إلى المنطقة.', rule: 'post-holder' },
  { sentence: 'Interior Minister Garba Hakimi said the government would buy 2 million doses.', rule: 'post-holder' },
  { sentence: 'Health ministry spokesman Idrissa Maiga said 300 health workers had been sent to Tillaberi.' },
  { sentence: "Idrissa Maiga, spokesman for Niger's Ministry of Health, said 300 health workers had been sent." },
  { sentence: 'قال المتحدث باسم وزارة الصحة إدريسا مايغا إن 300 عامل صحي أرسلوا إلى المنطقة.' },
  { sentence: 'The Ministry of Health said the government would buy 2 million doses.' },
  { sentence: 'Health Minister Garba Hakimi said the government would buy 2 million doses.' },
  { sentence: 'The interior ministry said police would help with the vaccination drive.' },
  { sentence: 'The education ministry said schools would stay open.' },
];

for (const p of MINISTRY) probe('niger-ministry.en.txt', p);
for (const p of SEATS) probe('seat-traps.en.txt', p);
for (const p of MINISTERS) probe('uk-ministers.en.txt', p);
for (const p of TREES) probe('malawi-trees.en.txt', p);
for (const p of RATES) probe('ghana-rates.en.txt', p);
for (const p of MEASLES) probe('sahel-measles.en.txt', p);
