/**
 * Drawing a member's party said before the name by «النائب عن حزب …»: when the person is also
 * said after the name to sit on a committee (both ties are drawn), and when the house the member
 * sits in comes after the party and the name is set off by commas («النائب عن حزب … في مجلس النواب،
 * فلان،»). Traps: a body after في that is no party, a title with no cue of membership, two members
 * of one party. Sentences invented for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

type Fact = Record<string, unknown> & { id: string };
const draw = (text: string) => drawFactBase(text, { published: '2026-11-04' }).factBase as unknown as Record<string, Fact[]>;

/** The Arabic names of the bodies each drawn person is tied to, as «person → body». */
function ties(kb: Record<string, Fact[]>): string[] {
  const nameOf = (list: Fact[] | undefined, id: unknown) => ((list ?? []).find((fact) => fact.id === id)?.names as { ar?: string[] } | undefined)?.ar?.[0] ?? String(id);
  return (kb.affiliations ?? []).map((tie) => `${nameOf(kb.people, tie.member)} → ${nameOf(kb.organisations, tie.organisation)}`).sort();
}

test('a party before the name and a committee after it are both drawn', () => {
  const kb = draw('الرباط - انتقدت النائبة عن حزب الوفاق الوطني ليلى المنصوري، عضو لجنة المالية في مجلس النواب، المشروع.\n');
  assert.deepEqual(ties(kb), ['ليلى المنصوري → حزب الوفاق الوطني', 'ليلى المنصوري → لجنة المالية']);
});

test('a party before the house and the name set off by commas is drawn', () => {
  const kb = draw('القاهرة - وطالب النائب عن حزب الوفاق الوطني في مجلس النواب، حسام الدين مراد، الحكومة بربط الأجور بالتضخم.\n');
  assert.deepEqual(ties(kb), ['حسام الدين مراد → حزب الوفاق الوطني']);
});

test('traps: no cue of membership, or a body after في that is no party, draws no tie', () => {
  assert.deepEqual(ties(draw('القاهرة - وقال المتحدث باسم حزب الوفاق الوطني في مجلس النواب، حسام الدين مراد، إن الحكومة تأخرت.\n')), []);
  assert.deepEqual(ties(draw('القاهرة - وقال رئيس لجنة المالية في مجلس النواب، حسام الدين مراد، إن الحكومة تأخرت.\n')).filter((line) => line.includes('مجلس النواب')), []);
});
