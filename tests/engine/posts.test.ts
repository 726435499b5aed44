/**
 * Posts and organisations given to known people, on an invented story (a port concession) so that
 * no corpus sentence is involved: a title of another post read from the title words of both
 * languages (feminine and definite forms, وزير الدولة للشؤون …, a lower-case English portfolio),
 * an organisation the fact base does not know read by its construction (شركة/هيئة X, "X
 * Authority", "X of the Y Party"), a body inside the person's own organisation, and an
 * organisation after a comma in a table cell. Each case has a near miss that must pass.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, parseFactBase, type FactBaseData } from '../../engine/src/index';
import { citer, loadTestFactBase } from './helpers';

const ARTICLE = [
  'امتياز ميناء الصخيرات: توقيع العقد',
  'وقّع وزير النقل سالم الرواحي العقد ممثلاً لهيئة الموانئ البحرية، مع ليلى برادة، الرئيسة التنفيذية لشركة المرافئ المتحدة.',
  'ورحّب المستشار الاقتصادي لرئيس الوزراء كمال الدباغ بالاتفاق.',
  'وقالت المديرة الإقليمية للعمليات في اتحاد الموانئ العربية نورة الخياط إن العمل سيبدأ فوراً، فيما رحّب الأمين العام للاتحاد يوسف الحداد بالخطوة.',
  'وكتبت سارة ويلز، النائبة عن حزب الخضر، أن الصفقة «تحتاج إلى رقابة».',
].join('\n\n');

const cite = citer(ARTICLE);

function port(): FactBaseData {
  const data = {
    schemaVersion: 2,
    id: 'port',
    source: { file: 'article.ar.txt', lang: 'ar', published: '2025-05-02' },
    people: [
      { id: 'rawahi', names: { ar: ['سالم الرواحي'], en: ['Salem al-Rawahi'] }, gender: 'm', evidence: cite('سالم الرواحي') },
      { id: 'berrada', names: { ar: ['ليلى برادة'], en: ['Leila Berrada'] }, gender: 'f', evidence: cite('ليلى برادة') },
      { id: 'dabbagh', names: { ar: ['كمال الدباغ'], en: ['Kamal al-Dabbagh'] }, gender: 'm', evidence: cite('كمال الدباغ') },
      { id: 'khayat', names: { ar: ['نورة الخياط'], en: ['Noura al-Khayat'] }, gender: 'f', evidence: cite('نورة الخياط') },
      { id: 'haddad', names: { ar: ['يوسف الحداد'], en: ['Youssef Haddad'] }, gender: 'm', evidence: cite('يوسف الحداد') },
      { id: 'wells', names: { ar: ['سارة ويلز'], en: ['Sarah Wells'] }, gender: 'f', evidence: cite('سارة ويلز') },
    ],
    organisations: [
      { id: 'transport-ministry', kind: 'ministry', names: { ar: ['وزارة النقل'], en: ['Transport Ministry', 'Ministry of Transport'] }, evidence: cite('وزير النقل') },
      { id: 'ports-authority', kind: 'authority', names: { ar: ['هيئة الموانئ البحرية'], en: ['Maritime Ports Authority'] }, evidence: cite('هيئة الموانئ البحرية') },
      { id: 'united-harbours', kind: 'company', names: { ar: ['شركة المرافئ المتحدة', 'المرافئ المتحدة'], en: ['United Harbours Company', 'United Harbours'] }, evidence: cite('شركة المرافئ المتحدة') },
      { id: 'federation', kind: 'federation', names: { ar: ['اتحاد الموانئ العربية'], en: ['Arab Ports Federation'] }, evidence: cite('اتحاد الموانئ العربية') },
      { id: 'greens', kind: 'party', names: { ar: ['حزب الخضر'], en: ['Green Party', 'Greens'] }, evidence: cite('حزب الخضر') },
    ],
    posts: [
      { id: 'rawahi-minister', holder: 'rawahi', role: 'minister', title: { ar: ['وزير النقل'], en: ['Transport Minister', 'Minister of Transport'] }, organisation: 'transport-ministry', evidence: cite('وزير النقل سالم الرواحي') },
      { id: 'berrada-ceo', holder: 'berrada', role: 'chief-executive', title: { ar: ['الرئيسة التنفيذية لشركة المرافئ المتحدة', 'الرئيسة التنفيذية'], en: ['chief executive of United Harbours', 'chief executive'] }, organisation: 'united-harbours', evidence: cite('ليلى برادة، الرئيسة التنفيذية لشركة المرافئ المتحدة') },
      { id: 'dabbagh-adviser', holder: 'dabbagh', role: 'adviser', title: { ar: ['المستشار الاقتصادي لرئيس الوزراء'], en: ["the prime minister's economic adviser"] }, evidence: cite('المستشار الاقتصادي لرئيس الوزراء كمال الدباغ') },
      { id: 'khayat-director', holder: 'khayat', role: 'director', title: { ar: ['المديرة الإقليمية للعمليات في اتحاد الموانئ العربية', 'المديرة الإقليمية للعمليات'], en: ['regional director of operations'] }, organisation: 'federation', evidence: cite('المديرة الإقليمية للعمليات في اتحاد الموانئ العربية نورة الخياط') },
      { id: 'haddad-sg', holder: 'haddad', role: 'secretary-general', title: { ar: ['الأمين العام لاتحاد الموانئ العربية', 'الأمين العام للاتحاد'], en: ['Secretary General of the Arab Ports Federation'] }, organisation: 'federation', evidence: cite('الأمين العام للاتحاد يوسف الحداد') },
    ],
    affiliations: [
      { id: 'rawahi-represents', member: 'rawahi', organisation: 'ports-authority', relation: 'represents', evidence: cite('ممثلاً لهيئة الموانئ البحرية') },
      { id: 'wells-greens', member: 'wells', organisation: 'greens', relation: 'member-of', evidence: cite('سارة ويلز، النائبة عن حزب الخضر') },
    ],
  };
  return loadTestFactBase(data, 'port.factbase.json', ARTICLE);
}

const checker = createChecker([port()], { scope: 'all' });
const findings = (draft: string) =>
  checker.check(draft).findings.filter((finding) => finding.ruleId === 'post-holder' || finding.ruleId === 'affiliation').map((finding) => `${finding.ruleId}: ${draft.slice(finding.range.start, finding.range.end)}`);
const fixes = (draft: string) => checker.check(draft).findings.flatMap((finding) => finding.fixes.flatMap((fix) => fix.edits.map((edit) => edit.text)));

test('the article checks clean against its own fact base', () => {
  assert.deepEqual(findings(ARTICLE), []);
});

test('a minister of state is a minister: the title of an adviser is wrong, a past post is not', () => {
  const draft = 'ورحّب وزير الدولة للشؤون الاقتصادية كمال الدباغ بالاتفاق.';
  assert.deepEqual(findings(draft), ['post-holder: وزير الدولة للشؤون الاقتصادية']);
  assert.deepEqual(fixes(draft), ['المستشار الاقتصادي لرئيس الوزراء']);
  assert.deepEqual(findings('وكان الدباغ وزير الدولة للشؤون الاقتصادية حتى عام 2019.'), []);
  assert.deepEqual(findings('Kamal al-Dabbagh, economy minister until 2019, welcomed the deal.'), []);
  assert.deepEqual(findings('Kamal al-Dabbagh, the economy minister, welcomed the deal.'), ['post-holder: economy minister']);
});

test('a feminine head of the right federation is another post of it; her own title passes', () => {
  const draft = 'وقالت نورة الخياط، رئيسة اتحاد الموانئ العربية، إن العمل سيبدأ.';
  assert.deepEqual(findings(draft), ['post-holder: رئيسة']);
  assert.deepEqual(fixes(draft), ['المديرة الإقليمية للعمليات في']);
  assert.deepEqual(findings('وقالت نورة الخياط، المديرة الإقليمية للعمليات في اتحاد الموانئ العربية، إن العمل سيبدأ.'), []);
});

test('a body inside the right organisation is another post; the organisation itself passes', () => {
  const draft = 'ورحّب رئيس المجلس التنفيذي لاتحاد الموانئ العربية يوسف الحداد بالخطوة.';
  assert.deepEqual(findings(draft), ['post-holder: رئيس المجلس التنفيذي']);
  assert.deepEqual(fixes(draft), ['الأمين العام']);
  assert.deepEqual(findings('ورحّب الأمين العام لاتحاد الموانئ العربية يوسف الحداد بالخطوة.'), []);
});

test('an organisation the fact base does not know, read by its construction, in a title', () => {
  const draft = 'Leila Berrada, chief executive of the Gulf Marine Investment Authority, signed the deal.';
  assert.deepEqual(findings(draft), ['post-holder: Gulf Marine Investment Authority']);
  assert.deepEqual(fixes(draft), ['United Harbours Company']);
  assert.deepEqual(findings('Leila Berrada, chief executive of the United Harbours Company, signed the deal.'), []);
  const arabic = 'وقّع وزير النقل سالم الرواحي العقد ممثلاً للهيئة العامة للطرق والجسور.';
  assert.deepEqual(findings(arabic), ['post-holder: للهيئة العامة للطرق والجسور']);
  assert.deepEqual(fixes(arabic), ['لهيئة الموانئ البحرية']);
  assert.deepEqual(findings('وقّع وزير النقل سالم الرواحي العقد ممثلاً لهيئة الموانئ البحرية.'), []);
});

test('"P of the X Party": another party of the person is wrong, their own and a place are not', () => {
  assert.deepEqual(findings('Sarah Wells of the Liberal Democrats said the deal needed scrutiny.'), ['affiliation: Liberal Democrats']);
  assert.deepEqual(findings('Sarah Wells of the Green Party said the deal needed scrutiny.'), []);
  assert.deepEqual(findings('Sarah Wells of Bristol said the deal needed scrutiny.'), []);
});

test('a table cell gives the post, a comma, then the organisation', () => {
  const table = '| Who | Post |\n|---|---|\n| Youssef Haddad | Secretary General, United Harbours Company |\n';
  assert.deepEqual(findings(table), ['post-holder: United Harbours Company']);
  assert.deepEqual(findings('| Who | Post |\n|---|---|\n| Youssef Haddad | Secretary General, Arab Ports Federation |\n'), []);
});

test('a captain\'s Arabic title is accepted for a post of role leader, and reported for a post of another family', () => {
  const data = {
    schemaVersion: 2,
    id: 'club',
    source: { file: 'article.ar.txt', lang: 'ar', published: '2025-05-02' },
    people: [
      { id: 'nabil', names: { ar: ['نبيل الزين'], en: ['Nabil Zein'] }, gender: 'm', evidence: [{ start: 12, end: 21, text: 'نبيل الزين' }] },
      { id: 'omar', names: { ar: ['عمر الصافي'], en: ['Omar Safi'] }, gender: 'm', evidence: [{ start: 46, end: 56, text: 'عمر الصافي' }] },
    ],
    posts: [
      { id: 'nabil-captain', holder: 'nabil', role: 'leader', title: { ar: ['قائد المنتخب'], en: ['captain'] }, evidence: [{ start: 0, end: 21, text: 'قائد المنتخب نبيل الزين' }] },
      { id: 'omar-coach', holder: 'omar', role: 'coach', title: { ar: ['مدرب المنتخب'], en: ['coach'] }, evidence: [{ start: 34, end: 56, text: 'مدرب المنتخب عمر الصافي' }] },
    ],
  };
  const article = 'قائد المنتخب نبيل الزين سجل، وقال مدرب المنتخب عمر الصافي إنه راضٍ.';
  const fixed = JSON.parse(JSON.stringify(data)) as typeof data;
  for (const list of [fixed.people, fixed.posts]) for (const fact of list) for (const evidence of fact.evidence) {
    evidence.start = article.indexOf(evidence.text);
    evidence.end = evidence.start + evidence.text.length;
  }
  const parsed = parseFactBase(JSON.stringify(fixed), 'club.factbase.json', article);
  assert.deepEqual(parsed.problems, []);
  const club = createChecker([parsed.factBase!], { scope: 'all' });
  const found = (draft: string) => club.check(draft).findings.filter((f) => f.ruleId === 'post-holder').map((f) => draft.slice(f.range.start, f.range.end));
  assert.deepEqual(found('وسجل قائد الفريق نبيل الزين هدفين.'), []);
  assert.deepEqual(found('وقال قائد الفريق عمر الصافي إنه راضٍ.'), ['قائد الفريق']);
});
