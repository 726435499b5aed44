/**
 * Sentence probes on the fact bases drawn from two invented articles of
 * tests/engine/fixtures/drawProbes (a pork-pie recall by a Yorkshire food company, in English; a
 * municipal council in Sfax voting its budget, in Arabic), written before the drawing changes they
 * test. Each wrong restatement gets a finding of its rule; each true restatement (a company named by
 * a word such as Foods, Dairies or Systems, a former chairman, councillors of a party named once
 * before two names, Larbi as a given name, the spellings Tunisian names take in English) gets none.
 * A probe that drawing does not yet serve is a todo test, named by what it waits for.
 */
import { probe, type Probe } from './drawProbeChecks';

const english: Probe[] = [
  { sentence: 'Helen Marsh, chief executive of Calderbrook Foods, apologised to customers.' },
  { sentence: "Calderbrook Foods' chief executive, Helen Marsh, said the company was sorry." },
  { sentence: 'Marsh joined Calderbrook Foods from Northgate Dairies in 2023.' },
  { sentence: 'Simon Pell, chairman of Ridgeway Holdings, said the group would pay for the recall.' },
  { sentence: 'Former chairman Geoffrey Ashby founded the company.' },
  { sentence: 'Labour councillor Priya Nandra called for an independent review.' },
  { sentence: 'Joe Whitley, a Labour councillor, called for an independent review.' },
  { sentence: 'Ruth Ogden, chair of the Yorkshire Food Producers Forum, said small suppliers would suffer.' },
  { sentence: 'Mark Dunne, head of quality at Calderbrook Foods, said the fault had been traced.' },
  { sentence: 'Food safety minister Lucy Brennan visited the factory.' },
  { sentence: 'The cooling unit was installed by Kestrel Process Systems in 2021.' },
  { sentence: 'Helen Marsh said: "We are deeply sorry."' },
  { sentence: 'Marsh said the line would not reopen "a day earlier than the inspectors allow".' },
  { sentence: 'Mark Dunne, a manager at Calderbrook Foods, said the meat came from Lincolnshire.' },
  { sentence: 'Conservative MP Tom Kershaw said the jobs must be protected.' },
  { sentence: 'Simon Pell, chief executive of Calderbrook Foods, apologised to customers.', rule: 'post-holder' },
  { sentence: 'Mark Dunne of Ridgeway Holdings said the meat came from Lincolnshire.', rule: 'post-holder' },
  { sentence: 'Labour MP Tom Kershaw said the jobs must be protected.', rule: 'affiliation' },
  { sentence: 'Tom Kershaw, the Labour MP for Batley and Spen, said the jobs must be protected.', rule: 'affiliation' },
  { sentence: 'Conservative councillor Priya Nandra called for an independent review.', rule: 'affiliation' },
  { sentence: 'Joe Whitley, a Conservative councillor, called for an independent review.', rule: 'affiliation' },
  { sentence: "Calderbrook Foods' chairman, Geoffrey Ashby, said the company would pay.", rule: 'post-holder', todo: 'a former chairman drawn with the company he chaired' },
  { sentence: 'Helen Marsh said: "We are very sorry."', rule: 'quote-wording' },
  { sentence: 'Simon Pell said: "We will not reopen it a day earlier than the inspectors allow."', rule: 'quote-speaker' },
];

const arabic: Probe[] = [
  { sentence: 'وحضر والي صفاقس منجي الطرابلسي الندوة الصحفية.' },
  { sentence: 'وقال رئيس بلدية صفاقس العربي الفخفاخ إن الميزانية تعطي الأولوية للنظافة.' },
  { sentence: 'وقالت آمنة الجلاصي، عضو التيار الديمقراطي، إن الوثائق وصلت متأخرة.' },
  { sentence: 'وترك الرئيس السابق للبلدية محمد الهادي الشعبوني ديوناً كبيرة.' },
  { sentence: 'وقال صابر المصمودي، النائب عن حركة الشعب، إن الحكومة مطالبة بالتدخل.' },
  { sentence: 'وقال الفخفاخ: «هذه ميزانية تضع النظافة والطرقات في المقام الأول».' },
  { sentence: 'وصادق المجلس البلدي على الميزانية بعد جلسة طويلة.' },
  { sentence: 'Sfax mayor Larbi Fakhfakh said the budget puts cleanliness first.' },
  { sentence: 'Governor Mongi Trabelsi attended the news conference.' },
  { sentence: 'Councillor Amna Jlassi criticised the lack of transparency.' },
  { sentence: 'Former mayor Mohamed Hedi Chaabouni left debts of 14 million dinars.' },
  { sentence: 'Youssef Aouadni, the regional union leader, said 300 workers were waiting.' },
  { sentence: 'Kamel Ben Salem said work on the ring road would start in March.' },
  { sentence: 'Saber Masmoudi, a member of the People\'s Movement, called on the government to act.' },
  { sentence: 'وقالت آمنة الجلاصي، عضو حركة الشعب، إن الوثائق وصلت متأخرة.', rule: 'affiliation' },
  { sentence: 'ودعا صابر المصمودي، عضو حزب التيار الديمقراطي، الحكومة إلى التدخل.', rule: 'affiliation', todo: 'a party of «المنتمي إلى» compared with the party of «عضو X» in a draft' },
  { sentence: 'وقال والي صفاقس العربي الفخفاخ إن الميزانية تعطي الأولوية للنظافة.', rule: 'post-holder' },
  { sentence: 'وقال رئيس البلدية منجي الطرابلسي إن الميزانية تعطي الأولوية للنظافة.', rule: 'post-holder', todo: 'the mayor\'s post drawn for the mayor' },
  { sentence: 'وقال والي صفاقس منجي الطرابلسي: «هذه ميزانية تضع النظافة والطرقات في المقام الأول».', rule: 'quote-speaker' },
];

for (const p of english) probe('recall.en.txt', p);
for (const p of arabic) probe('council.ar.txt', p);
