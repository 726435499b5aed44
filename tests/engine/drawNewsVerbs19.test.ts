/**
 * Probes for news verbs the table of drawing lacked, written before the change they test: died,
 * resigned, closed, evacuated, protested (توفي، استقال، أغلقت، أجلى، تظاهر), in an invented Egyptian
 * bridge collapse and an invented Felixstowe crane collapse. In the article's language a wrong day is
 * flagged through the sentence a draft restates; in the other language only the event's trigger
 * ties the day, and drawing gave these events no trigger in it. True days are not flagged.
 */
import { probe } from './drawProbeChecks';

const TODO = 'the news verb in the table of drawing';

for (const item of [
  // Flagged already: the draft names the minister the article names.
  { sentence: 'Transport Minister Hossam Eldin Fahmy resigned on Tuesday.', rule: 'event-date' },
  { sentence: 'A lorry driver died on Sunday of his injuries.', rule: 'event-date', todo: TODO },
  { sentence: 'The authorities closed the coastal road on Wednesday.', rule: 'event-date', todo: TODO },
  { sentence: 'Residents protested outside the governorate building on Monday.', rule: 'event-date', todo: TODO },
  // True days.
  { sentence: 'Transport Minister Hossam Eldin Fahmy resigned on Wednesday.' },
  { sentence: 'A lorry driver died on Monday of his injuries.' },
  { sentence: 'The authorities closed the coastal road on Tuesday.' },
  { sentence: 'Residents protested outside the governorate building on Tuesday.' },
]) probe('news-verbs.ar.txt', item);

for (const item of [
  { sentence: 'واستقال الرئيس التنفيذي لميناء فيليكستو مارك داولينغ يوم الثلاثاء.', rule: 'event-date', todo: TODO },
  { sentence: 'وتوفي مشغل رافعة يوم الأحد.', rule: 'event-date', todo: TODO },
  { sentence: 'وأغلقت هيئة الصحة والسلامة الرصيف الشمالي يوم الاثنين.', rule: 'event-date', todo: TODO },
  // True days.
  { sentence: 'واستقال الرئيس التنفيذي لميناء فيليكستو مارك داولينغ يوم الأربعاء.' },
  { sentence: 'وتوفي مشغل رافعة ليلة الاثنين.' },
  { sentence: 'وأغلقت هيئة الصحة والسلامة الرصيف الشمالي يوم الثلاثاء.' },
  { sentence: 'وتظاهر نحو 200 من عمال الميناء أمام بوابته الرئيسية يوم الثلاثاء.' },
]) probe('news-verbs.en.txt', item);
