/**
 * A known body's name inside a longer name, probed by helper drawfp22 before the change that fixes
 * it. The company «ساحل للاتصالات», drawn from its guillemets, ended the name of the union read
 * after it: «نقابة عمال ساحل للاتصالات» was drawn as a union named «نقابة عمال» (Workers Union),
 * a name any workers' union of a draft would match, and its secretary general's post was tied to
 * it. The English names (Sahel Telecom inside the Sahel Telecom Workers Union) and a club named
 * after a company's word («الريان» in «نادي الريان») are traps that must stay right. Articles
 * invented here: a telecom union's strike over job cuts (`telecom-strike.ar.txt`,
 * `telecom-strike.en.txt`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { probe } from './drawProbeChecks';

const dir = join(import.meta.dirname, 'fixtures', 'drawProbes');
const AR = 'telecom-strike.ar.txt';
const EN = 'telecom-strike.en.txt';

interface Body {
  id: string;
  kind: string;
  names: { ar?: string[]; en?: string[] };
}

function bodies(file: string): Body[] {
  return (drawFactBase(readFileSync(join(dir, file), 'utf8'), {}).factBase as unknown as { organisations: Body[] }).organisations;
}

const names = (body: Body) => [...(body.names.ar ?? []), ...(body.names.en ?? [])];

const BODIES: { file: string; name: string; kind: string; todo?: string }[] = [
  { file: AR, name: 'نقابة عمال ساحل للاتصالات', kind: 'union' },
  { file: AR, name: 'ساحل للاتصالات', kind: 'company' },
  { file: AR, name: 'نادي الريان', kind: 'club' },
  { file: AR, name: 'الريان القابضة', kind: 'company' },
  { file: EN, name: 'Sahel Telecom Workers Union', kind: 'union' },
  { file: EN, name: 'Sahel Telecom', kind: 'company' },
];

for (const { file, name, kind, todo } of BODIES) {
  test(`${file}: ${name} is drawn as a ${kind}`, todo ? { todo } : {}, () => {
    assert.ok(bodies(file).some((body) => body.kind === kind && names(body).includes(name)), JSON.stringify(bodies(file).map(names)));
  });
}

for (const [file, cut] of [[AR, 'نقابة عمال'], [EN, 'Workers Union']] as const) {
  test(`${file}: no body is named ${cut} alone`, () => {
    assert.deepEqual(bodies(file).filter((body) => names(body).includes(cut)).map(names), []);
  });
}

// Drafts checked against the drawn bases.
probe(AR, { sentence: 'وقالت فاطمة منت سيدي الأمينة العامة لنقابة عمال ساحل للاتصالات إن القرار خيانة.' });
probe(AR, { sentence: 'ودعت نقابة عمال ساحل للاتصالات إلى إضراب يوم الخميس.' });
probe(AR, { sentence: 'وقال مدرب نادي الريان سالم العبيدلي إن الفريق جاهز.' });
probe(AR, { sentence: 'وقال الرئيس التنفيذي لنادي الريان سالم العبيدلي إن الفريق جاهز.', rule: 'post-holder' });
probe(EN, { sentence: 'Fatou Diallen, general secretary of the Sahel Telecom Workers Union, called the cuts a betrayal.' });
probe(EN, { sentence: 'Sahel Telecom chief executive Amadou Kerrane said the company had no choice.' });
probe(EN, { sentence: 'Amadou Kerrane, chief executive of the Sahel Telecom Workers Union, said the company had no choice.', rule: 'post-holder' });
// Another workers' union given to the secretary general is flagged: the drawn union's name is not its kind words alone.
probe(AR, { sentence: 'وقالت فاطمة منت سيدي الأمينة العامة لنقابة عمال الموانئ إن القرار خيانة.', rule: 'post-holder' });
