/**
 * Years after a semicolon, probed by helper occasions25 before the change that reads them. A draft
 * sentence that names a year none of its article sentences gives speaks of another occasion, and its
 * places are not compared with the article's; but a year told in a part of the sentence that a
 * semicolon sets off ("… the rapid bus route to Merthyr Tydfil; the route first opened in 2019") is
 * that part's time, not the time of a place in another part. Articles: a Cardiff council budget that
 * extends a rapid bus route to Caerphilly (`bus-route-cardiff.en.txt`) and a Jordanian budget that
 * widens the road to Madaba (`road-madaba.ar.txt`), both invented.
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const BUS = 'bus-route-cardiff.en.txt';
const ROAD = 'road-madaba.ar.txt';

/** What the wrong places before a semicolon wait for. */
const SEMICOLON = 'a year after a semicolon is read as the time of the whole sentence, which then speaks of another occasion';

const PROBES: RuleProbe[] = [
  // A wrong place before a semicolon, with a year of another time after it.
  { file: BUS, sentence: '£6.1m – to extend the rapid bus route to Merthyr Tydfil; the route first opened in 2019.', flagged: 'Merthyr Tydfil', todo: SEMICOLON },
  { file: ROAD, sentence: 'وخصصت الموازنة 14 مليون دينار لتوسيع الطريق إلى السلط؛ وكان الطريق قد افتتح عام 2015.', flagged: 'السلط', todo: SEMICOLON },
  // The same wrong places without the year, which were flagged already.
  { file: BUS, sentence: 'The budget sets aside £6.1 million to extend the rapid bus route to Merthyr Tydfil.', flagged: 'Merthyr Tydfil' },
  { file: ROAD, sentence: 'وخصصت الموازنة 14 مليون دينار لتوسيع الطريق إلى السلط.', flagged: 'السلط' },
  // The right place, with the year after a semicolon.
  { file: BUS, sentence: '£6.1m – to extend the rapid bus route to Caerphilly; the route first opened in 2019.' },
  { file: ROAD, sentence: 'وخصصت الموازنة 14 مليون دينار لتوسيع الطريق إلى مادبا؛ وكان الطريق قد افتتح عام 2015.' },
  // A year in the place's own part still makes it another occasion.
  { file: BUS, sentence: 'In 2019 the council extended the rapid bus route to Merthyr Tydfil.' },
  { file: BUS, sentence: 'The route reached Merthyr Tydfil in 2019; the budget sets aside £6.1 million to extend the rapid bus route.' },
  { file: ROAD, sentence: 'وفي عام 2015 وسعت الوزارة الطريق إلى السلط.' },
  { file: ROAD, sentence: 'ووصل الطريق إلى السلط عام 2015؛ وخصصت الموازنة 14 مليون دينار لتوسيعه.' },
];

for (const one of PROBES) ruleProbe('event-place', one);
