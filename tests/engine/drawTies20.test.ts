/**
 * Sentence probes on the fact bases drawn from three invented wire stories of
 * tests/engine/fixtures/drawProbes, written by helper ties20 before the drawing changes they test:
 * a migrant shipwreck off Libya (spokespeople of the IOM and UNHCR, a charity's director general
 * named after "said", a Red Cross worker "who works for" her society), an Arab League meeting
 * (the secretary-general, his assistant «الأمين العام المساعد», foreign ministers listed with «و»,
 * the League named with its seat «جامعة الدول العربية بالقاهرة», a former secretary-general) and
 * fighting in El Fasher (the army's spokesman, armed movements of an alliance, a WHO office
 * director). Each wrong restatement gets a finding of its rule; each true one (a shorter name of
 * the body, the title's other form) gets none.
 */
import { probe, type Probe } from './drawProbeChecks';

const shipwreck: Probe[] = [
  { sentence: 'Flavio Di Giacomo, a spokesperson for the IOM, said the boat carried about 86 people.' },
  { sentence: 'IOM spokesman Flavio Di Giacomo said the boat carried about 86 people.' },
  { sentence: 'Flavio Di Giacomo, a spokesperson for UNHCR, said the boat carried about 86 people.', rule: 'post-holder' },
  { sentence: 'UNHCR spokesman Flavio Di Giacomo said the boat carried about 86 people.', rule: 'post-holder' },
  { sentence: 'Caroline Gluck of the UN refugee agency said the agency was deeply saddened.' },
  { sentence: "UNHCR's Caroline Gluck said the agency was deeply saddened." },
  { sentence: 'Caroline Gluck of the IOM said the agency was deeply saddened.', rule: 'post-holder' },
  { sentence: "The IOM's Caroline Gluck said the agency was deeply saddened.", rule: 'post-holder' },
  { sentence: 'Tarik Lamloum, head of the Belaady Organization for Human Rights, said 25 people were rescued.' },
  // "said Sophie Beau, co-founder and director general of SOS Mediterranee": the charity is a body, its director general a person.
  { sentence: 'Sophie Beau, director general of SOS Mediterranee, said the ship arrived too late.' },
  { sentence: 'The director general of SOS Mediterranee, Sophie Beau, said the ship arrived too late.' },
  // "The charity SOS Mediterranee": a body named by its apposition noun before it, not a person.
  { sentence: 'SOS Mediterranee said it had found no further survivors.' },
  { sentence: 'The charity SOS Mediterranee, whose ship Ocean Viking searched the area, found no survivors.' },
  { sentence: 'Tarik Lamloum, head of SOS Mediterranee, said 25 people were rescued.', rule: 'post-holder', todo: 'a charity named by its apposition noun ("The charity SOS Mediterranee") drawn as a body, not a person (tried: dropped at the held-out guard, en-migrants drawn precision 0.58 to 0.55)' },
  { sentence: 'Sophie Beau, director general of the IOM, said the ship arrived too late.', rule: 'post-holder', todo: 'a title after a name after "said" ("said X, co-founder and director general of Y") drawn as X\'s post' },
  // "Aisha Kabir, who works for the Nigerian Red Cross Society": a tie without a title.
  { sentence: 'Aisha Kabir, who works for the Nigerian Red Cross Society, said families had begun calling.' },
  { sentence: 'Aisha Kabir of the Nigerian Red Cross Society said families had begun calling.' },
  { sentence: 'Aisha Kabir, who works for the Belaady Organization for Human Rights, said families had begun calling.', rule: 'post-holder' },
  { sentence: 'Caroline Gluck, who works for UNHCR, said the agency was deeply saddened.' },
  { sentence: 'Caroline Gluck, who works for the IOM, said the agency was deeply saddened.', rule: 'post-holder' },
  // A tie to a body the person is tied to by a post or a tie is reported by post-holder, as "a member of" is.
  { sentence: 'Aisha Kabir, a member of the Belaady Organization for Human Rights, said families had begun calling.', rule: 'post-holder' },
  // A tie to a body of another class (a UN agency for a national Red Cross society) is not compared: a person may work for one and belong to the other.
  { sentence: 'Aisha Kabir, who works for UNHCR, said families had begun calling.' },
  { sentence: 'Interior minister Matteo Piantedosi said Rome would ask for more funding.' },
  { sentence: 'Foreign minister Matteo Piantedosi said Rome would ask for more funding.', rule: 'post-holder' },
];

const arabLeague: Probe[] = [
  // «في مقر جامعة الدول العربية بالقاهرة»: the seat is where the League meets, not a word of its name.
  { sentence: 'وقال الأمين العام للجامعة العربية أحمد أبو الغيط إن المنطقة تقف على حافة انفجار شامل.' },
  { sentence: 'وقال الأمين العام لجامعة الدول العربية أحمد أبو الغيط إن المنطقة تقف على حافة انفجار شامل.' },
  { sentence: 'وقال الأمين العام للجامعة العربية حسام زكي إن المنطقة تقف على حافة انفجار شامل.', rule: 'post-holder' },
  // «الأمين العام المساعد حسام زكي»: an assistant secretary-general, a deputy's post.
  { sentence: 'وأوضح الأمين العام المساعد حسام زكي أن الوزراء اعتمدوا مشروع قرار.' },
  { sentence: 'وأوضح الأمين العام المساعد للجامعة العربية حسام زكي أن الوزراء اعتمدوا مشروع قرار.' },
  { sentence: 'وقال الأمين العام المساعد أحمد أبو الغيط إن المنطقة تقف على حافة انفجار شامل.', rule: 'post-holder' },
  { sentence: 'وترأس الاجتماع وزير الخارجية المغربي ناصر بوريطة.' },
  { sentence: 'وترأس الاجتماع وزير الخارجية الأردني ناصر بوريطة.', rule: 'post-holder' },
  // «وشارك في الاجتماع وزير الخارجية السعودي …، ووزير الخارجية الأردني أيمن الصفدي»: each titled name of the list.
  { sentence: 'وقال وزير الخارجية الأردني أيمن الصفدي إن الوضع خطير.' },
  { sentence: 'وقال وزير الخارجية السعودي الأمير فيصل بن فرحان إن بلاده تدعم القرار.' },
  { sentence: 'وقال وزير الخارجية الأردني الأمير فيصل بن فرحان إن بلاده تدعم القرار.', rule: 'post-holder' },
  { sentence: 'وقال وزير الخارجية السعودي أيمن الصفدي إن الوضع خطير.', rule: 'post-holder' },
  { sentence: 'وقال وزير الخارجية المصري أيمن الصفدي إن الوضع خطير.', rule: 'post-holder' },
  { sentence: 'وقال المتحدث باسم وزارة الخارجية المصرية تميم خلاف إن القاهرة ستستضيف مؤتمراً.' },
  { sentence: 'وقال الناطق باسم الخارجية المصرية تميم خلاف إن القاهرة ستستضيف مؤتمراً.' },
  { sentence: 'وقال المتحدث باسم الجامعة العربية تميم خلاف إن القاهرة ستستضيف مؤتمراً.', rule: 'post-holder' },
  { sentence: 'وقالت رئيسة بعثة الصليب الأحمر في القاهرة مارتا بارتولي إن الوضع كارثي.' },
  // «كبير الاقتصاديين في البنك الدولي لمنطقة الشرق الأوسط وشمال أفريقيا»: a staff title of the bank.
  { sentence: 'وقال كبير الاقتصاديين في البنك الدولي روبرتو كاردارللي إن الكلفة قد تتجاوز 50 مليار دولار.' },
  { sentence: 'وقال كبير الاقتصاديين في صندوق النقد الدولي روبرتو كاردارللي إن الكلفة قد تتجاوز 50 مليار دولار.', rule: 'post-holder' },
  { sentence: 'وقال روبرتو كاردارللي، كبير الاقتصاديين في البنك الدولي، إن الكلفة قد تتجاوز 50 مليار دولار.' },
  { sentence: 'وقال كبير اقتصاديي البنك الدولي روبرتو كاردارللي إن الكلفة قد تتجاوز 50 مليار دولار.' },
  { sentence: 'وقال رئيس البنك الدولي روبرتو كاردارللي إن الكلفة قد تتجاوز 50 مليار دولار.', rule: 'post-holder' },
  { sentence: 'وكان الأمين العام السابق للجامعة عمرو موسى قد دعا إلى قمة طارئة.' },
  { sentence: 'ودعا الأمين العام للجامعة عمرو موسى إلى قمة طارئة.', rule: 'post-holder' },
];

const fasher: Probe[] = [
  { sentence: 'واتهم المتحدث باسم الجيش السوداني العميد نبيل عبد الله قوات الدعم السريع بقصف السوق.' },
  { sentence: 'واتهم المتحدث باسم القوات المسلحة السودانية نبيل عبد الله قوات الدعم السريع بقصف السوق.' },
  { sentence: 'واتهم المتحدث باسم قوات الدعم السريع العميد نبيل عبد الله الجيش بقصف السوق.', rule: 'post-holder', todo: 'a force named «قوات X» drawn as an organisation, so that another body in the spokesman\'s title is compared' },
  { sentence: 'وقال وزير المالية جبريل إبراهيم إن الحركة تقاتل إلى جانب الجيش.' },
  { sentence: 'وقال وزير الدفاع جبريل إبراهيم إن الحركة تقاتل إلى جانب الجيش.', rule: 'post-holder' },
  // «حركة تحرير السودان بقيادة مني أركو مناوي، حاكم إقليم دارفور»: a title after the leader's name.
  { sentence: 'وقال حاكم إقليم دارفور مني أركو مناوي إن قواته تدافع عن المدينة.' },
  { sentence: 'وقال وزير المالية مني أركو مناوي إن قواته تدافع عن المدينة.', rule: 'post-holder', todo: 'a title after a leader\'s name after «بقيادة» drawn as the leader\'s post' },
  { sentence: 'وقال مدير مكتب منظمة الصحة العالمية في السودان شبل صهباني إن آخر مستشفى خرج عن الخدمة.' },
  { sentence: 'وقال مدير مكتب اليونيسف في السودان شبل صهباني إن آخر مستشفى خرج عن الخدمة.', rule: 'post-holder' },
];

/** An English chief economist (imf-tunisia.en.txt: "Sami Khelifi, chief economist at Amen Bank"), drawn as a staff post of the bank. */
const economist: Probe[] = [
  { sentence: 'Sami Khelifi, chief economist at Amen Bank, said the absence of a deal would weigh on the dinar.' },
  { sentence: "Amen Bank's chief economist, Sami Khelifi, said the absence of a deal would weigh on the dinar." },
  { sentence: 'Sami Khelifi, chief economist at the Central Bank of Tunisia, said the absence of a deal would weigh on the dinar.', rule: 'post-holder' },
];

for (const p of shipwreck) probe('shipwreck-libya.en.txt', p);
for (const p of economist) probe('imf-tunisia.en.txt', p);
for (const p of arabLeague) probe('arab-league.ar.txt', p);
for (const p of fasher) probe('fasher-clashes.ar.txt', p);

/** Arabic ties by a relative clause of working («التي تعمل في», «الذي يعمل لدى»), drawn and checked. */
const workers: Probe[] = [
  { sentence: 'وقالت سارة الخطيب، التي تعمل في منظمة أطباء بلا حدود، إن المستشفى مكتظ.' },
  { sentence: 'وقالت سارة الخطيب، العاملة في منظمة أطباء بلا حدود، إن المستشفى مكتظ.' },
  { sentence: 'وقالت سارة الخطيب، التي تعمل في منظمة العفو الدولية، إن المستشفى مكتظ.', rule: 'post-holder' },
  { sentence: 'وقال سامي العلي، الذي يعمل لدى الهلال الأحمر الأردني، إن القافلة وصلت.' },
  { sentence: 'وقال سامي العلي، الموظف في منظمة أطباء بلا حدود، إن القافلة وصلت.', rule: 'post-holder' },
];
for (const p of workers) probe('aid-workers.ar.txt', p);
