/** The fixture drafts (tests/e2e/fixtures/workspace) and what each must show. */
export interface DraftSpec {
  path: string;
  lang: 'ar' | 'en';
  /** Wrong text in the draft that some isnad diagnostic must cover (empty for clean drafts). */
  wrong: string[];
  /** For clean drafts: a sentence that plants an error, to prove the draft was really checked. */
  plant?: { text: string; wrong: string };
}

export const DRAFTS: DraftSpec[] = [
  { path: 'drafts/ar-errors.md', lang: 'ar', wrong: ['العبيسي', '2026', '6 أشهر'] },
  {
    path: 'drafts/ar-clean.md',
    lang: 'ar',
    wrong: [],
    plant: { text: '\nوقال وزير الدفاع ثابت العبيسي إن المفاوضات مستمرة.\n', wrong: 'العبيسي' },
  },
  { path: 'drafts/en-errors.md', lang: 'en', wrong: ['Pentagon', '2026', '6 months'] },
  {
    path: 'drafts/en-clean.md',
    lang: 'en',
    wrong: [],
    plant: { text: "\nFour Iraqi sources said the coalition's work would formally end by September 2029.\n", wrong: '2029' },
  },
  { path: 'drafts/desk-notes.txt', lang: 'en', wrong: ['2027'] },
];

/** Every draft of the fixture workspace (what Check Workspace must cover). */
export const ALL_DRAFTS = [...DRAFTS.map((d) => d.path), 'long/ar-long.md'];
