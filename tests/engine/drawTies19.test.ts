/**
 * Sentence probes on the fact bases drawn from three invented wire stories of
 * tests/engine/fixtures/drawProbes, written by helper ties19 before the drawing changes they test:
 * an IMF mission to Tunisia (a central bank's governor named with the bank before his title, his
 * deputy, a union leader, a bank's chief economist), a row in Kuwait's National Assembly (MPs of
 * named blocs and constituencies, a bank's chairman and chief executive) and a Nigerian state oil
 * company (its chairman and chief executive, a subsidiary's managing director). Names, figures and
 * quotes are invented. Each wrong restatement gets a finding of its rule; each true one (a
 * shortened title, the title before or after the name, the body by its short name) gets none.
 */
import { probe, type Probe } from './drawProbeChecks';

const tunisia: Probe[] = [
  // "Central Bank of Tunisia Governor Fethi Zouhair Nouri": the bank's name ends before the title.
  { sentence: 'Governor Fethi Zouhair Nouri said the rate would stay at 8 percent.' },
  { sentence: 'Central Bank of Tunisia governor Fethi Zouhair Nouri said the rate would stay at 8 percent.' },
  { sentence: "Fethi Zouhair Nouri, the Central Bank of Tunisia's governor, said inflation was falling slowly." },
  { sentence: "Nadia Gamha, the Central Bank of Tunisia's governor, met the mission.", rule: 'post-holder' },
  { sentence: 'Central Bank of Tunisia Governor Sihem Boughdiri said the rate would stay at 8 percent.', rule: 'post-holder' },
  { sentence: 'Finance Minister Fethi Zouhair Nouri met the mission.', rule: 'post-holder' },
  { sentence: 'Deputy governor Nadia Gamha met the mission.' },
  // An Arabic draft of the English story writes the Maghrebi given names as the Arabic press does (Fethi فتحي, Zouhair زهير).
  { sentence: 'وقال فتحي زهير نوري إن التضخم يتراجع ببطء.' },
  { sentence: 'وقال وزير المالية فتحي زهير نوري إن التضخم يتراجع ببطء.', rule: 'post-holder' },
  // "Governor Fethi Zouhair Nouri and his deputy governor, Nadia Gamha": the deputy's post is of the governor's bank.
  { sentence: 'Nadia Gamha, deputy governor of the Central Bank of Tunisia, met the mission.' },
  { sentence: "Nadia Gamha, the IMF's deputy governor, met the mission.", rule: 'post-holder' },
  { sentence: "Nadia Gamha, the World Bank's deputy governor, met the mission.", rule: 'post-holder' },
  { sentence: "The UGTT's secretary-general, Noureddine Taboubi, warned of a strike." },
  { sentence: 'Hatem Jaziri, an Ennahda lawmaker, called the talks a missed chance.' },
];

const kuwait: Probe[] = [
  // «رئيس مجلس إدارة بنك الكويت الوطني»: the board's title is a post of the bank, so the bank is drawn and its chief executive is of it too.
  { sentence: 'وقال عصام الصقر، الرئيس التنفيذي لبنك الكويت الوطني، إن البنك مستعد للمشاركة.' },
  { sentence: 'وقال الرئيس التنفيذي لبنك الكويت الوطني عصام الصقر إن البنك مستعد للمشاركة.' },
  { sentence: 'وقال ناصر مساعد الساير، رئيس مجلس إدارة بنك الكويت الوطني، إن القطاع المصرفي قادر على استيعاب السندات.' },
  { sentence: 'وقال الرئيس التنفيذي لبنك الكويت الوطني ناصر مساعد الساير إن القطاع قادر على استيعاب السندات.', rule: 'post-holder' },
  { sentence: 'وقال رئيس مجلس إدارة بنك الكويت الوطني عصام الصقر إن البنك مستعد للمشاركة.', rule: 'post-holder' },
  { sentence: 'وقال عصام الصقر، الرئيس التنفيذي لشركة الشال للاستشارات، إن البنك مستعد للمشاركة.', rule: 'post-holder' },
  // «عضو كتلة العمل الشعبي والنائب عن الدائرة الثالثة»: the bloc's name ends before the joined title.
  { sentence: 'وقال النائب مهلهل المضف، عضو كتلة العمل الشعبي، إن الحكومة لم تقدم أي ضمانات.' },
  { sentence: 'وقال النائب مهلهل المضف عن كتلة العمل الشعبي إن الحكومة لم تقدم ضمانات.' },
  { sentence: 'وقال النائب مهلهل المضف، عضو الحركة الدستورية الإسلامية، إن الحكومة لم تقدم ضمانات.', rule: 'affiliation' },
  { sentence: 'ودافع وزير المالية أنور المضف عن المشروع.' },
  // «رئيس المجلس أحمد السعدون», naming no body: a draft naming the council is no contradiction, another post still is.
  { sentence: 'وقال رئيس مجلس الأمة أحمد السعدون إنه رفع الجلسة.' },
  { sentence: 'وقال نائب رئيس مجلس الأمة أحمد السعدون إن الجلسة ستستأنف.', rule: 'post-holder' },
  { sentence: 'وقال رئيس مجلس الوزراء أحمد السعدون إنه رفع الجلسة.', rule: 'post-holder' },
  { sentence: 'وقال رئيس مجلس الأمة محمد المطير إن الجلسة ستستأنف الأسبوع المقبل.', rule: 'post-holder' },
  // «المنتمي إلى الحركة الدستورية الإسلامية»: a movement's kind noun with the article, after a word of belonging, opens its name.
  { sentence: 'وقال النائب عبد الله فهاد العنزي، عضو الحركة الدستورية الإسلامية، إن الكتلة ستصوت ضد المشروع.' },
  { sentence: 'وقال النائب عبد الله فهاد العنزي، المنتمي إلى الحركة الدستورية، إن الكتلة ستصوت ضد المشروع.' },
  { sentence: 'وقال النائب عبد الله فهاد العنزي، المنتمي إلى حركة العمل الشعبي، إن الكتلة ستصوت ضد المشروع.', rule: 'affiliation' },
  { sentence: 'وقال النائب عبد الله فهاد العنزي، عضو الحركة الشعبية، إن الكتلة ستصوت ضد المشروع.', rule: 'affiliation' },
  { sentence: 'وقال النائب شعيب المويزري، النائب عن الدائرة الثالثة، إنه سيستجوب رئيس الوزراء.', rule: 'post-holder', todo: 'a constituency («النائب عن الدائرة الرابعة») drawn and compared' },
];

const nigeria: Probe[] = [
  { sentence: 'NNPC chairman Pius Akinyelure said the board approved the sale.' },
  { sentence: 'Chief executive Bayo Ojulari said the money would fund the pipeline.' },
  { sentence: 'Bayo Ojulari, the chairman of NNPC Ltd, said the board had approved the sale.', rule: 'post-holder' },
  { sentence: 'NNPC chief executive Pius Akinyelure said the proceeds would fund a pipeline.', rule: 'post-holder' },
  { sentence: 'Oil minister Heineken Lokpobiri welcomed the move.' },
  { sentence: 'Ekperikpe Ekpo, the oil minister, welcomed the move.', rule: 'post-holder' },
  { sentence: 'Aminu Musa, managing director of NNPC Ltd, said the unit would be listed.', rule: 'post-holder', todo: '"its managing director" after "a subsidiary of NNPC" drawn as the subsidiary\'s, not the parent\'s' },
  { sentence: 'Ayodele Oni, head of research at Standard Chartered, said investors wanted clarity.', rule: 'post-holder', todo: 'a head of a unit ("head of research at Y") compared by the body after "at"' },
];

for (const p of tunisia) probe('imf-tunisia.en.txt', p);
for (const p of kuwait) probe('kuwait-assembly.ar.txt', p);
for (const p of nigeria) probe('nigeria-oil.en.txt', p);
