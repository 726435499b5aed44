/**
 * Titles of the courts in Arabic and English: a judge («القاضي», «رئيس الدائرة», judge), a public
 * prosecutor («النائب العام», «وكيل النيابة», «المدعي العام», prosecutor, attorney general) and a
 * lawyer («المحامي», «محامي المتهم الأول», lawyer, attorney). The three callings exclude each
 * other: a draft that calls the judge a lawyer, the lawyer the prosecutor or the prosecutor a
 * lawyer gives a wrong post. «المستشار» before a judge's or a prosecutor's name (Egypt, Kuwait)
 * is the judiciary's form of address, not an adviser's post. Invented stories (an Egyptian
 * cassation ruling written as a fact base by hand; a Kuwaiti one drawn by `kb draw`), with true
 * restatements that must pass.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { citer, findingLines, loadTestFactBase } from './helpers';
import { probe } from './drawProbeChecks';

const RULES = ['post-holder', 'affiliation'];

const ARTICLE = `محكمة النقض المصرية تؤيد حكم سجن رجل أعمال في قضية رشوة

القاهرة، 12 مارس (الشرق الأوسط) - أيدت محكمة النقض المصرية، اليوم الأربعاء، حكماً بالسجن عشر سنوات على رجل الأعمال حسام الدين الشناوي في قضية رشوة.

وأصدرت الدائرة الجنائية الحكم برئاسة المستشار عادل الفخراني رئيس المحكمة.

وقال محامي المتهم الأول، المحامي فريد الديب، إن موكله سيلجأ إلى التماس إعادة النظر.

وكان النائب العام المستشار محمد شوقي قد أحال القضية إلى محكمة الجنايات في مايو 2024.
`;

const cite = citer(ARTICLE);
const court = findingLines(
  createChecker(
    [
      loadTestFactBase(
        {
          schemaVersion: 2,
          id: 'cassation',
          title: 'محكمة النقض المصرية تؤيد حكم سجن رجل أعمال في قضية رشوة',
          source: { file: 'article.ar.txt', lang: 'ar', published: '2027-03-12' },
          people: [
            { id: 'fakhrani', names: { ar: ['عادل الفخراني'], en: ['Adel el-Fakhrani'] }, short: { ar: ['الفخراني'], en: ['Fakhrani'] }, evidence: cite('عادل الفخراني') },
            { id: 'dib', names: { ar: ['فريد الديب'], en: ['Farid el-Deeb'] }, short: { ar: ['الديب'], en: ['Deeb'] }, evidence: cite('فريد الديب') },
            { id: 'shawki', names: { ar: ['محمد شوقي'], en: ['Mohamed Shawki'] }, short: { ar: ['شوقي'], en: ['Shawki'] }, evidence: cite('محمد شوقي') },
            { id: 'shenawi', names: { ar: ['حسام الدين الشناوي'], en: ['Hossam el-Din el-Shenawi'] }, short: { ar: ['الشناوي'], en: ['Shenawi'] }, evidence: cite('حسام الدين الشناوي') },
          ],
          organisations: [{ id: 'cassation', names: { ar: ['محكمة النقض المصرية', 'محكمة النقض'], en: ['Court of Cassation'] }, kind: 'court', evidence: cite('محكمة النقض المصرية') }],
          posts: [
            { id: 'fakhrani-judge', holder: 'fakhrani', role: 'judge', title: { ar: ['رئيس المحكمة', 'رئيس الدائرة الجنائية'], en: ['presiding judge'] }, organisation: 'cassation', evidence: cite('المستشار عادل الفخراني رئيس المحكمة') },
            { id: 'shawki-prosecutor', holder: 'shawki', role: 'other', title: { ar: ['النائب العام'], en: ['Public Prosecutor', 'Prosecutor General'] }, country: 'EG', evidence: cite('النائب العام المستشار محمد شوقي') },
            { id: 'dib-lawyer', holder: 'dib', role: 'other', title: { ar: ['محامي المتهم الأول', 'المحامي'], en: ['lawyer for the first defendant', 'defence lawyer'] }, evidence: cite('محامي المتهم الأول، المحامي فريد الديب') },
          ],
        },
        'cassation.factbase.json',
        ARTICLE,
      ),
    ],
    { scope: 'all' },
  ),
  RULES,
);

test('a judge, a prosecutor and a lawyer given one another\'s calling get a wrong post', () => {
  assert.ok(court('وقال المحامي عادل الفخراني إن الحكم نهائي.').some((line) => line.startsWith('post-holder:')));
  assert.ok(court('وقال النائب العام فريد الديب إن الحكم نهائي.').some((line) => line.startsWith('post-holder:')));
  assert.ok(court('وقال محمد شوقي، محامي المتهم الأول، إن الأدلة لم تكن كافية.').some((line) => line.startsWith('post-holder:')));
  assert.ok(court('وقال وكيل النيابة عادل الفخراني إن الأدلة كافية.').some((line) => line.startsWith('post-holder:')));
  assert.ok(court('Public prosecutor Farid el-Deeb said the ruling was final.').some((line) => line.startsWith('post-holder:')));
  assert.ok(court('Mohamed Shawki, the lawyer for the defendant, said the evidence was weak.').some((line) => line.startsWith('post-holder:')));
});

test('each calling restated, and «المستشار» before a judge or a prosecutor, pass', () => {
  assert.deepEqual(court('أيد المستشار عادل الفخراني الحكم على الشناوي.'), []);
  assert.deepEqual(court('وأحال النائب العام المستشار محمد شوقي القضية إلى الجنايات.'), []);
  assert.deepEqual(court('وأحال المستشار محمد شوقي القضية إلى الجنايات.'), []);
  assert.deepEqual(court('وقال المحامي فريد الديب إن موكله سيطلب إعادة النظر.'), []);
  assert.deepEqual(court('وقال فريد الديب محامي الشناوي إن موكله سيطلب إعادة النظر.'), []);
  assert.deepEqual(court('وأحال النائب العام محمد شوقي القضية إلى الجنايات.'), []);
  assert.deepEqual(court('وقال القاضي عادل الفخراني إن الحكم نهائي.'), []);
  assert.deepEqual(court("Farid el-Deeb, the defendant's lawyer, said his client would appeal."), []);
  assert.deepEqual(court('Prosecutor General Mohamed Shawki referred the case to trial.'), []);
  // A person the fact base gives no post may be a lawyer by trade.
  assert.deepEqual(court('وقال المحامي حسام الدين الشناوي إن الحكم قاس.'), []);
});

// The drawn fact base of an invented Kuwaiti ruling: «المستشار» in a sentence about a court is no
// adviser's post, and the prosecutor and the lawyer are drawn.
const FILE = 'appeal-court.ar.txt';
probe(FILE, { sentence: 'وقال المحامي يوسف الرشيدان إن الحكم نهائي.', rule: 'post-holder', todo: 'dropped: ar-heritage\'s drawn precision fell 1.00 to 0.93 on the held-out measure with the Arabic drawing of courts\' callings and undersecretaries, not restored by reverting another change; cause not found' });
probe(FILE, { sentence: 'وقال النائب العام ناصر الهاجري إن الحكم نهائي.', rule: 'post-holder', todo: 'dropped: ar-heritage\'s drawn precision fell 1.00 to 0.93 on the held-out measure with the Arabic drawing of courts\' callings and undersecretaries, not restored by reverting another change; cause not found' });
probe(FILE, { sentence: 'وقال المحامي سعد الصفران إن موكله سيدرس الحكم.', rule: 'post-holder', todo: 'dropped: ar-heritage\'s drawn precision fell 1.00 to 0.93 on the held-out measure with the Arabic drawing of courts\' callings and undersecretaries, not restored by reverting another change; cause not found' });
probe(FILE, { sentence: 'وصدر الحكم برئاسة المستشار يوسف الرشيدان.' });
probe(FILE, { sentence: 'وقال القاضي يوسف الرشيدان إن الحكم نهائي.' });
probe(FILE, { sentence: 'وأحال النائب العام سعد الصفران القضية إلى الجنايات.' });
probe(FILE, { sentence: 'وقال المحامي ناصر الهاجري إن موكله سيدرس الحكم.' });
