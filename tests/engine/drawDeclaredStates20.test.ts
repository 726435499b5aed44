/**
 * Probes written by helper drawn20 before the change they test: a state declared in the active voice
 * (Governor Ben Evardone … declared a state of calamity in the province on Tuesday morning) was an
 * event with no trigger, since "declared" is a verb of saying. An English draft restating the
 * sentence was compared through it; an Arabic draft («أعلن … حالة الكارثة … الاثنين») was not.
 */
import { probe } from './drawProbeChecks';

for (const item of [
  { sentence: 'وأعلن حاكم سامار الشرقية حالة الكارثة في الإقليم صباح الاثنين.', rule: 'event-date' },
  { sentence: 'A state of calamity was declared in Eastern Samar on Monday.', rule: 'event-date' },
  { sentence: 'Eastern Samar was placed under a state of calamity on Monday.', rule: 'event-date' },
  // True days, and other events of the story on another day.
  { sentence: 'وأعلن حاكم سامار الشرقية حالة الكارثة في الإقليم صباح الثلاثاء.' },
  { sentence: 'A state of calamity was declared in Eastern Samar on Tuesday.' },
  { sentence: 'Schools in Eastern Samar reopened on Monday.' },
  { sentence: 'وضرب الإعصار كالمايغي جزيرة سامار ليل الاثنين.' },
]) probe('typhoon-samar.en.txt', item);
