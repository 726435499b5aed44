/**
 * Arrival probes of helper reach22, written before its changes. An invented wire story with a
 * drawn fact base (tests/engine/fixtures/drawProbes/storm-sardinia.en.txt): a storm in Sardinia,
 * a civil protection chief's arrival in Cagliari and a ferry that docked at Palermo. A draft that
 * moves the arrival or the docking to another place must be flagged (`event-place`), whatever verb
 * of arriving it uses (reached X, docked at X, landed at X; «وصل … إلى X» in an Arabic draft),
 * and a town the gazetteer lists only with its country ("Florence, Italy": Florence is a given
 * name) is read as that town; a draft that keeps the article's place, names the island it lies on
 * or writes the town with its region after a comma must not.
 */
import { probe, type Probe } from './drawProbeChecks';

const STORM = 'storm-sardinia.en.txt';
const FERRY = 'ferry and passenger («عبارة», «راكب») are no concepts, so the Arabic sentence restates no article sentence';

const PROBES: Probe[] = [
  // The docking: another verb of arriving, another town of the country, another country.
  { sentence: 'A ferry carrying 480 passengers docked at Naples on Saturday after a night sheltering off the coast.', rule: 'event-place' },
  { sentence: 'A ferry carrying 480 passengers reached Naples on Saturday after a night sheltering off the coast.', rule: 'event-place' },
  { sentence: 'A ferry carrying 480 passengers landed at Valletta on Saturday after a night sheltering off the coast.', rule: 'event-place' },
  { sentence: 'A ferry carrying 480 passengers reached Palermo on Saturday after a night sheltering off the coast.' },
  { sentence: 'A ferry carrying 480 passengers reached Sicily on Saturday after a night sheltering off the coast.' },
  { sentence: 'A ferry carrying 480 passengers docked at Palermo on Saturday after a night sheltering off the coast.' },
  { sentence: 'Civil Protection chief Marco Lodi reached Rome on Saturday to meet rescue crews.', rule: 'event-place' },
  { sentence: 'Civil Protection chief Marco Lodi reached Cagliari on Saturday to meet rescue crews.' },
  { sentence: 'The storm reached Calabria on Saturday, the operator said.' },
  // The arrival: a town written with its country or region after a comma.
  { sentence: 'Civil Protection chief Marco Lodi arrived in Florence, Italy on Saturday to meet rescue crews.', rule: 'event-place' },
  { sentence: 'Civil Protection chief Marco Lodi arrived in Naples on Saturday to meet rescue crews.', rule: 'event-place' },
  { sentence: 'Civil Protection chief Marco Lodi arrived in Cagliari, Sardinia on Saturday to meet rescue crews.' },
  { sentence: 'Civil Protection chief Marco Lodi arrived in Cagliari on Saturday to meet rescue crews.' },
  // Arabic drafts of the English article: «وصل … إلى X».
  { sentence: 'ووصل رئيس الحماية المدنية ماركو لودي إلى باليرمو السبت للقاء فرق الإنقاذ.', rule: 'event-place' },
  { sentence: 'ووصل رئيس الحماية المدنية ماركو لودي إلى كالياري السبت للقاء فرق الإنقاذ.' },
  { sentence: 'ووصل رئيس الحماية المدنية ماركو لودي إلى جزيرة سردينيا السبت للقاء فرق الإنقاذ.' },
  { sentence: 'ووصلت عبارة تقل 480 راكبا إلى نابولي السبت بعد ليلة قبالة الساحل.', rule: 'event-place', todo: FERRY },
  { sentence: 'ووصلت عبارة تقل 480 راكبا إلى باليرمو السبت بعد ليلة قبالة الساحل.' },
];

for (const one of PROBES) probe(STORM, one);
