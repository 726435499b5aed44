/**
 * Shares of another base (helper numbers35), probed before the change that serves them. An
 * article that gives what a share is ("5,000 trainees, 60 per cent of them women", «60 في المئة
 * منهم نساء»: the trainees are the base, women what the share is) says nothing of a share whose
 * base is the fact's noun itself ("half of our women cannot read", «نصف نسائنا»): that is a share
 * of all women, not of the trainees, and was read as contradicting the 60 per cent.
 *
 * Traps: the same share of the trainees given wrong is still flagged, and so is a share of the
 * fact's noun where the article's own share is of that noun (45 per cent of the women in rural
 * areas). Invented articles: a vocational training programme in Jordan; the figures are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ARABIC = [
  'برنامج وطني للتدريب المهني',
  'عمّان – الأحد 7 مارس 2027 – أطلقت وزارة العمل الأردنية برنامجاً للتدريب المهني، وقالت الوزيرة إن الفوج الأول سيضم 5000 متدرب، 60 في المئة منهم نساء.',
].join('\n\n');

const ENGLISH = [
  'National vocational training programme',
  'AMMAN, Sunday 7 March 2027 - The Jordanian labour ministry launched a vocational training programme, and the minister said the first cohort would take 5,000 trainees, 60 per cent of them women.',
].join('\n\n');

const story = {
  id: 'jordan-training',
  published: '2027-03-07',
  facts: (own: (en: string, ar: string) => { start: number; end: number; text: string }[]) => ({
    quantities: [
      { id: 'trainees', value: 5000, unit: 'count', noun: { ar: ['متدرب'], en: ['trainees'] }, evidence: own('5,000 trainees', '5000 متدرب') },
      { id: 'women', value: 60, unit: 'percent', noun: { ar: ['نساء', 'النساء'], en: ['women'] }, evidence: own('60 per cent of them women', '60 في المئة منهم نساء') },
    ],
  }),
};

const arabic = bilingualChecker(story, ['quantity'])(ARABIC, 'ar');
const english = bilingualChecker(story, ['quantity'])(ENGLISH, 'en');

/** Each checker on a draft sentence, in either language of the draft. */
const checkers = { 'ar-article': arabic, 'en-article': english };

const OTHER_BASE: string[] = [
  // A share whose base is the fact's noun, in a quotation and outside one.
  'The minister said: "We cannot grow while half of our women cannot read."',
  'Half of the women in the villages still cannot read.',
  'Some 30 per cent of women in rural areas never went to school.',
  'وما زال نصف النساء في القرى لا يقرأن.',
  'ولم تلتحق 30 في المئة من النساء في الأرياف بالمدرسة.',
];

for (const sentence of OTHER_BASE) {
  for (const [name, check] of Object.entries(checkers)) {
    test(`numbers35: ${name}: a share of the fact's noun itself is of another base: ${sentence}`, () => {
      assert.deepEqual(check(sentence), []);
    });
  }
}

/** Guards that already held and must still hold: the share of the trainees given wrong. */
const GUARDS: { sentence: string; found: string[] }[] = [
  { sentence: 'The first cohort will take 5,000 trainees, 40 per cent of them women.', found: ['quantity: 40 per cent → 60'] },
  { sentence: 'وسيضم الفوج الأول 5000 متدرب، 40 في المئة منهم نساء.', found: ['quantity: 40 في المئة → 60'] },
];

for (const { sentence, found } of GUARDS) {
  for (const [name, check] of Object.entries(checkers)) {
    test(`numbers35: ${name}: guard: ${sentence}`, () => {
      assert.deepEqual(check(sentence), found);
    });
  }
}

/** An article whose share is of the fact's noun itself: a share of that noun is compared. */
const rural = {
  id: 'jordan-rural',
  published: '2027-03-07',
  facts: (own: (en: string, ar: string) => { start: number; end: number; text: string }[]) => ({
    quantities: [{ id: 'rural-women', value: 45, unit: 'percent', noun: { ar: ['النساء'], en: ['women'] }, evidence: own('45 per cent of the women', '45 في المئة من النساء') }],
  }),
};
const ruralChecker = {
  'ar-article': bilingualChecker(rural, ['quantity'])('الأمية في الأرياف\n\nعمّان – الأحد 7 مارس 2027 – قالت وزارة العمل إن 45 في المئة من النساء في الأرياف لا يقرأن.', 'ar'),
  'en-article': bilingualChecker(rural, ['quantity'])('Illiteracy in rural areas\n\nAMMAN, Sunday 7 March 2027 - The labour ministry said 45 per cent of the women in rural areas cannot read.', 'en'),
};

const SAME_BASE: { sentence: string; found: string[] }[] = [
  { sentence: 'A third of the women in rural areas cannot read.', found: ['quantity: A third → '] },
  { sentence: 'Half of the women in rural areas cannot read.', found: [] },
  { sentence: 'وقالت الوزارة إن 25 في المئة من النساء في الأرياف لا يقرأن.', found: ['quantity: 25 في المئة → 45'] },
];

for (const { sentence, found } of SAME_BASE) {
  for (const [name, check] of Object.entries(ruralChecker)) {
    test(`numbers35: ${name}: guard, a share of the noun the article's share is of: ${sentence}`, () => {
      assert.deepEqual(check(sentence), found);
    });
  }
}

/*
 * A count tied to its place by the preposition after its noun (helper numbers35): "15,000 trainees
 * in Irbid", «15 ألف متدرب في إربد». A bare noun (trainees) counts many things, so a count of it
 * was compared only in a sentence that restates the fact's own article sentence; a line of a "by
 * the numbers" list restates nothing, yet the place right after the noun names whose count it is
 * when the fact base gives that place as the count's subject. Traps: the article's figure, a
 * rounding, another place, a place inside the subject's (a town of the governorate), a count of
 * another noun. Invented article: a training programme in Jordan; the figures are invented.
 */
const IRBID_AR = [
  'برنامج لتدريب الشباب',
  'عمّان – الأحد 7 مارس 2027 – قالت وزارة العمل الأردنية إن برنامجها الجديد سيدرب 50 ألف شاب خلال أربع سنوات، وإن محافظة إربد ستستقبل 12 ألف متدرب في السنة الأولى.',
].join('\n\n');

const IRBID_EN = [
  'Programme to train young people',
  'AMMAN, Sunday 7 March 2027 - The Jordanian labour ministry said its new programme would train 50,000 young people over four years, and that Irbid governorate would take 12,000 trainees in the first year.',
].join('\n\n');

const irbid = {
  id: 'jordan-irbid',
  published: '2027-03-07',
  facts: (own: (en: string, ar: string) => { start: number; end: number; text: string }[]) => ({
    places: [
      { id: 'irbid', names: { en: ['Irbid', 'Irbid governorate'], ar: ['إربد', 'محافظة إربد'] }, kind: 'region', evidence: own('Irbid governorate', 'محافظة إربد') },
      { id: 'ramtha', names: { en: ['Ramtha'], ar: ['الرمثا'] }, kind: 'city', within: 'irbid', evidence: own('Irbid', 'إربد') },
      { id: 'zarqa', names: { en: ['Zarqa'], ar: ['الزرقاء'] }, kind: 'city', evidence: own('Irbid', 'إربد') },
    ],
    quantities: [
      { id: 'young', value: 50000, unit: 'count', noun: { ar: ['شاب', 'متدرب'], en: ['young people', 'trainees'] }, evidence: own('train 50,000 young people', 'سيدرب 50 ألف شاب') },
      { id: 'irbid-trainees', value: 12000, unit: 'count', subject: 'irbid', noun: { ar: ['متدرب'], en: ['trainees'] }, evidence: own('12,000 trainees', '12 ألف متدرب') },
    ],
  }),
};

const irbidCheckers = { 'ar-article': bilingualChecker(irbid, ['quantity'])(IRBID_AR, 'ar'), 'en-article': bilingualChecker(irbid, ['quantity'])(IRBID_EN, 'en') };

const NOUN_PLACE: { sentence: string; found?: string[] }[] = [
  // Found before in a draft of the article's language (it restates the fact's sentence), not across languages.
  { sentence: '3. **15,000** trainees in Irbid', found: ['quantity: 15,000 → 12,000'] },
  { sentence: '- 15 ألف متدرب في إربد', found: ['quantity: 15 ألف → 12 ألف'] },
  // Traps.
  { sentence: '3. **12,000** trainees in Irbid' },
  { sentence: '3. **about 12,000** trainees in Irbid' },
  { sentence: '3. **15,000** trainees in Zarqa' },
  { sentence: '3. **4,000** trainees in Ramtha' },
  { sentence: '- 4 آلاف متدرب في الرمثا' },
  { sentence: '3. **150** trainers in Irbid' },
];

for (const { sentence, found = [] } of NOUN_PLACE) {
  for (const [name, check] of Object.entries(irbidCheckers)) {
    test(`numbers35: ${name}: a count tied to its place by the preposition after its noun: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, () => {
      assert.deepEqual(check(sentence), found);
    });
  }
}

/*
 * A sum tied to the body it comes from (helper numbers35): "15 million dinars from Irbid
 * municipality", «15 مليون دينار من بلدية إربد», in a list line that names neither the sum's noun
 * (contribute, «مساهمة») nor restates the fact's sentence. When the fact base gives that body as
 * the sum's subject, "from" and the body tie the sum to it, before any sum the sentence may restate
 * (the programme's whole cost). Traps: the article's figure, a rounding, a sum from another body,
 * the body's sum given in another currency's name (still the wrong currency). Invented article.
 */
const GRANT_AR = [
  'برنامج وطني للتدريب المهني',
  'عمّان – الأحد 7 مارس 2027 – أطلقت وزارة العمل الأردنية برنامجاً للتدريب المهني بكلفة 90 مليون دينار، وقالت الوزيرة إن بلدية إربد ستساهم بمبلغ 12 مليون دينار في البرنامج.',
].join('\n\n');

const GRANT_EN = [
  'National vocational training programme',
  'AMMAN, Sunday 7 March 2027 - The Jordanian labour ministry launched a vocational training programme costing 90 million dinars, and the minister said Irbid municipality would contribute 12 million dinars to it.',
].join('\n\n');

const grant = {
  id: 'jordan-grant',
  published: '2027-03-07',
  facts: (own: (en: string, ar: string) => { start: number; end: number; text: string }[]) => ({
    organisations: [
      { id: 'irbid-municipality', names: { en: ['Irbid municipality'], ar: ['بلدية إربد'] }, kind: 'government', evidence: own('Irbid municipality', 'بلدية إربد') },
      { id: 'world-bank', names: { en: ['World Bank'], ar: ['البنك الدولي'] }, kind: 'bank', evidence: own('Irbid municipality', 'بلدية إربد') },
    ],
    quantities: [
      { id: 'cost', value: 90_000_000, unit: 'money', currency: 'JOD', noun: { ar: ['بكلفة', 'كلفة'], en: ['cost', 'costing'] }, evidence: own('costing 90 million dinars', 'بكلفة 90 مليون دينار') },
      { id: 'irbid-money', value: 12_000_000, unit: 'money', currency: 'JOD', subject: 'irbid-municipality', noun: { ar: ['ستساهم', 'مساهمة'], en: ['contribute', 'contribution'] }, evidence: own('contribute 12 million dinars', 'ستساهم بمبلغ 12 مليون دينار') },
    ],
  }),
};

const grantCheckers = { 'ar-article': bilingualChecker(grant, ['quantity'])(GRANT_AR, 'ar'), 'en-article': bilingualChecker(grant, ['quantity'])(GRANT_EN, 'en') };

const FROM_BODY: { sentence: string; found?: string[] }[] = [
  { sentence: '3. **15 million dinars** from Irbid municipality', found: ['quantity: 15 million dinars → 12'] },
  { sentence: '- 15 مليون دينار من بلدية إربد', found: ['quantity: 15 مليون دينار → 12'] },
  // Traps.
  { sentence: '3. **12 million dinars** from Irbid municipality' },
  { sentence: '3. **about 12 million dinars** from Irbid municipality' },
  { sentence: '- 12 مليون دينار من بلدية إربد' },
  { sentence: '3. **15 million dinars** from the World Bank' },
  { sentence: '- 15 مليون دينار من البنك الدولي' },
];

for (const { sentence, found = [] } of FROM_BODY) {
  for (const [name, check] of Object.entries(grantCheckers)) {
    test(`numbers35: ${name}: a sum from the body the fact base gives as its subject: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, () => {
      assert.deepEqual(check(sentence), found);
    });
  }
}

/** An article whose share's base has words before its noun (of the most urgent calls): a share of that noun is compared. */
const calls = {
  id: 'ambulance-calls',
  published: '2027-03-07',
  facts: (own: (en: string, ar: string) => { start: number; end: number; text: string }[]) => ({
    quantities: [{ id: 'urgent-calls', value: 48, unit: 'percent', noun: { ar: ['المكالمات'], en: ['calls', 'urgent'] }, evidence: own('48% of the most urgent calls', '48 في المئة من المكالمات الأكثر إلحاحاً') }],
  }),
};
const callsChecker = bilingualChecker(calls, ['quantity'])('Ambulance review\n\nLONDON, Sunday 7 March 2027 - The review found that 48% of the most urgent calls were reached within eight minutes.', 'en');

test('numbers35: guard, a share of the noun the article gives after adjectives: 46% of urgent calls', () => {
  assert.deepEqual(callsChecker('- **46%** of urgent calls reached within eight minutes.'), ['quantity: 46% → 48']);
});

/** A drawn fact base may give a share's pronoun as its noun (85 percent of them Tanzanian): a share of them is still compared. */
const drawnShare = {
  id: 'dam-workers',
  published: '2027-03-07',
  facts: (own: (en: string, ar: string) => { start: number; end: number; text: string }[]) => ({
    quantities: [{ id: 'local-share', value: 85, unit: 'percent', noun: { en: ['them'] }, evidence: own('85 percent of them Tanzanian', '85 في المئة منهم تنزانيون') }],
  }),
};
const drawnShareChecker = bilingualChecker(drawnShare, ['quantity'])('Dam opens\n\nDAR ES SALAAM, Sunday 7 March 2027 - The site employed 4,300 workers at its peak, 85 percent of them Tanzanian.', 'en');

test('numbers35: guard, a share of "them" is compared with a drawn fact whose noun is "them"', () => {
  assert.deepEqual(drawnShareChecker('The site employed 4,300 workers at its peak, 58 percent of them Tanzanian.'), ['quantity: 58 percent → 85']);
});
