/**
 * A clock time drawn for the date it stands beside, probed on an invented AFP story (Jordan's
 * reshuffled cabinet sworn in on Sunday 15 February 2026; the government spokesman said on Sunday
 * evening that the cabinet would hold its first session at 10am on Monday). The time belongs to
 * Monday's session, not to Sunday evening's statement that announced it: a draft's wrong time for
 * the session is flagged against the session, and a time given to the statement is not compared
 * with the session's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';
import { createChecker, parseFactBase } from '../../engine/src/index';

const ARTICLE = [
  'أداء اليمين الدستورية لوزراء التعديل الوزاري في الأردن',
  'عمّان، الأحد 15 شباط/فبراير 2026 (أ ف ب) - أدى ثمانية وزراء جدد في حكومة رئيس الوزراء الأردني جعفر حسان اليمين الدستورية أمام العاهل الأردني الملك عبد الله الثاني صباح الأحد في قصر الحسينية.',
  'وقال الناطق باسم الحكومة محمد المومني في مؤتمر صحافي مساء الأحد إن مجلس الوزراء بتشكيلته الجديدة سيعقد أول جلساته عند الساعة العاشرة من صباح الاثنين، على أن يناقش مشروع موازنة عام 2026.',
].join('\n\n');

const factBase = drawFactBase(ARTICLE).factBase as { events: { date?: { day?: number; time?: string } }[] };
const parsed = parseFactBase(JSON.stringify(factBase), 'probe.factbase.json', ARTICLE);
const checker = createChecker([parsed.factBase!], { scope: 'all' });
const findings = (draft: string) => checker.check(draft).findings.filter((f) => f.ruleId === 'event-date').map((f) => draft.slice(f.range.start, f.range.end));

test("a time beside Monday's date is Monday's session's, not Sunday evening's statement's", { todo: 'the drawn time given to the nearest date was dropped after the regression guard (ar-water drawn recall 0.32 to 0.29, cause not found)' }, () => {
  assert.deepEqual(
    factBase.events.filter((event) => event.date?.time).map((event) => [event.date!.day, event.date!.time]),
    [[16, '10:00']],
  );
});

test("a statement's time is not compared with the session's time", { todo: 'needs the drawn time given to the nearest date (dropped)' }, () => {
  assert.deepEqual(findings('وقال المومني في مؤتمر صحافي عقده عند الساعة السابعة من مساء الأحد إن الحكومة الجديدة ستجتمع صباح الاثنين.'), []);
});
