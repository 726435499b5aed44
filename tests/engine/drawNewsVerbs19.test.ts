/**
 * Probes for news verbs the table of drawing lacked, written before the change they test: died,
 * resigned, closed, evacuated, protested (توفي، استقال، أغلقت، أجلى، تظاهر), in an invented Egyptian
 * bridge collapse and an invented Felixstowe crane collapse. In the article's language a wrong day is
 * flagged through the sentence a draft restates; in the other language only the event's trigger
 * ties the day, and drawing gave these events no trigger in it. True days are not flagged.
 */
import { probe } from './drawProbeChecks';

for (const item of [
  // Flagged already: the draft names the minister the article names.
  { sentence: 'Transport Minister Hossam Eldin Fahmy resigned on Tuesday.', rule: 'event-date' },
  { sentence: 'A lorry driver died on Sunday of his injuries.', rule: 'event-date' },
  { sentence: 'The authorities closed the coastal road on Wednesday.', rule: 'event-date' },
  { sentence: 'Residents protested outside the governorate building on Monday.', rule: 'event-date' },
  // True days.
  { sentence: 'Transport Minister Hossam Eldin Fahmy resigned on Wednesday.' },
  { sentence: 'A lorry driver died on Monday of his injuries.' },
  { sentence: 'The authorities closed the coastal road on Tuesday.' },
  { sentence: 'Residents protested outside the governorate building on Tuesday.' },
]) probe('news-verbs.ar.txt', item);

for (const item of [
  { sentence: 'واستقال مارك داولينغ يوم الثلاثاء.', rule: 'event-date' },
  { sentence: 'وتوفي مشغل رافعة يوم الأحد.', rule: 'event-date' },
  { sentence: 'وأغلقت السلطات الرصيف الشمالي يوم الاثنين.', rule: 'event-date' },
  // The trigger is drawn; the day is still lost after the title with the port's name, and after a
  // body drawing misreads (Health and Safety Executive drawn as a person).
  { sentence: 'واستقال الرئيس التنفيذي لميناء فيليكستو مارك داولينغ يوم الثلاثاء.', rule: 'event-date', todo: 'the day after a title naming an unknown body' },
  { sentence: 'وأغلقت هيئة الصحة والسلامة الرصيف الشمالي يوم الاثنين.', rule: 'event-date', todo: 'Health and Safety Executive drawn as a body' },
  // True days.
  { sentence: 'واستقال الرئيس التنفيذي لميناء فيليكستو مارك داولينغ يوم الأربعاء.' },
  { sentence: 'وتوفي مشغل رافعة ليلة الاثنين.' },
  { sentence: 'وأغلقت هيئة الصحة والسلامة الرصيف الشمالي يوم الثلاثاء.' },
  { sentence: 'وتظاهر نحو 200 من عمال الميناء أمام بوابته الرئيسية يوم الثلاثاء.' },
]) probe('news-verbs.en.txt', item);
