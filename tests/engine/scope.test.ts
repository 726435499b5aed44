/**
 * Each fact base speaks only about its own story: which fact bases a draft is tied to (front
 * matter, the host's ties by path, automatic detection), that drafts of other stories sharing the
 * stories' vocabulary get no finding and no hover, and that overlapping fact bases lose no finding.
 *
 * Several fact bases are loaded at once, as in a newsroom's workspace: the bundled one, the
 * harbour story of tests/fixtures/story-b, the three stories of tests/fixtures/stories and the
 * editors' fact bases of the three dev stories (tests/fixtures/dev-stories). The
 * labelled drafts of those three stories live in ../shared/stories, so the tests that read them
 * are skipped without it, like the corpus score.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes, createChecker, frontMatterStories, hoverAt, parseFactBase, type FactBaseData } from '../../engine/src/index';
import { bundled, repoRoot } from './helpers';

const shared = join(repoRoot, '..', 'shared');
/** The stories of tests/fixtures/stories: folder, fact-base file, id. */
const STORIES = [
  ['ar-economy', 'ras-el-hekma.factbase.json', 'ras-el-hekma', 'article.ar.txt'],
  ['ar-disaster', 'al-haouz-earthquake.factbase.json', 'al-haouz-earthquake', 'article.ar.txt'],
  ['en-court', 'uk-rwanda-ruling.factbase.json', 'uk-rwanda-ruling', 'article.en.txt'],
] as const;
const sharedMissing = !existsSync(join(shared, 'stories')) ? { skip: `the shared stories are not here (${shared})` } : {};

function load(file: string, article: string): FactBaseData {
  const parsed = parseFactBase(readFileSync(file, 'utf8'), file, readFileSync(article, 'utf8'));
  assert.deepEqual(parsed.problems, [], file);
  return parsed.factBase!;
}

/** The dev stories: folder, article, id; each has an editor's fact base. */
const DEV_STORIES = [
  ['ar-education', 'article.ar.txt', 'tunisia-bac-2026'],
  ['en-fire', 'article.en.txt', 'swansea-recycling-fire'],
  ['en-weather', 'article.en.txt', 'cyclone-tamsin'],
] as const;
const devStory = ([folder, article]: (typeof DEV_STORIES)[number]) =>
  load(join(repoRoot, 'tests/fixtures/dev-stories', folder, 'editor.factbase.json'), join(repoRoot, 'tests/fixtures/dev-stories', folder, article));

const storyB = () => load(join(repoRoot, 'tests/fixtures/story-b/portmere.factbase.json'), join(repoRoot, 'tests/fixtures/story-b/article.en.txt'));
const story = ([folder, file, , article]: (typeof STORIES)[number]) => load(join(repoRoot, 'tests/fixtures/stories', folder, file), join(repoRoot, 'tests/fixtures/stories', folder, article));

/** Every fact base the tests load at once. */
function workspace(): FactBaseData[] {
  return [bundled().factBase, storyB(), ...STORIES.map(story), ...DEV_STORIES.map(devStory)];
}

const drafts = (dir: string) =>
  readdirSync(dir)
    .filter((name) => /\.(md|txt)$/.test(name))
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8'), format: name.endsWith('.txt') ? ('plaintext' as const) : ('markdown' as const) }));

const otherStories = join(repoRoot, 'tests/fixtures/other-stories');

describe('drafts of other stories', () => {
  test('several fact bases loaded, the bundled one included: no finding, no hover, and the fixes change nothing', () => {
    const checker = createChecker(workspace());
    const all = createChecker(workspace(), { scope: 'all' });
    let unscoped = 0;
    for (const draft of drafts(otherStories)) {
      const result = checker.check(draft.text, { format: draft.format, rules: { 'unverified-claim': 'info' } });
      assert.deepEqual(result.story.factBases, [], `${draft.name} was tied to ${result.story.factBases.join(', ')}`);
      assert.deepEqual(result.findings, [], `${draft.name}: ${result.findings.map((f) => f.message).join(' | ')}`);
      assert.equal(applyFixes(draft.text, result.findings).text, draft.text);
      for (const word of ['Washington', 'واشنطن', 'Cairo', 'القاهرة', 'Supreme Court', 'Gaza']) {
        const at = draft.text.indexOf(word);
        if (at >= 0) assert.equal(hoverAt(checker, draft.text, at + 1, { format: draft.format }), undefined, `${draft.name}: hover on ${word}`);
      }
      unscoped += all.check(draft.text, { format: draft.format }).findings.length;
    }
    // The drafts do share the stories' vocabulary: unscoped, the fact bases would flag them.
    assert.ok(unscoped >= 5, `only ${unscoped} findings without scoping`);
  });

  test('the sentences of the issue get nothing from the bundled fact base alone (unscoped, each was flagged)', () => {
    const checker = createChecker([bundled().factBase]);
    // "Three Afghan sources" is no longer flagged even unscoped: a count of another nationality is
    // not the article's count of Iraqi sources (rules/quantities/otherNationality.ts).
    for (const [text, unscoped] of [
      ['The US withdrawal from Afghanistan was completed in 2021.', 1],
      ['Three Afghan sources said the talks would resume.', 0],
      ['وعقدت جولة جديدة من المفاوضات في مسقط.', 1],
      ['وحدد الوسطاء مهلة سبعة أيام لوقف إطلاق النار في السودان.', 1],
    ] as const) {
      assert.equal(bundled().checker.check(text).findings.length, unscoped, `unscoped: ${text}`);
      const result = checker.check(text);
      assert.deepEqual([result.story.factBases, result.findings], [[], []], text);
    }
  });
});

describe('detection: every labelled draft is tied to its own story, and only to it', () => {
  const folders: { name: string; dir: string; id: string; needsShared: boolean }[] = [
    { name: 'examples/drafts', dir: join(repoRoot, 'examples/drafts'), id: 'iraq-coalition-talks', needsShared: false },
    { name: 'tests/fixtures/heldout', dir: join(repoRoot, 'tests/fixtures/heldout/drafts'), id: 'iraq-coalition-talks', needsShared: false },
    { name: 'tests/fixtures/blind', dir: join(repoRoot, 'tests/fixtures/blind/drafts'), id: 'iraq-coalition-talks', needsShared: false },
    { name: '../shared/corpus', dir: join(shared, 'corpus/drafts'), id: 'iraq-coalition-talks', needsShared: true },
    ...STORIES.map(([folder, , id]) => ({ name: `../shared/stories/${folder}`, dir: join(shared, 'stories', folder, 'drafts'), id, needsShared: true })),
    ...DEV_STORIES.map(([folder, , id]) => ({ name: `tests/fixtures/dev-stories/${folder}`, dir: join(repoRoot, 'tests/fixtures/dev-stories', folder, 'drafts'), id, needsShared: false })),
  ];
  for (const folder of folders) {
    test(folder.name, folder.needsShared ? sharedMissing : {}, () => {
      const checker = createChecker(workspace());
      const list = drafts(folder.dir);
      assert.ok(list.length > 0);
      for (const draft of list) {
        const story = checker.storyOf(draft.text, { format: draft.format });
        assert.deepEqual(story.factBases, [folder.id], `${draft.name}: ${JSON.stringify(story.scores)}`);
        assert.equal(story.by, 'detected');
      }
    });
  }

  test('short pieces and drafts in the other script (tests/fixtures/scope-pieces): tied by figures and consonant skeletons', () => {
    const checker = createChecker(workspace());
    const dir = join(repoRoot, 'tests/fixtures/scope-pieces');
    const ids = readdirSync(dir).filter((name) => !name.includes('.'));
    assert.ok(ids.length >= 3);
    for (const id of ids) {
      for (const draft of drafts(join(dir, id))) {
        const story = checker.storyOf(draft.text, { format: draft.format });
        assert.deepEqual([story.factBases, story.by], [[id], 'detected'], `${id}/${draft.name}: ${JSON.stringify(story.scores)}`);
      }
    }
  });

  test('an Arabic story whose fact base lists no English forms still ties its English drafts', sharedMissing, () => {
    const arabicOnly = (names: { ar?: string[]; en?: string[] } | undefined) => names && { ar: names.ar };
    for (const entry of STORIES.filter(([folder]) => folder.startsWith('ar-'))) {
      const base = story(entry);
      const stripped = {
        ...base,
        people: base.people.map((person) => ({ ...person, names: arabicOnly(person.names)!, short: arabicOnly(person.short) })),
        organisations: (base.organisations ?? []).map((organisation) => ({ ...organisation, names: arabicOnly(organisation.names)! })),
        places: (base.places ?? []).map((place) => ({ ...place, names: arabicOnly(place.names)! })),
      } as FactBaseData;
      const checker = createChecker([bundled().factBase, storyB(), stripped]);
      const english = drafts(join(shared, 'stories', entry[0], 'drafts')).filter((draft) => draft.name.startsWith('en-'));
      assert.ok(english.length > 0);
      for (const draft of english) {
        const tie = checker.storyOf(draft.text, { format: draft.format });
        assert.deepEqual(tie.factBases, [entry[2]], `${entry[0]}/${draft.name}: ${JSON.stringify(tie.scores)}`);
      }
    }
  });

  test('English forms spelt by rule (a drawn transliteration) do not stop a name from being found by its consonants', () => {
    // The drawn English forms guess the vowels and the letters (Ashankli, Amazazi); writers spell
    // the names otherwise (Achengli, Amzazi), with the same consonants.
    const person = (id: string, ar: string, en: string[], short: string[]) => ({
      id,
      names: { ar: [ar], en },
      short: { ar: [ar.split(' ').at(-1)!], en: short },
      transliterated: true,
      evidence: [{ start: 0, end: 0, text: '' }],
    });
    const dam = {
      ...storyB(),
      id: 'tamri-dam',
      people: [person('ashankli', 'كريم أشنكلي', ['Karim Ashankli'], ['Ashankli']), person('amazazi', 'سعيد أمزازي', ['Said Amazazi'], ['Amazazi'])],
      posts: [],
      organisations: [],
      places: [],
      groups: [],
      events: [],
      quantities: [],
      quotes: [],
      affiliations: [],
    } as unknown as FactBaseData;
    const checker = createChecker([bundled().factBase, dam]);
    const tie = (text: string) => checker.storyOf(text, { format: 'markdown' }).factBases;
    assert.deepEqual(tie('The governor, Said Amzazi, and the regional council president Karim Achengli attended the opening.'), ['tamri-dam']);
    // Other people with one of the same given names are no tie.
    assert.deepEqual(tie('Karim Benzema and Said Aouita attended the opening of the stadium.'), []);
  });

  test('the harbour story: its article is tied to it alone', () => {
    const article = readFileSync(join(repoRoot, 'tests/fixtures/story-b/article.en.txt'), 'utf8');
    assert.deepEqual(createChecker(workspace()).storyOf(article, { format: 'plaintext' }).factBases, ['portmere-harbour']);
  });
});

describe('explicit ties win over detection', () => {
  const snippet = 'وأفادت خمسة مصادر عراقية بأن بغداد تريد الانسحاب.';

  test('a snippet naming too little of the story is checked once it is tied by front matter or by path', () => {
    const checker = createChecker(workspace());
    assert.deepEqual(checker.check(snippet).findings, []);
    const front = `---\nstory: iraq-coalition-talks\n---\n\n${snippet}\n`;
    const tied = checker.check(front);
    assert.deepEqual(tied.story, { factBases: ['iraq-coalition-talks'], by: 'front-matter', scores: tied.story.scores, unknown: [] });
    assert.deepEqual(tied.findings.map((f) => f.ruleId), ['quantity']);
    const byPath = checker.check(snippet, { stories: ['iraq-coalition-talks'] });
    assert.equal(byPath.story.by, 'path');
    assert.deepEqual(byPath.findings.map((f) => f.ruleId), ['quantity']);
  });

  test('front matter beats the path, and `story: none` or an unknown id checks against nothing', () => {
    const checker = createChecker(workspace());
    const draft = readFileSync(join(repoRoot, 'examples/drafts/en-errors.md'), 'utf8');
    assert.ok(checker.check(draft).findings.length >= 6);
    const none = checker.check(`---\nstory: none\n---\n${draft}`, { stories: ['iraq-coalition-talks'] });
    assert.deepEqual([none.story.factBases, none.story.by, none.findings], [[], 'front-matter', []]);
    const unknown = checker.check(`---\nstory: [rwanda-ruling]\n---\n${draft}`);
    assert.deepEqual([unknown.story.factBases, unknown.story.unknown, unknown.findings], [[], ['rwanda-ruling'], []]);
    const other = checker.check(draft, { stories: ['portmere-harbour'] });
    assert.deepEqual([other.story.factBases, other.findings], [['portmere-harbour'], []]);
  });

  test('front matter: a scalar, a quoted id, a flow list, a block list, a comment', () => {
    assert.deepEqual(frontMatterStories('---\nstory: a-b\n---\nx'), ['a-b']);
    assert.deepEqual(frontMatterStories('\ufeff---\r\ntitle: x\r\nstory: "a"  # the first\r\n---\r\n'), ['a']);
    assert.deepEqual(frontMatterStories('---\nstories: [a, \'b\']\n---\n'), ['a', 'b']);
    assert.deepEqual(frontMatterStories('---\nstory:\n  - a\n  - b\ndate: 2024\n---\n'), ['a', 'b']);
    assert.deepEqual(frontMatterStories('---\nstory: none\n---\n'), []);
    assert.equal(frontMatterStories('---\ntitle: story: a\n---\n'), undefined);
    assert.equal(frontMatterStories('story: a\n'), undefined);
    assert.equal(frontMatterStories('---\ntitle: x\n---\nstory: a\n'), undefined);
  });

  test('a fact base\'s scope.anchors tie drafts that name them', () => {
    const base = { ...storyB(), id: 'harbour-anchored', scope: { anchors: ['Quay Nine', 'Portmere Basin'] } };
    const checker = createChecker([base]);
    const story = checker.storyOf('Quay Nine and the Portmere Basin reopened.');
    assert.deepEqual(story.factBases, ['harbour-anchored']);
  });
});

describe('overlapping fact bases lose no finding', () => {
  const examples = drafts(join(repoRoot, 'examples/drafts'));
  const spans = (text: string, findings: { ruleId: string; range: { start: number; end: number } }[]) =>
    findings.map((finding) => `${finding.ruleId}:${text.slice(finding.range.start, finding.range.end)}`);

  test('the bundled fact base loaded twice under two ids gives the same findings, the wrong years included', () => {
    const one = createChecker([bundled().factBase]);
    const twice = createChecker([bundled().factBase, { ...bundled().factBase, id: 'iraq-coalition-talks-copy' }]);
    let years = 0;
    for (const draft of examples) {
      const expected = spans(draft.text, one.check(draft.text, { format: draft.format }).findings);
      const result = twice.check(draft.text, { format: draft.format });
      assert.deepEqual(result.story.factBases, ['iraq-coalition-talks', 'iraq-coalition-talks-copy']);
      assert.deepEqual(spans(draft.text, result.findings), expected, draft.name);
      years += result.findings.filter((finding) => finding.ruleId === 'event-date' && /year|العام/i.test(finding.message)).length;
    }
    assert.ok(years >= 3, `${years} wrong-year findings`);
  });

  test('two stories sharing a person: each story\'s drafts are still checked by their own fact base', () => {
    const iraq = bundled().factBase;
    const abbasi = iraq.people.find((person) => person.id === 'abbasi')!;
    // The harbour story with the Iraqi defence minister added (as if he had visited the port).
    const harbour = { ...storyB(), people: [...storyB().people, abbasi] };
    const checker = createChecker([iraq, harbour]);
    for (const draft of examples) {
      const result = checker.check(draft.text, { format: draft.format });
      assert.deepEqual(result.story.factBases, ['iraq-coalition-talks'], draft.name);
      assert.deepEqual(spans(draft.text, result.findings), spans(draft.text, createChecker([iraq]).check(draft.text, { format: draft.format }).findings));
    }
    const harbourDraft = 'Thabet al-Abbasi toured Portmere with Dana Okafor of the Harbour Authority. Four cranes would be replaced by the end of June 2024.';
    const result = checker.check(harbourDraft);
    assert.deepEqual(result.story.factBases, ['portmere-harbour']);
    assert.deepEqual(spans(harbourDraft, result.findings), ['quantity:Four']);
  });
});
