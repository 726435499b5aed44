/**
 * People in drawn fact bases: roles, names and the precision of drawn posts. Two invented articles
 * are drawn with the engine. The English one (`ferry-strike31.en.txt`) names a body by a long chain
 * of capitalised words after "the" (The Royal College of Paediatrics and Child Health), which
 * holds no person; a Welsh name with its particle (Gareth ap Rhys); a title on the line after a
 * clock time. The Arabic one (`bus-plan31.ar.txt`) names a minister whose name runs on into the
 * verb's object (وزير النقل والمواصلات رافد الحداد تفاصيل الخطة), a chairman by a title with the
 * body's pronoun (رئيس مجلس إدارتها), a member after the party he sits for (النائب عن حزب الوسط
 * غسان الشهابي), a title in apposition after his name, followed by the verb's object, and an
 * ordinal after a demonstrative (وهذا ثاني تأخير). The English one also names a public health
 * minister, Scotland's First Minister, a spokesperson of a party, a prison (HMP Penarth) and a
 * councillor with a second post (and the council's cabinet member). True drafts must get nothing;
 * wrong ones must be flagged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const EN = 'ferry-strike31.en.txt';
const AR = 'bus-plan31.ar.txt';

/** The first name of each person drawn from a probe article, in the language given. */
function drawnPeople(file: string, lang: 'ar' | 'en'): (string | undefined)[] {
  const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8');
  return (drawFactBase(article, {}).factBase.people ?? []).map((person) => (person.names as Record<string, string[] | undefined>)[lang]?.[0]);
}

test(`${EN}: a body's long name after "the", a party after a title's "of" and a prison (HMP) hold no person; a Welsh name keeps its particle`, () => {
  assert.deepEqual(drawnPeople(EN, 'en'), ['Eluned Parry', 'Gareth ap Rhys', 'Dafydd Morgan', 'Owen Pritchard', 'Fiona MacLeod', 'Ceri Evans', 'Rhian Hughes', 'Nia Powell']);
});

test(`${AR}: a name that runs on into the object ends at the family name the article repeats; the object, and an ordinal after a demonstrative, are no person`, () => {
  assert.deepEqual(drawnPeople(AR, 'ar'), ['رافد الحداد', 'مهند القاسم', 'غسان الشهابي', 'رامز الصباغ']);
});

const NAMES: RuleProbe[] = [
  // The body's words are no person's name: a draft naming other bodies or people gets nothing.
  { file: EN, sentence: 'The Royal College of Paediatrics and Child Health warned that families were struggling.' },
  { file: EN, sentence: 'The Welsh government said child health services were under strain.' },
  { file: EN, sentence: 'Gareth ap Rhys said the strike had delayed deliveries of medicines.' },
  { file: EN, sentence: 'Gareth ap Rees said the strike had delayed deliveries of medicines.', flagged: 'Gareth ap Rees' },
  { file: AR, sentence: 'وقال وزير النقل والمواصلات رافد الحداد إن الخطة تشمل 120 حافلة جديدة.' },
  { file: AR, sentence: 'وقال وزير النقل والمواصلات رافد الحدادي إن الخطة تشمل 120 حافلة جديدة.', flagged: 'رافد الحدادي' },
  { file: AR, sentence: 'وانتقد النائب غسان الشهابي شروط العقد.' },
];

for (const one of NAMES) ruleProbe('name-spelling', one);

const POSTS: RuleProbe[] = [
  { file: AR, sentence: 'وأعلن وزير النقل والمواصلات رافد الحداد تفاصيل الخطة.' },
  { file: AR, sentence: 'وأعلن وزير الداخلية رافد الحداد تفاصيل الخطة.', flagged: 'الداخلية' },
  // The body's pronoun gone, the title names the body: «رئيس مجلس إدارة الشركة».
  { file: AR, sentence: 'وقال رئيس مجلس إدارة شركة "الشام للنقل" مهند القاسم إن الحافلات ستصل في مايو.' },
  { file: AR, sentence: 'وقال عضو لجنة النقل في مجلس الشعب غسان الشهابي إن شروط الدفع مجحفة.' },
  { file: EN, sentence: 'Health minister Owen Pritchard will chair the first session.' },
  { file: EN, sentence: 'Transport minister Owen Pritchard will chair the first session.', flagged: 'Transport' },
  // A lower-case word before a known portfolio is the title's (the public health minister), in both languages.
  { file: EN, sentence: 'Gareth ap Rhys, the public health minister, said medicines were late.' },
  { file: EN, sentence: 'وقال وزير الصحة العامة غارث أب رهيس إن الأدوية تأخرت.' },
  // A country's possessive before a title is also written as its adjective.
  { file: EN, sentence: 'Fiona MacLeod, the Scottish First Minister, offered two ferries.' },
  { file: EN, sentence: 'Fiona MacLeod, the Welsh First Minister, offered two ferries.', flagged: 'Welsh' },
  // A spokesperson's portfolio before the head is the title's.
  { file: EN, sentence: 'Ceri Evans, the transport spokesperson of Cymru Rhydd, said the government was slow.' },
  { file: EN, sentence: 'Ceri Evans, the health spokesperson of Cymru Rhydd, said the government was slow.', flagged: 'health' },
  // A title set off after a known person's name is that person's: the body after it names no other holder.
  { file: EN, sentence: 'Ceri Evans, transport spokesperson, Cymru Rhydd, said the government was slow.' },
  { file: EN, sentence: 'Transport spokesperson Rhian Hughes said the government was slow.', flagged: 'Transport spokesperson' },
  // "and the council's …" opens another description of the person: the ward's title ends before it.
  { file: EN, sentence: "Nia Powell, Conservative councillor for Grangetown and the council's cabinet member for transport, said buses would run." },
];

for (const one of POSTS) ruleProbe('post-holder', one);

// The wrong party of the same sentence stays flagged, as an affiliation.
ruleProbe('affiliation', { file: EN, sentence: "Nia Powell, Conservative councillor for Grangetown and the council's cabinet member for transport, said buses would run.", flagged: 'Conservative' });
