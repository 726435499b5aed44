/**
 * Arabic drafts of an English article through the bilingual table of news verbs and nouns
 * (draw/lexicon.ts EVENT_WORDS): talks that resume (المحادثات, ستستأنف), ships waiting (تنتظر),
 * offers (عرضت). Without the words in both languages an Arabic sentence shares no trigger with the
 * English event, and its place, date and counts go unchecked. Invented Reuters story of a dock
 * strike at Santos, Brazil (fixtures/drawProbes/santos-strike.en.txt); the right values are traps.
 */
import { probe } from './drawProbeChecks';

const FILE = 'santos-strike.en.txt';

probe(FILE, { sentence: 'وكانت 28 سفينة تنتظر الرسو في الميناء يوم الثلاثاء.', rule: 'quantity', todo: 'the bilingual table of news words: talks, waiting' });
probe(FILE, { sentence: 'وكانت أكثر من 60 سفينة تنتظر الرسو في الميناء يوم الثلاثاء.' });
probe(FILE, { sentence: 'وستستأنف المحادثات بين النقابة والسلطة يوم الخميس في ريو دي جانيرو.', rule: 'event-place', todo: 'the bilingual table of news words: talks, waiting' });
probe(FILE, { sentence: 'وستستأنف المحادثات بين النقابة والسلطة يوم الخميس في ساو باولو.' });
probe(FILE, { sentence: 'وستستأنف المحادثات بين النقابة والسلطة يوم الجمعة في ساو باولو.', rule: 'event-date', todo: 'the bilingual table of news words: talks, waiting' });
probe(FILE, { sentence: 'وقالت سلطة الميناء يوم الاثنين إنها عرضت زيادة بنسبة 5 في المئة ومكافأة لمرة واحدة.' });
probe(FILE, { sentence: 'The talks will resume on Friday in Sao Paulo.', rule: 'event-date' });
probe(FILE, { sentence: 'More than 60 ships were waiting to dock on Tuesday.' });
