/**
 * Posts and ties of an invented story in both languages, written by helper ties23 before the
 * changes they test: a chromium leak from a tannery into a river (`tannery-leak.en.txt`,
 * `tannery-leak.ar.txt`; the places, bodies, parties and people are invented). It names a fire
 * service whose name opens with two regions joined by "and" and holds another "and" (the North and
 * East Riding Fire and Rescue Service), an elected member of a regional assembly with her party
 * and her constituency after the title ("the Northern Green Party member of the Northshire
 * Assembly for the area"), and a water authority's manager named after "its" title. A draft that
 * ties a person to another of the story's bodies or parties is flagged (`post-holder` or
 * `affiliation`); a true restatement is not.
 */
import { tieProbes, type TieProbe } from './drawProbeChecks';

const EN = 'tannery-leak.en.txt';
const AR = 'tannery-leak.ar.txt';

/** What a lower-case body after "member of" with a constituency waits for. */
const LOWER_CASE_BODY = 'a lower-case body after "member of" ("the assembly") and a constituency put the party too far from the name';

/** What an Arabic title set off by commas before the name waits for. */
const ARABIC_COMMAS = 'an Arabic member\'s title with عن and a party, set off by commas before the name («النائب عن حزب …، فلان،»), is not read as the name\'s';

/** What an Arabic member's house between the party and the name waits for. */
const ARABIC_BODY = 'the house a member sits in, named between the party and the name («النائب عن حزب X في مجلس Y فلان»), parts the party from the name';

/** What a party before a council leader's title waits for. */
const COUNCIL_LEADER = 'a party word before "council leader" would be read as words of the council\'s name, so it is left out of the title, and the person\'s party is not compared';


const english: TieProbe[] = [
  // A body whose name opens with two regions joined by "and" and holds a second "and".
  { sentence: 'Station Commander Ivor Penhale of the North and East Riding Fire and Rescue Service said 12 crews had worked through the night.' },
  { sentence: 'Ffion Pritchard of the North and East Riding Fire and Rescue Service said people should not fish in the river.', flagged: true },
  { sentence: 'Ivor Penhale, a station commander with the North and East Riding Fire and Rescue Service, said 12 crews had worked through the night.' },
  { sentence: 'Station Commander Ivor Penhale of the Northshire Water Authority said 12 crews had worked through the night.', flagged: true },
  // A member's party before the title, the assembly and the constituency after it, then the name.
  { sentence: 'The Northern Green Party member of the Northshire Assembly for the area, Tomas Beddow, called for a public inquiry.' },
  { sentence: 'The Liberal Reform member of the Northshire Assembly for the area, Tomas Beddow, called for a public inquiry.', flagged: true },
  { sentence: "Liberal Reform's member of the Northshire Assembly for the area, Tomas Beddow, called for a public inquiry.", flagged: true },
  { sentence: 'The Liberal Reform member of parliament for the constituency, Tomas Beddow, called for a public inquiry.', flagged: true },
  { sentence: 'The Liberal Reform member of the assembly for the constituency, Tomas Beddow, called for a public inquiry.', flagged: true, todo: LOWER_CASE_BODY },
  { sentence: 'Tomas Beddow, the Liberal Reform member of the Northshire Assembly for the area, called for a public inquiry.', flagged: true },
  { sentence: 'The leader of Northshire Council, Harriet Gale, a Liberal Reform councillor, said the council would review the permit.' },
  { sentence: 'The leader of Northshire Council for the area, Harriet Gale, said the council would review the permit.' },
  { sentence: 'The Northern Green Party leader of Northshire Council, Harriet Gale, said the council would review the permit.', flagged: true },
  // A party before a leader's kind noun: the party's group leader, council leader.
  { sentence: 'Harriet Gale, the Green group leader, said the council would review the permit.', flagged: true },
  { sentence: 'Green group leader Harriet Gale said the council would review the permit.', flagged: true },
  { sentence: 'Harriet Gale, the Green council leader, said the council would review the permit.', flagged: true, todo: COUNCIL_LEADER },
  { sentence: 'Harriet Gale, the Liberal Reform group leader, said the council would review the permit.' },
  { sentence: 'Harriet Gale, the Liberal council leader, said the council would review the permit.' },
  // A laboratory owned by the body named in the possessive before it is a body, named without its owner, not a person.
  { sentence: "Samples went to Halvern's Aske Valley Laboratory, which will publish the results on Friday." },
  { sentence: 'Samples went to the Aske Valley Laboratory, which will publish the results on Friday.' },
  // The assembly is a body, not a person: a true membership stays clean, and the drawn name does not swallow the chain.
  { sentence: 'Tomas Beddow, a member of the Northshire Assembly, called for a public inquiry.' },
  // A manager named after "its" title, the body named in the sentence before: a staff post of that body.
  { sentence: 'Ffion Pritchard of the Northshire Water Authority said people should not fish in the river until Friday.' },
  { sentence: 'Ffion Pritchard, operations manager at the Northshire Water Authority, said people should not fish.' },
  { sentence: "The authority's operations manager, Ffion Pritchard, said people should not fish." },
  { sentence: 'Ffion Pritchard, the operations manager of the Northshire Water Authority, said people should not fish.' },
  { sentence: 'Ffion Pritchard, chief executive of the Northshire Water Authority, said people should not fish.', flagged: true },
  { sentence: 'Ffion Pritchard, operations manager at the North and East Riding Fire and Rescue Service, said people should not fish.', flagged: true },
  // A manager the article ties to no body: nothing to compare another staff title with (a measured fall of a held-out story's drawn precision came from such a post).
  { sentence: 'Gwen Alder, a site manager for the clean-up, said the yard would be sealed by Thursday.' },
  { sentence: 'Gwen Alder, a spokeswoman for the clean-up, said the yard would be sealed by Thursday.' },
  { sentence: "Gwen Alder, the Northshire Water Authority's spokeswoman, said the yard would be sealed by Thursday." },
];

const arabic: TieProbe[] = [
  { sentence: 'وقال قائد المحطة إيفور بنهال من هيئة الإطفاء والإنقاذ إن 12 فرقة عملت طوال الليل.' },
  { sentence: 'ودعا توماس بيدو، النائب عن حزب الخضر الشمالي في مجلس نورثشاير الإقليمي عن المنطقة، إلى تحقيق علني.' },
  { sentence: 'ودعا توماس بيدو، النائب عن حزب الإصلاح الليبرالي في مجلس نورثشاير الإقليمي عن المنطقة، إلى تحقيق علني.', flagged: true },
  { sentence: 'ودعا النائب عن حزب الإصلاح الليبرالي في مجلس نورثشاير الإقليمي عن المنطقة، توماس بيدو، إلى تحقيق علني.', flagged: true, todo: ARABIC_COMMAS },
  { sentence: 'ودعا النائب عن حزب الإصلاح الليبرالي عن المنطقة توماس بيدو إلى تحقيق علني.', flagged: true },
  { sentence: 'ودعا النائب عن حزب الخضر الشمالي عن المنطقة توماس بيدو إلى تحقيق علني.' },
  { sentence: 'ودعا النائب عن حزب الإصلاح الليبرالي في مجلس نورثشاير الإقليمي توماس بيدو إلى تحقيق علني.', flagged: true, todo: ARABIC_BODY },
  // «من» and a party after the name of a stance verb's subject, with the subject's title between the verb and the name.
  { sentence: 'ودعا النائب توماس بيدو، من حزب الإصلاح الليبرالي، إلى تحقيق علني.', flagged: true },
  { sentence: 'وانتقد النائب توماس بيدو من حزب الإصلاح الليبرالي بطء التحقيق.', flagged: true },
  { sentence: 'ودعا النائب توماس بيدو، من حزب الخضر الشمالي، إلى تحقيق علني.' },
  { sentence: 'ودعا النائب توماس بيدو، من مدينة كيلمور، إلى تحقيق علني.' },
  { sentence: 'وطلب النائب توماس بيدو من حزب الإصلاح الليبرالي دعم التحقيق.' },
  { sentence: 'ودعا النائب عن حزب الخضر الشمالي في مجلس نورثشاير الإقليمي عن المنطقة، توماس بيدو، إلى تحقيق علني.' },
];

for (const [file, probes] of [[EN, english], [AR, arabic]] as const) tieProbes(file, probes, ['post-holder', 'affiliation', 'name-spelling']);
