/**
 * Story detection with a drawn fact base of an Arabic story, for an English draft that names none
 * of its people: the story's ministry by its English name and a site the article names after its
 * noun without quotation marks (a border crossing), with the story's places. The editor's fact
 * base names both in English, and ties such a draft; a drawn one writes a ministry whose name goes
 * on past its portfolio (وزارة الأوقاف والشؤون الإسلامية) in Arabic only and draws no anchor for an
 * unquoted site, so the draft is tied to nothing. The probe is an invented article (a bus convoy of
 * pilgrims through a border crossing); the trap, a draft of another story of the same country naming
 * the same ministry, must stay untied.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';
import { createChecker, parseFactBase } from '../../engine/src/index';

const ARTICLE = `وزارة الأوقاف الأردنية تسيّر 64 حافلة للمعتمرين عبر معبر المدورة

عمّان – الثلاثاء 9 فبراير 2027 – أعلنت وزارة الأوقاف والشؤون والمقدسات الإسلامية، اليوم الثلاثاء، أنها ستسيّر 64 حافلة تقل 2870 معتمراً إلى مكة المكرمة عبر مركز حدود المدورة، في أول قافلة برية منذ عامين.

وقال مدير العمرة في الوزارة إن القافلة ستنطلق من إربد والزرقاء فجر الأحد 14 فبراير، وإن عبور مركز حدود المدورة سيستغرق نحو أربع ساعات.
`;

function drawn() {
  const { factBase } = drawFactBase(ARTICLE, { id: 'umrah-convoy', file: 'umrah.ar.txt' });
  const parsed = parseFactBase(JSON.stringify(factBase), 'umrah.json', ARTICLE);
  assert.deepEqual(parsed.problems, []);
  return parsed.factBase!;
}

function tied(draft: string): boolean {
  return createChecker([drawn()]).storyOf(draft, { format: 'markdown' }).factBases.includes('umrah-convoy');
}

describe('an English draft of an Arabic story naming its ministry and its crossing (drawn fact base)', () => {
  test(
    'tied: the ministry, the crossing and the towns',
    { todo: 'the drawing gives a ministry named past its portfolio no English name, and draws no anchor for a site named without quotation marks' },
    () => assert.ok(tied("Jordan's Awqaf Ministry will send 64 buses of pilgrims to Mecca through the Mudawwara border crossing, leaving Irbid and Zarqa at dawn.")),
  );
  test('not tied: another story of the same country naming the same ministry', () =>
    assert.ok(!tied("Jordan's Awqaf Ministry said on Tuesday that Friday sermons in Irbid and Zarqa would be shortened during the heatwave.")));
});
