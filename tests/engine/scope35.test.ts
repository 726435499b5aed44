/**
 * Probes of story detection with drawn fact bases: the emphatic ظ, which the drawer transliterates
 * z (Kazem al-Hafizi for كاظم الحفيظي) and the Gulf, Iraqi and Yemeni press writes dh (Kadhim
 * al-Hafidhi, Al Dhafra for الظفرة). An English draft that names an Arabic story's people and
 * companies with dh is tied to the story, and then gets its findings; a draft of another story
 * that shares its vocabulary (a solar plant, an energy company, a given name) gets nothing. The
 * articles and drafts are invented; the companies, places and people do not exist.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { drawnFactBase as drawn, tiedTo } from './scopeDrawnHelpers';

const SOLAR = `شركة الظفرة للطاقة تشغّل محطة شمسية جديدة في وادي السدر

وادي السدر، الثلاثاء 13 أبريل 2027 – بدأت شركة الظفرة للطاقة تشغيل محطة للطاقة الشمسية في وادي السدر بقدرة 375 ميغاواط، بكلفة بلغت 412 مليون دولار.

وقال الرئيس التنفيذي للشركة كاظم الحفيظي إن المحطة ستزود 96 ألف منزل بالكهرباء، وإن 640 عاملاً شاركوا في بنائها على مدى 22 شهراً.

وأضاف الحفيظي أن الشركة تعتزم إنشاء محطة ثانية في منطقة الرملة قبل نهاية عام 2029.

من جهتها، قالت مديرة المشروع هند الكعبي إن الألواح الشمسية صُنعت في كوريا الجنوبية.
`;

describe('an English draft that writes an Arabic story\'s ظ as dh (drawn fact base)', () => {
  const solar = drawn(SOLAR, 'solar', 'ar');
  test('tied: the company and its chief executive, both written with dh', () =>
    assert.ok(tiedTo(solar, 'Dhafra Energy starts solar plant\n\nAl Dhafra Energy has begun operating a new solar plant. Its chief executive, Kadhim al-Hafidhi, said the plant would supply homes across the region.\n')));
  test('tied: the company written with dh and two of the story\'s figures', () =>
    assert.ok(tiedTo(solar, 'New solar plant\n\nAl Dhafra Energy has begun operating a 375-megawatt solar plant, which cost $412 million.\n')));
  test('tied: the chief executive written with dh and three of the story\'s figures', () =>
    assert.ok(tiedTo(solar, 'Solar plant opens\n\nThe chief executive, Kadhim al-Hafidhi, said 640 workers built the 375-megawatt plant over 22 months.\n')));
  test('tied, then checked: a planted figure with two digits swapped is flagged with the article\'s', () => {
    const result = createChecker([solar]).check('Dhafra Energy starts solar plant\n\nAl Dhafra Energy has begun operating a new solar plant. Its chief executive, Kadhim al-Hafidhi, said 460 workers had built it over 22 months.\n', { format: 'markdown' });
    const quantity = result.findings.find((finding) => finding.ruleId === 'quantity');
    assert.equal(quantity?.expected, '640');
  });
  test('not tied: another energy company\'s solar plant, with a chief executive of the same given name', () =>
    assert.ok(!tiedTo(solar, 'Solar plant opens in the north\n\nAl Dhafra Ports has opened a solar plant at its terminal. Its chief executive, Kadhim al-Hashimi, said the 375-megawatt plant would supply 20,000 homes.\n')));
  test('not tied: a solar story that shares only its vocabulary and a figure', () =>
    assert.ok(!tiedTo(solar, 'Energy minister opens solar farm\n\nThe energy minister, Hafidh al-Kadi, opened a 375-megawatt solar farm on Tuesday, built by 900 workers over two years.\n')));
});

const RESERVOIR = `Lake levels fall to record low at Corrinmere reservoir

HALBRIDGE, Monday 8 March 2027 - Water in the Corrinmere reservoir has fallen to 23 per cent of capacity, the lowest level since records began in 1961, the Halbridge Water Board said on Monday.

Professor Imogen Tallisker, a hydrologist at the University of Halbridge, said the region had received 46 per cent of its normal rainfall over the past 14 months.

The board's chief executive, Dunstan Pryce, said a hosepipe ban covering 310,000 households would begin on 22 March.
`;

describe('a person an English article names after an academic title (drawn fact base)', () => {
  const reservoir = drawn(RESERVOIR, 'reservoir', 'en');
  test('drawn without the title: her name is her given and family name', () =>
    assert.ok(reservoir.people?.some((person) => person.names.en?.[0] === 'Imogen Tallisker')));
  test('tied: her full name without the title and a day of the story', () =>
    assert.ok(tiedTo(reservoir, 'Reservoir at record low\n\nImogen Tallisker, a hydrologist, said a hosepipe ban would begin on 22 March.\n')));
  test('tied, then checked: a planted figure with its digits moved is flagged with the article\'s', () => {
    const result = createChecker([reservoir]).check('Reservoir at record low\n\nImogen Tallisker, a hydrologist, said a hosepipe ban covering 130,000 households would begin on 22 March.\n', { format: 'markdown' });
    assert.equal(result.findings.find((finding) => finding.ruleId === 'quantity')?.expected, '310,000');
  });
  test('not tied: another professor of the same given name and a ban on the same day', () =>
    assert.ok(!tiedTo(reservoir, 'Hosepipe ban in the west\n\nProfessor Imogen Hartley, a hydrologist, said a hosepipe ban would begin on 22 March across the western valleys.\n')));
});

const TELECOM = `إطلاق خدمة الجيل الخامس في الزرقاء

عمّان، الأربعاء 10 مارس 2027 – أطلقت شركة نوران للاتصالات، ثالث أكبر مشغّل للهاتف المحمول في المملكة، خدمة الجيل الخامس في مدينة الزرقاء يوم الأربعاء، باستثمارات بلغت 85 مليون دينار.

وقال المدير العام للشركة باسل الخريشا إن الخدمة ستصل إلى 420 ألف مشترك بحلول نهاية العام.

وللمرة الأولى، تنظم الهيئة الوطنية لتنظيم الاتصالات مزاداً على ترددات جديدة في يونيو المقبل، بحسب ما قالت رئيستها رنا الزيود.
`;

describe('a person named after a title by a given name whose first letter may be read as a clitic (drawn fact base)', () => {
  const telecom = drawn(TELECOM, 'telecom', 'ar');
  test('drawn: the director general after his title', () =>
    assert.ok(telecom.people?.some((person) => person.names.ar?.[0] === 'باسل الخريشا')));
  test('tied: an English draft naming him and the company', () =>
    assert.ok(tiedTo(telecom, 'Nouran Telecom launches 5G in Zarqa\n\nNouran Telecom has launched fifth-generation mobile service in Zarqa. Its director general, Basel al-Khraisha, said it would reach customers across the city by the end of the year.\n')));
  test('tied, then checked: an Arabic draft with a planted figure is flagged with the article\'s', () => {
    const result = createChecker([telecom]).check('# الجيل الخامس في الزرقاء\n\nقال المدير العام لشركة نوران للاتصالات باسل الخريشا إن الخدمة ستصل إلى 240 ألف مشترك بحلول نهاية العام.\n', { format: 'markdown' });
    assert.ok(result.findings.some((finding) => finding.ruleId === 'quantity'));
  });
  test('not tied: another operator\'s director general of the same given name and one of its figures', () =>
    assert.ok(!tiedTo(telecom, 'Another operator launches 5G\n\nBasel al-Khatib, director general of Sahm Telecom, said the service would reach 420,000 subscribers in Irbid.\n')));
  test('drawn: other such names after a title (ليث, بسام, بشير, لطفي)', () => {
    const town = drawn('بلدية وادي السير تفتتح حديقة\n\nوقال رئيس البلدية ليث العبادي إن الحديقة افتتحت يوم السبت. وأضاف مدير الحدائق بسام القرالة أن الكلفة بلغت 300 ألف دينار. وقال مدير الأشغال بشير الرواشدة إن العمل استمر عاماً، فيما قال مدير المالية لطفي الحمايدة إن التمويل حكومي.\n', 'town', 'ar');
    const names = new Set((town.people ?? []).map((person) => person.names.ar?.[0]));
    for (const name of ['ليث العبادي', 'بسام القرالة', 'بشير الرواشدة', 'لطفي الحمايدة']) assert.ok(names.has(name), name);
  });
});

const PORTS = `البصرة تستضيف مؤتمراً لإعادة إعمار الموانئ

البصرة، 3 مايو 2026 - افتتح محافظ البصرة ناظم عبد الحافظ الكاظمي يوم السبت مؤتمراً دولياً لإعادة إعمار موانئ الخليج بمشاركة 46 شركة من 12 دولة.

وقال الكاظمي في كلمته إن المحافظة تسعى إلى جذب استثمارات بقيمة 3.7 مليار دولار لتطوير ميناء أم قصر خلال خمس سنوات.

وقال مدير الميناء فرحان الساعدي إن حركة الحاويات ارتفعت بنسبة 27 في المئة خلال العام الماضي.
`;

describe('a governor named after his title by a given name and a compound name (drawn fact base)', () => {
  const ports = drawn(PORTS, 'ports', 'ar');
  test('drawn: his given name with the compound name', () =>
    assert.ok(ports.people?.some((person) => person.names.ar?.[0] === 'ناظم عبد الحافظ الكاظمي')));
  test('tied: an English draft naming him by given and family name, as the Iraqi press writes them, with the story\'s figures', () =>
    assert.ok(tiedTo(ports, 'Basra conference on ports\n\nBasra governor Nadhim al-Kadhimi said the province wanted $3.7 billion of investment for its ports, and 46 companies from 12 countries took part.\n')));
  test('not tied: another governor of the same family name at another conference', () =>
    assert.ok(!tiedTo(ports, 'Conference on farming\n\nThe governor of Wasit, Jabbar al-Kadhimi, opened a conference on Saturday on farming.\n')));
});
