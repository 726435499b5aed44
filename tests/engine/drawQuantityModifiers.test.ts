/**
 * Sentence probes against the fact bases drawn from two invented articles of
 * tests/engine/fixtures/drawProbes, written before the quantity changes they test: the expansion of
 * the port of Sfax (Arabic, `port.ar.txt`) and a solar plant near Tamale (English, `solar.en.txt`).
 * They hold a number written as its noun's modifier ("a $318 million agreement", "a 42-kilometre
 * power line", "a five-year contract", «رصيف جديد بطول 1250 متراً»), a fraction of a cost («ثلثي
 * التكلفة», "two thirds of the cost"), the durations of a contract and of works, and a workforce
 * ("employ 1,200 people", "a workforce of 1,500"), restated in the article's language and the
 * other. Each wrong sentence changes one figure and gets a `quantity` finding; each true one none.
 */
import { probe, type Probe } from './drawProbeChecks';


const port: Probe[] = [
  // Arabic drafts: the article's own language.
  { sentence: 'وقّعت تونس اتفاقاً بقيمة 250 مليون دولار لتوسيع ميناء صفاقس.', rule: 'quantity' },
  { sentence: 'وقّعت تونس اتفاقاً بقيمة 286 مليون دولار لتوسيع ميناء صفاقس.' },
  { sentence: 'ويشمل المشروع رصيفاً بطول 1520 متراً.', rule: 'quantity' },
  { sentence: 'ويشمل المشروع رصيفاً بطول 1250 متراً.' },
  { sentence: 'وسيموّل البنك الأفريقي للتنمية نصف التكلفة.', rule: 'quantity' },
  { sentence: 'وسيموّل البنك الأفريقي للتنمية ربع التكلفة.', rule: 'quantity' },
  { sentence: 'وسيموّل البنك الأفريقي للتنمية ثلثي التكلفة.' },
  { sentence: 'وتتحمل الدولة ثلث التكلفة.' },
  { sentence: 'وسيموّل البنك الأفريقي للتنمية ثلث التكلفة.', rule: 'quantity' },
  { sentence: 'ويعتمد على الميناء نحو 5700 صياد.', rule: 'quantity' },
  { sentence: 'ويعتمد على الميناء نحو 4300 صياد.' },
  { sentence: 'وتبلغ مدة العقد خمس سنوات.', rule: 'quantity' },
  { sentence: 'وتبلغ مدة العقد ثلاث سنوات.' },
  { sentence: 'على أن تبدأ الأشغال خلال 6 أشهر.', rule: 'quantity' },
  { sentence: 'على أن تبدأ الأشغال خلال ثلاثة أشهر.' },
  // English drafts: the other language.
  { sentence: 'Tunisia signed a $250 million agreement on Wednesday to expand the port of Sfax.', rule: 'quantity' },
  { sentence: 'Tunisia signed a $286 million agreement on Wednesday to expand the port of Sfax.' },
  { sentence: 'The plan includes a new 1,520-metre quay, 14 metres deep.', rule: 'quantity' },
  { sentence: 'The plan includes a new 1,250-metre quay, 14 metres deep.' },
  { sentence: 'The new quay will be 1,520 metres long.', rule: 'quantity' },
  // Another dimension of the same work: its depth or width is no figure of its length.
  { sentence: 'The quay is 14 metres deep.' },
  { sentence: 'The quay will be 20 metres wide.' },
  { sentence: 'The new 1,250-metre quay will be 14 metres deep.' },
  { sentence: 'وسيكون الرصيف بعرض 20 متراً.' },
  { sentence: 'ويبلغ طول الرصيف 1500 متر.', rule: 'quantity' },
  { sentence: 'The African Development Bank will fund half of the cost, Dridi said.', rule: 'quantity' },
  { sentence: 'The African Development Bank will fund two-thirds of the cost, Dridi said.' },
  { sentence: 'The three-year contract was signed on Wednesday.' },
  { sentence: 'The five-year contract was signed on Wednesday.', rule: 'quantity' },
  { sentence: 'Work on the port will begin within three months.' },
  { sentence: 'Some 84 per cent of regional council members backed the project.', rule: 'quantity' },
  { sentence: 'The port handles about 29% of the country\'s olive oil exports.' },
  { sentence: 'The port handles about a third of the country\'s olive oil exports.', rule: 'quantity' },
];

const solar: Probe[] = [
  // English drafts: the article's own language.
  { sentence: 'Ghana signed a $380 million agreement to build a solar plant near Tamale.', rule: 'quantity' },
  { sentence: 'Ghana signed a $318 million agreement to build a solar plant near Tamale.' },
  { sentence: 'The agreement, worth $380 million, was signed on Thursday.', rule: 'quantity' },
  { sentence: 'The plant sits on a 300-hectare site.', rule: 'quantity' },
  { sentence: 'The plant sits on a 240-hectare site.' },
  { sentence: 'The plant will be linked to the grid by a 50-kilometre power line.', rule: 'quantity' },
  { sentence: 'The plant will be linked to the grid by a 42-kilometre power line.' },
  { sentence: 'The power line will be 50 kilometres long.', rule: 'quantity' },
  { sentence: 'The World Bank will cover half of the cost.', rule: 'quantity' },
  { sentence: 'The World Bank will cover 45 per cent of the cost.', rule: 'quantity' },
  // The rest of the whole, which the article's sentence names ("with the government paying the rest").
  { sentence: 'The government will pay a third of the cost.' },
  { sentence: 'The government will pay 33 per cent of the cost.' },
  // The share given the rest's figure is a swap, not the rest: the sentence names the share's payer.
  { sentence: 'The World Bank will cover a third of the cost.', rule: 'quantity' },
  { sentence: 'The World Bank will cover 33 per cent of the cost.', rule: 'quantity' },
  // A figure off the rest's by more than rounding is no rest.
  { sentence: 'The government will pay 38 per cent of the cost.', rule: 'quantity' },
  { sentence: 'The World Bank will cover two-thirds of the cost.' },
  { sentence: 'The World Bank will cover about 67 per cent of the cost.' },
  { sentence: 'The project will employ 1,500 people during construction.', rule: 'quantity' },
  { sentence: 'The project will employ 1,200 people during construction.' },
  { sentence: 'Volta Sun Energy has a seven-year contract to run the plant.', rule: 'quantity' },
  { sentence: 'Volta Sun Energy has a five-year contract to run the plant.' },
  { sentence: 'Construction will start within six months.', rule: 'quantity' },
  { sentence: 'Construction will start within four months.' },
  // Arabic drafts: the other language.
  { sentence: 'وقّعت الحكومة الغانية اتفاقاً بقيمة 380 مليون دولار لبناء محطة شمسية قرب تامالي.', rule: 'quantity' },
  { sentence: 'وقّعت الحكومة الغانية اتفاقاً بقيمة 318 مليون دولار لبناء محطة شمسية قرب تامالي.' },
  { sentence: 'وسيربط خط كهرباء بطول 50 كيلومتراً المحطة بالشبكة الوطنية.', rule: 'quantity' },
  { sentence: 'وسيربط خط كهرباء بطول 42 كيلومتراً المحطة بالشبكة الوطنية.' },
  { sentence: 'وسيغطي البنك الدولي نصف التكلفة.', rule: 'quantity' },
  { sentence: 'وسيغطي البنك الدولي ثلثي التكلفة.' },
  { sentence: 'ومدة العقد سبع سنوات.', rule: 'quantity' },
  { sentence: 'ومدة العقد خمس سنوات.' },
  { sentence: 'ووافق البرلمان على الاتفاق بتأييد 74 في المئة من الأعضاء.', rule: 'quantity' },
];

for (const p of port) probe('port.ar.txt', p);
for (const p of solar) probe('solar.en.txt', p);
