/**
 * Probes of story detection with drawn fact bases, across languages. An Arabic article names a
 * company by its kind, its own name and what it makes («شركة السنديان للغزل والنسيج», «مجموعة
 * القرطاس»), and a site by its noun and a name without the article («مخيم كوراني»); the drawn
 * fact base keeps them in Arabic, and an English draft writes them "Sindian Spinning and Weaving",
 * "the Qirtas Group", "Kurani camp". Such a draft is tied to the story; a draft of another story
 * that shares its vocabulary (another company of the same town, another company of the same
 * trade, another camp of the same region) gets nothing. The articles and drafts are invented; the
 * towns, companies, camps and people do not exist.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { drawnFactBase as drawn, tiedTo } from './scopeDrawnHelpers';

const MILL = `إضراب في شركة السنديان للغزل والنسيج

بنها – الاثنين 8 مارس 2027 – دخل عمال شركة السنديان للغزل والنسيج في بنها يومهم الثالث من الإضراب، مطالبين بصرف حوافز متأخرة منذ أربعة أشهر.

وقال رئيس اللجنة النقابية في الشركة رامي القدورة إن 3200 عامل توقفوا عن العمل، فيما قالت إدارة الشركة إن الحوافز ستصرف نهاية الشهر.
`;

const PAPER = `مجموعة القرطاس تفتتح مصنعاً جديداً للورق

الزرقاء – الأحد 14 فبراير 2027 – افتتحت مجموعة القرطاس الصناعية مصنعاً جديداً للورق المقوى في الزرقاء بطاقة 90 ألف طن سنوياً.

وقالت المديرة التنفيذية للمجموعة هالة الزعبلاوي إن المصنع سيوفر 450 فرصة عمل.
`;

describe('an English draft naming an Arabic story\'s company (drawn fact base)', () => {
  const mill = drawn(MILL, 'mill', 'ar');
  const paper = drawn(PAPER, 'paper', 'ar');
  test('tied: the company by its name and trade, with the union leader', () =>
    assert.ok(tiedTo(mill, 'Rami al-Qadoura, who heads the union committee at Sindian Spinning and Weaving, said the strike would go on.')));
  test('tied: the company with "Company" after its trade, with the union leader', () =>
    assert.ok(tiedTo(mill, 'Workers at the Sindian Spinning Company walked out for a third day, union leader Rami Qaddoura said.')));
  test('tied: a group by its name, with its chief executive', () =>
    assert.ok(tiedTo(paper, 'Hala al-Zaablawi, chief executive of the Qirtas Group, said the new plant would employ 450 people.')));
  test('not tied: another company of the same town and trade', () =>
    assert.ok(!tiedTo(mill, 'Workers at the Benha Spinning and Weaving Company went on strike on Monday over late bonuses, union officials said.')));
  test('not tied: another company with the same name in another trade', () =>
    assert.ok(!tiedTo(mill, 'The Sindian Cement Company said on Monday it would raise prices, and the Sindian Sugar Company said it would cut jobs.')));
  test('not tied: the trade words alone', () =>
    assert.ok(!tiedTo(mill, 'Spinning and weaving workers at a state company in Benha went on strike for a third day over late bonuses.')));
  test('not tied: another group of the same city', () =>
    assert.ok(!tiedTo(paper, 'The Zarqa Group opened a new paper factory in Zarqa on Sunday with 450 jobs.')));
});

const CAMP = `عودة 600 عائلة نازحة من مخيم كوراني

دهوك – الخميس 11 فبراير 2027 – غادرت 600 عائلة نازحة مخيم كوراني قرب دهوك عائدة إلى قراها، بحسب ما أعلنت إدارة المخيم.

وقال سردار بامرني، مدير مخيم كوراني، إن المخيم ما زال يؤوي نحو 9 آلاف شخص.
`;

describe('an English draft naming a site an Arabic article names without the article (drawn fact base)', () => {
  const camp = drawn(CAMP, 'camp', 'ar');
  test('tied: the camp by its name, with its manager', () =>
    assert.ok(tiedTo(camp, 'Sardar Bamarni, who runs Kurani camp near Dohuk, said 600 families had gone home.')));
  test('not tied: another camp of the same region, with the same figures of families', () =>
    assert.ok(!tiedTo(camp, 'Some 600 displaced families left the Sharya camp near Dohuk on Thursday, the camp\'s administration said.')));
  test('not tied: the name as a word of another kind of site', () =>
    assert.ok(!tiedTo(camp, 'The Kurani Hotel in Dohuk reopened on Thursday after repairs, its manager Sardar Bamarni said.')));
});

/**
 * A word written once after a site noun without the article is often a common noun or an
 * adjective (مستشفى ميداني, مخيم مؤقت): it is drawn as no site's name.
 */
test('a site noun with a common word written once after it gives no story word', () => {
  const article = `دهوك – الخميس 11 فبراير 2027 – أقامت السلطات مستشفى ميداني قرب دهوك لاستقبال 600 عائلة نازحة، ونقلت بعضها إلى مخيم مؤقت شمال المدينة.

وقال سردار بامرني، مدير مخيم كوراني، إن مخيم كوراني استقبل 200 عائلة أخرى.
`;
  const anchors = (drawn(article, 'camp', 'ar') as unknown as { scope?: { anchors?: string[] } }).scope?.anchors ?? [];
  assert.deepEqual(anchors, ['مخيم كوراني']);
});

/**
 * A body whose definite head is masculine (الصندوق, المكتب, المعهد) is named with masculine
 * adjectives (الصندوق العربي للتنمية الريفية, not العربية): the drawing takes it as an
 * organisation as it does a feminine head's (الهيئة العامة للاستثمار), and a draft naming it is
 * tied. Another fund of the same kind, in a draft of another story, is not.
 */
const FUND = `قرض عربي لمشروع الري في وادي الزيتون

الرباط – الخميس 4 مارس 2027 – وقّعت الحكومة المغربية اتفاقاً يقرض بموجبه الصندوق العربي للتنمية الريفية مشروع الري في وادي الزيتون 300 مليون دولار على 20 عاماً.

وقال مدير العمليات في الصندوق، منير بوقرطاس، إن الأشغال تبدأ في يونيو.
`;

describe('a body with a masculine definite head (drawn Arabic fact base)', () => {
  const fund = drawn(FUND, 'fund', 'ar');
  test('tied: the fund and its operations director', () =>
    assert.ok(tiedTo(fund, 'قال منير بوقرطاس إن الصندوق العربي للتنمية الريفية سيموّل المشروع.')));
  test('not tied: another fund of the same kind, with another official', () =>
    assert.ok(!tiedTo(fund, 'قال الصندوق العربي للتنمية الحضرية إنه سيقرض مشروع الطرق في الرباط، بحسب مديره كريم الفاسي.')));
});
