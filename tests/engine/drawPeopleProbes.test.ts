/**
 * Sentence probes on the fact bases drawn from two invented articles of
 * tests/engine/fixtures/drawProbes (a doctors' strike in Oran, in Arabic; a sewage spill in Devon,
 * in English), written before the drawing changes they test. Each wrong restatement gets a finding
 * of its rule; each true restatement (the writers' usual spellings of Maghrebi names, a title of
 * another person in the same sentence, a former holder, a councillor's party) gets none. A probe
 * that drawing does not yet serve is a todo test, named by what it waits for.
 */
import { probe, type Probe } from './drawProbeChecks';

const english: Probe[] = [
  { sentence: "Environment minister Tom Pryce stood beside the company's boss, Daniel Osei." },
  { sentence: 'Daniel Osei, the chief executive of South Coast Water, apologised to residents.' },
  { sentence: "South Coast Water's chief executive, Daniel Osei, apologised." },
  { sentence: 'Former chief executive Martin Hale led the firm during the spill.' },
  { sentence: 'Green councillor Sam Okafor said the river should be safe.' },
  { sentence: 'Jane Ellery, chair of the Otter Valley Association, called the fine far too small.' },
  { sentence: 'Megan Firth, head of environmental health at Devon County Council, said 14 people fell ill.' },
  { sentence: 'Environment minister Daniel Osei apologised to residents.', rule: 'post-holder' },
  { sentence: "South Coast Water's chief executive, Tom Pryce, apologised to residents.", rule: 'post-holder' },
  { sentence: 'Sam Okafor, a Labour councillor, said people deserved to know the river is safe.', rule: 'affiliation' },
  { sentence: "South Coast Water's chief executive, Martin Hale, apologised to residents.", rule: 'post-holder', todo: 'a former chief executive drawn as former, and the company as an organisation' },
];

const arabic: Probe[] = [
  { sentence: 'وقال جمال الدين شريف، رئيس تنسيقية الأطباء المقيمين، إنهم لن يعودوا إلى العمل.' },
  { sentence: 'وكان رشيد بن عودة، المدير السابق للمستشفى الجامعي، قد حذر من هجرة الأطباء.' },
  { sentence: 'وقالت نوال قاسمي، مديرة المستشفى الجامعي بوهران، إن الاستعجالات تعمل بطاقم مقلص.', todo: 'the hospital of «مديرة المستشفى» drawn as المستشفى الجامعي بوهران' },
  { sentence: 'Health Minister Abdelhak Bouchaib said 60 percent of the arrears had been paid.' },
  { sentence: "Oran governor Said Djelouli attended the minister's briefing." },
  { sentence: 'Djamel Eddine Cherif, who heads the coordination of resident doctors, said they would not return to work.' },
  { sentence: 'Former hospital director Rachid Benaouda warned last year of doctors leaving.' },
  { sentence: 'Hospital director Nawal Kacemi said the emergency wards were short-staffed.' },
  { sentence: 'وقال وزير الصحة نوال قاسمي إن الوزارة صرفت المستحقات.', rule: 'post-holder' },
  { sentence: 'وقال جمال الدين شريف، وزير الصحة، إن الإضراب مستمر.', rule: 'post-holder' },
  { sentence: 'وطالب العربي زيتوني، عضو حركة مجتمع السلم، بفتح تحقيق.', rule: 'affiliation', todo: 'the check compares «عضو X» in a draft with a party drawn from «المنتمي إلى» (an affiliation, not a member post)' },
  { sentence: 'ودعت النائبة سميرة بوعزة، عضو حزب جبهة التحرير الوطني، إلى الحوار.', rule: 'affiliation' },
];

for (const p of english) probe('spill.en.txt', p);
for (const p of arabic) probe('strike.ar.txt', p);
