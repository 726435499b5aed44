/**
 * Place probes of helper places22, written before its changes. Two invented wire stories with drawn
 * fact bases (tests/engine/fixtures/drawProbes): floods in Italy's Emilia-Romagna, with a minister's
 * arrival in Bologna, a spokeswoman in Rome, schools shut in neighbouring Tuscany and a migrant ship
 * that landed in Lampedusa (`floods-modena.en.txt`); and a cyclone that struck India's Odisha state,
 * with a minister's arrival in Bhubaneswar, a spokeswoman in New Delhi, schools shut in neighbouring
 * Andhra Pradesh and a navy ship that sailed from Chennai (`cyclone-odisha.ar.txt`). A draft that
 * moves an event, an arrival, a person's city, a landing or a departure to another place must be
 * flagged (`event-place`); a draft naming a containing region, the neighbouring region the article
 * names or the place of another event of the story must not. The Italian regions and the Indian
 * towns' Arabic names are the gazetteer's (scripts/gazetteer/largeCountries.mjs).
 */
import { probe, type Probe } from './drawProbeChecks';

const ITALY = 'floods-modena.en.txt';
const INDIA = 'cyclone-odisha.ar.txt';

const PROBES: [file: string, probes: Probe[]][] = [
  [
    ITALY,
    [
      // The floods: another region, a town of another region; the region, the country's north and a town inside are true.
      { sentence: "Floods killed at least seven people in Italy's Lombardy region on Monday.", rule: 'event-place' },
      { sentence: 'Floods killed at least seven people in Tuscany on Monday.', rule: 'event-place' },
      { sentence: 'Floods killed at least seven people around the city of Verona on Monday.', rule: 'event-place' },
      { sentence: "Floods killed at least seven people in Italy's Emilia-Romagna region on Monday." },
      { sentence: 'Floods killed at least seven people in northern Italy on Monday.' },
      { sentence: 'Floods killed at least seven people around the city of Modena on Monday.' },
      // The minister's arrival.
      { sentence: 'Interior Minister Paolo Ferretti arrived in Florence, Italy on Tuesday to meet rescue teams.', rule: 'event-place' },
      { sentence: 'Interior Minister Paolo Ferretti arrived in Venice on Tuesday to meet rescue teams.', rule: 'event-place' },
      { sentence: 'Interior Minister Paolo Ferretti arrived in Bologna on Tuesday to meet rescue teams.' },
      { sentence: 'Interior Minister Paolo Ferretti arrived in Emilia-Romagna on Tuesday to meet rescue teams.' },
      // The spokeswoman's city.
      { sentence: 'Giulia Santoro, a spokeswoman for the civil protection department in Milan, said about 1,200 people had been moved.', rule: 'event-place' },
      { sentence: 'Giulia Santoro, a spokeswoman for the civil protection department in Rome, said about 1,200 people had been moved.' },
      // The neighbouring region and the other event's place.
      { sentence: 'In neighbouring Umbria, schools stayed closed in Perugia on Tuesday.', rule: 'event-place' },
      { sentence: 'In neighbouring Tuscany, schools stayed closed in Pisa on Tuesday.' },
      { sentence: 'Schools in Tuscany stayed closed on Tuesday.' },
      // The landing.
      { sentence: 'A coast guard ship carrying 210 migrants landed in Sardinia on Sunday.', rule: 'event-place' },
      { sentence: 'A coast guard ship carrying 210 migrants landed in Lampedusa on Sunday.' },
      { sentence: 'A coast guard ship carrying 210 migrants landed in Sicily on Sunday.' },
    ],
  ],
  [
    INDIA,
    [
      // The cyclone struck a state: the state as the verb's object.
      { sentence: 'ضرب الإعصار «فيرا» ولاية كيرالا في الهند الأربعاء، ما أسفر عن مقتل 14 شخصاً.', rule: 'event-place' },
      { sentence: 'ضرب الإعصار «فيرا» ولاية تاميل نادو الأربعاء، ما أسفر عن مقتل 14 شخصاً.', rule: 'event-place' },
      { sentence: 'ضرب الإعصار «فيرا» ولاية أوديشا الأربعاء، ما أسفر عن مقتل 14 شخصاً.' },
      { sentence: 'ضرب الإعصار «فيرا» شرق الهند الأربعاء، ما أسفر عن مقتل 14 شخصاً.' },
      { sentence: 'Cyclone Vera struck the Indian state of Kerala on Wednesday, killing at least 14 people.', rule: 'event-place' },
      { sentence: 'Cyclone Vera struck the Indian state of Odisha on Wednesday, killing at least 14 people.' },
      // The minister's arrival: «وصل … إلى».
      { sentence: 'ووصل وزير الداخلية الهندي أنيل كومار إلى كولكاتا الخميس لتفقد الأضرار.', rule: 'event-place' },
      { sentence: 'ووصل وزير الداخلية الهندي أنيل كومار إلى حيدر آباد الخميس لتفقد الأضرار.', rule: 'event-place' },
      { sentence: 'ووصل وزير الداخلية الهندي أنيل كومار إلى بوبانسوار الخميس لتفقد الأضرار.' },
      { sentence: 'ووصل وزير الداخلية الهندي أنيل كومار إلى ولاية أوديشا الخميس لتفقد الأضرار.' },
      { sentence: 'Home Minister Anil Kumar arrived in Chennai on Thursday to inspect the damage.', rule: 'event-place' },
      { sentence: 'Home Minister Anil Kumar arrived in Bhubaneswar on Thursday to inspect the damage.' },
      // The spokeswoman's city.
      { sentence: 'وقالت المتحدثة باسم هيئة إدارة الكوارث في مومباي سونيتا راو إن 300 ألف شخص أجلوا.', rule: 'event-place' },
      { sentence: 'وقالت المتحدثة باسم هيئة إدارة الكوارث في نيودلهي سونيتا راو إن 300 ألف شخص أجلوا.' },
      // The neighbouring state and the other event's place.
      { sentence: 'وفي ولاية أندرا براديش المجاورة، أغلقت المدارس في فيساخاباتنام.' },
      { sentence: 'وفي ولاية تيلانغانا المجاورة، أغلقت المدارس في حيدر آباد.', rule: 'event-place' },
      // The ship's departure.
      { sentence: 'وأبحرت سفينة إغاثة تابعة للبحرية الهندية من ميناء كولكاتا الخميس.', rule: 'event-place' },
      { sentence: 'وأبحرت سفينة إغاثة تابعة للبحرية الهندية من ميناء تشيناي الخميس.' },
      { sentence: 'وأبحرت سفينة إغاثة تابعة للبحرية الهندية من ولاية تاميل نادو الخميس.' },
    ],
  ],
];

/**
 * Departures with a place noun between "from" and the place, in the Tunisian migrant boat of helper
 * place20 (`sfax-boat.en.txt`: "The boat had sailed from Sfax in Tunisia on Saturday").
 */
const DEPARTURES: Probe[] = [
  { sentence: 'The boat had sailed from the port of Zarzis in Tunisia on Saturday with about 70 people on board.', rule: 'event-place' },
  { sentence: 'The boat had sailed from the Tunisian port of Zarzis on Saturday with about 70 people on board.', rule: 'event-place' },
  { sentence: 'The boat had sailed from the Tunisian port of Sfax on Saturday with about 70 people on board.' },
  { sentence: 'The boat had sailed from the port of Sfax on Saturday with about 70 people on board.' },
];

/**
 * Journeys restated in the other language: an Arabic draft of the Italian story and an English
 * draft of the Indian one, whose sentences share with the article's only names, figures and words
 * of the same meaning (arrived, وصل; landed, رست; ship, سفينة; migrants, مهاجرين).
 */
const OTHER_LANGUAGE: [file: string, probes: Probe[]][] = [
  [
    ITALY,
    [
      { sentence: 'ووصل وزير الداخلية باولو فيريتي إلى فلورنسا الثلاثاء للقاء فرق الإنقاذ وتفقد الأضرار.', rule: 'event-place' },
      { sentence: 'ووصل وزير الداخلية باولو فيريتي إلى بولونيا الثلاثاء للقاء فرق الإنقاذ وتفقد الأضرار.' },
      { sentence: 'ورست سفينة لخفر السواحل تقل 210 مهاجرين أنقذوا في وسط المتوسط في سردينيا الأحد.', rule: 'event-place' },
      { sentence: 'ورست سفينة لخفر السواحل تقل 210 مهاجرين أنقذوا في وسط المتوسط في لامبيدوزا الأحد.' },
      { sentence: 'ورست سفينة لخفر السواحل تقل 210 مهاجرين أنقذوا في وسط المتوسط في صقلية الأحد.' },
      { sentence: 'A coast guard ship carrying 210 migrants reached Malta on Sunday.', rule: 'event-place' },
    ],
  ],
  [
    INDIA,
    [
      { sentence: 'A relief ship of the Indian navy sailed from the port of Kolkata on Thursday for the stricken areas.', rule: 'event-place' },
      { sentence: 'A relief ship of the Indian navy sailed from the port of Chennai on Thursday for the stricken areas.' },
    ],
  ],
];

for (const one of DEPARTURES) probe('sfax-boat.en.txt', one);
for (const [file, probes] of OTHER_LANGUAGE) for (const one of probes) probe(file, one);
for (const [file, probes] of PROBES) for (const one of probes) probe(file, one);
