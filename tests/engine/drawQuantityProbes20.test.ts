/**
 * Sentence probes of two invented wire stories of tests/engine/fixtures/drawProbes, written before
 * the quantity changes they test: a ferry fire off Socotra (the dead, an earlier toll, passengers,
 * survivors, the missing stated after «عدد», children among the survivors) and a WFP appeal for
 * Niger in CFA francs with its dollar conversion, and a boat accident's bodies and survivors. True
 * restatements (hedged, rounded, in the other currency, in the other language, a subgroup's own
 * figure) are traps.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../engine/src/analysis';
import { amounts } from '../../engine/src/extract/amounts';
import { currencyAgrees } from '../../engine/src/lexicon/units';
import { probe } from './drawProbeChecks';

const FERRY = 'ferry-socotra.ar.txt';
probe(FERRY, { sentence: 'ارتفعت حصيلة ضحايا حريق العبارة قبالة سقطرى إلى 48 قتيلا.' });
probe(FERRY, { sentence: 'لقي 84 شخصا حتفهم في حريق العبارة قبالة سقطرى.', rule: 'quantity' });
probe(FERRY, { sentence: 'كانت العبارة تقل أكثر من 200 راكب.' });
probe(FERRY, { sentence: 'كانت العبارة تقل 241 راكبا.', rule: 'quantity' });
probe(FERRY, { sentence: 'تمكنت فرق الإنقاذ من انتشال 112 ناجيا.' });
probe(FERRY, { sentence: 'تمكنت فرق الإنقاذ من انتشال أكثر من 100 ناج.' });
probe(FERRY, { sentence: 'تمكنت فرق الإنقاذ من انتشال 121 ناجيا.', rule: 'quantity', todo: 'survivors are no counted noun: numbers20 made them one and dropped it at the held-out guard (with statedPeople)' });
probe(FERRY, { sentence: 'Rescue teams pulled 112 survivors from the sea.' });
probe(FERRY, { sentence: 'Rescue teams pulled 121 survivors from the sea.', rule: 'quantity', todo: 'survivors are no counted noun; and an English draft of an Arabic article that shares no name with it is not aligned (241 passengers is not flagged either)' });
probe(FERRY, { sentence: 'بلغ عدد المفقودين 35 شخصا.' });
probe(FERRY, { sentence: 'بلغ عدد المفقودين 53 شخصا.', rule: 'quantity' });
probe(FERRY, { sentence: 'وبلغ عدد المفقودين 53.', rule: 'quantity', todo: 'the missing stated after «عدد» with people after the figure are drawn as people: statedPeople did it and was dropped at the held-out guard' });
probe(FERRY, { sentence: 'فيما لا يزال 35 شخصا في عداد المفقودين.' });
probe(FERRY, { sentence: 'The number of people missing is 53.', rule: 'quantity' });
probe(FERRY, { sentence: 'Some 35 people are still missing.' });
// The survivors treated in hospital are a subgroup of the survivors: their own figure is true.
probe(FERRY, { sentence: 'ويتلقى 27 ناجيا العلاج في المستشفى.' });
probe(FERRY, { sentence: 'نقل الناجون إلى مستشفى حديبو، وبينهم 12 طفلا.' });
probe(FERRY, { sentence: 'نقل الناجون إلى مستشفى حديبو، وبينهم 21 طفلا.', rule: 'quantity' });
probe(FERRY, { sentence: 'لقي 17 شخصا حتفهم في غرق قارب صيد قبالة السواحل نفسها العام الماضي.' });
probe(FERRY, { sentence: 'صرفت الحكومة تعويضا قدره مليون ريال (نحو 1900 دولار) لكل أسرة.' });
probe(FERRY, { sentence: 'صرفت الحكومة تعويضا قدره مليونا ريال لكل أسرة.', rule: 'quantity' });

const NIGER = 'wfp-niger.en.txt';
probe(NIGER, { sentence: 'About 4.3 million people in Niger need food aid, up from 2.9 million last year.' });
probe(NIGER, { sentence: 'About 3.4 million people in Niger need emergency food assistance.', rule: 'quantity' });
probe(NIGER, { sentence: 'The WFP appeal for 78 billion CFA francs aims to reach 1.2 million people.' });
probe(NIGER, { sentence: 'The WFP appeal for 87 billion CFA francs aims to reach 1.2 million people.', rule: 'quantity' });
probe(NIGER, { sentence: 'The WFP appeal, of about $130 million, aims to reach 1.2 million people.' });
probe(NIGER, { sentence: 'The WFP appeal for $182 million aims to reach 1.2 million people.', rule: 'quantity' });
probe(NIGER, { sentence: 'The WFP appeal for 78 billion francs aims to reach 1.2 million people.' });
probe(NIGER, { sentence: 'The WFP appeal for 78 billion Swiss francs aims to reach 1.2 million people.', rule: 'quantity' });
probe(NIGER, { sentence: 'The appeal has so far received only 19 billion CFA francs.' });
probe(NIGER, { sentence: 'طلب برنامج الأغذية العالمي 78 مليار فرنك أفريقي لمساعدة 1.2 مليون شخص.' });
probe(NIGER, { sentence: 'The number of children treated for severe malnutrition this year is 96,000.' });
probe(NIGER, { sentence: 'The number of children treated for severe malnutrition this year is 69,000.', rule: 'quantity' });
probe(NIGER, { sentence: 'Of the 96,000 children treated, 12,000 were admitted to hospital.' });
probe(NIGER, { sentence: 'Rescue teams recovered 23 bodies after the boat capsized near Ayorou.' });
probe(NIGER, { sentence: 'Rescue teams recovered 32 bodies after the boat capsized near Ayorou.', rule: 'quantity', todo: 'bodies are no counted noun: numbers20 made them one and dropped it at the held-out guard (with statedPeople)' });
probe(NIGER, { sentence: 'Rescuers found 41 survivors after the boat capsized on the Niger River.' });
probe(NIGER, { sentence: 'Rescuers found 14 survivors after the boat capsized on the Niger River.', rule: 'quantity', todo: 'survivors are no counted noun: numbers20 made them one and dropped it at the held-out guard (with statedPeople)' });
probe(NIGER, { sentence: 'The government distributed 41,000 tonnes of cereals in 12 communes.' });

// The check reads CFA francs as one currency of two codes: the West African franc, loose, so
// that a fact base's Central African franc (XAF) agrees with it, and a Swiss franc does not.
test('CFA francs are read as the West or Central African franc, in either language', () => {
  const read = (text: string) => amounts(analyse(text)).map((amount) => `${amount.number.value} ${amount.currency} ${amount.loose ? 'loose' : 'exact'}`);
  assert.deepEqual(read('The appeal is for 78 billion CFA francs.'), ['78000000000 XOF loose']);
  assert.deepEqual(read('يبلغ النداء 78 مليار فرنك أفريقي.'), ['78000000000 XOF loose']);
  assert.deepEqual(read('The appeal is for 78 billion Swiss francs.'), ['78000000000 CHF exact']);
  assert.ok(currencyAgrees('XAF', { currency: 'XOF', loose: true }));
});

// Jordan's unemployment figures with one decimal: a draft's whole percentage that is the figure
// rounded, and a verb of exceeding or approaching with its subject between it and the figure
// («يتجاوز معدل البطالة بين الشباب 45 في المئة»), are true; a figure off by more is wrong.
const JORDAN = 'jobs-jordan.ar.txt';
probe(JORDAN, { sentence: 'بلغ معدل البطالة بين الإناث 32 في المئة.' });
probe(JORDAN, { sentence: 'بلغت البطالة بين الإناث 36.1 في المئة.', rule: 'quantity' });
probe(JORDAN, { sentence: 'بلغت البطالة بين الإناث 35 في المئة.', rule: 'quantity' });
probe(JORDAN, { sentence: 'بلغت البطالة بين الإناث 31 في المئة.', rule: 'quantity' });
probe(JORDAN, { sentence: 'سجلت معان أعلى معدل بطالة بنسبة 28 في المئة.' });
probe(JORDAN, { sentence: 'سجلت معان أعلى معدل بطالة بنسبة 82 في المئة.', rule: 'quantity' });
probe(JORDAN, { sentence: 'يتجاوز عدد المتعطلين عن العمل في المملكة 400 ألف شخص.' });
probe(JORDAN, { sentence: 'يتجاوز عدد المتعطلين عن العمل في المملكة 500 ألف شخص.', rule: 'quantity' });
probe(JORDAN, { sentence: 'تقارب كلفة برنامج التشغيل 200 مليون دينار.' });
probe(JORDAN, { sentence: 'تقارب كلفة برنامج التشغيل 300 مليون دينار.', rule: 'quantity' });
probe(JORDAN, { sentence: 'تعتزم الحكومة توفير 95 ألف فرصة عمل.' });
probe(JORDAN, { sentence: 'تعتزم الحكومة توفير 59 ألف فرصة عمل.', rule: 'quantity' });

// A rising toll given with its earlier figure: a draft that gives the earlier figure as the toll
// reached (rose to 31) swaps them and is wrong; the pair in the right order, or the earlier figure
// as the earlier one, is true.
probe(FERRY, { sentence: 'ارتفعت حصيلة ضحايا حريق العبارة قبالة سقطرى إلى 31 قتيلا.', rule: 'quantity' });
probe(FERRY, { sentence: 'ارتفعت حصيلة ضحايا حريق العبارة قبالة سقطرى إلى 48 قتيلا بعدما كانت 31.' });
probe(FERRY, { sentence: 'وكانت حصيلة ضحايا حريق العبارة قبالة سقطرى 31 قتيلا مساء السبت.' });
probe(NIGER, { sentence: 'The number of people in Niger who need emergency food assistance has risen to 2.9 million.', rule: 'quantity' });
probe(NIGER, { sentence: 'The number of people in Niger who need emergency food assistance has risen to 4.3 million from 2.9 million.' });
