/**
 * Posts and ties of two invented wire stories of tests/engine/fixtures/drawProbes, written by
 * helper ties22 before the changes they test: a row over a harbour tender in Ghana
 * (`harbour-tender.en.txt`) and over a port tender in Jordan (`harbour-tender.ar.txt`); the
 * people, parties and bodies are invented. Each tells a former finance minister beside the present
 * one, a co-founder and director of a research body, two lawmakers of parties named with their
 * acronyms in brackets, and the country's membership of a regional body. A draft that gives the
 * present title to the former holder or the past one to the present holder, ties a lawmaker to the
 * other party (by name or acronym), gives the director's post to someone else or puts the country
 * in another body is flagged (by `post-holder` or `affiliation`); a true restatement is not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { probeFindings } from './drawProbeChecks';

interface TieProbe {
  sentence: string;
  /** Whether a `post-holder` or an `affiliation` finding is wanted; none for a true restatement. */
  flagged?: boolean;
  todo?: string;
}

const EN = 'harbour-tender.en.txt';
const AR = 'harbour-tender.ar.txt';

/** What a present title of a drawn former post waits for: the drawn posts name no organisation, so none is known to be held now by another. */
const FORMER = 'a present title of a former post whose organisation is not drawn, beside a present holder of the same title';

/** What two titles joined by "and" after a name wait for: drawing both as posts at the body. */
const JOINED = 'two titles joined by "and" in apposition after the name («المؤسس المشارك ومدير …») drawn as posts at the body';

/** What a party named with its acronym in brackets waits for: the acronym as a short name, the lawmaker's tie drawn. */
const ACRONYM = 'a party with its acronym in brackets drawn as a party with the acronym as a short name, and the lawmaker tied to it';

/** What a country's membership of a regional body waits for. */
const MEMBERSHIP = "a country's membership of an alliance or league drawn as an affiliation the draft can contradict";

const english: TieProbe[] = [
  // A former holder and the present one.
  { sentence: 'Former finance minister Kwame Adjei-Boateng accused the government of rushing the tender.' },
  { sentence: 'Kwame Adjei-Boateng, a former finance minister, accused the government of rushing the tender.' },
  { sentence: 'Finance minister Kwame Adjei-Boateng accused the government of rushing the tender.', flagged: true, todo: FORMER },
  { sentence: 'Kwame Adjei-Boateng, the finance minister, accused the government of rushing the tender.', flagged: true, todo: FORMER },
  { sentence: 'Finance Minister Efua Mensah-Bonsu said the tender had followed the procurement law.' },
  { sentence: 'Former finance minister Efua Mensah-Bonsu said the tender had followed the procurement law.', flagged: true },
  // Two titles joined by "and" after the name.
  { sentence: 'Abena Owusu, director of the Harbour Watch Institute, said nothing was hidden from parliament.' },
  { sentence: 'Abena Owusu, a co-founder of the Harbour Watch Institute, said nothing was hidden from parliament.' },
  { sentence: 'Abena Owusu, director of the National Unity Alliance, said nothing was hidden from parliament.', flagged: true, todo: JOINED },
  { sentence: 'Yaw Asante, director of the Harbour Watch Institute, said nothing was hidden from parliament.', flagged: true, todo: JOINED },
  // Parties named with their acronyms.
  { sentence: "Kofi Danquah of the People's Renewal Congress called for a parliamentary inquiry." },
  { sentence: 'Kofi Danquah of the PRC called for a parliamentary inquiry.' },
  { sentence: 'PRC lawmaker Kofi Danquah called for a parliamentary inquiry.' },
  { sentence: 'Kofi Danquah of the NUA called for a parliamentary inquiry.', flagged: true, todo: ACRONYM },
  { sentence: 'NUA lawmaker Kofi Danquah called for a parliamentary inquiry.', flagged: true, todo: ACRONYM },
  { sentence: 'Kofi Danquah of the National Unity Alliance called for a parliamentary inquiry.', flagged: true, todo: ACRONYM },
  { sentence: 'Yaw Asante, a lawmaker of the NUA, defended the deal.' },
  { sentence: 'Yaw Asante, a lawmaker of the PRC, defended the deal.', flagged: true, todo: ACRONYM },
  { sentence: "Yaw Asante, a lawmaker of the People's Renewal Congress, defended the deal.", flagged: true, todo: ACRONYM },
  // A country's membership of a regional body.
  { sentence: 'Ghana, a member of the Economic Community of West African States, has pledged to open its ports by 2028.' },
  { sentence: 'Ghana, a member of the Arab League, has pledged to open its ports by 2028.', flagged: true, todo: MEMBERSHIP },
];

const arabic: TieProbe[] = [
  { sentence: 'وقال وزير المالية الأسبق سامر الحديدي إن المناقصة متسرعة.' },
  { sentence: 'وقال وزير المالية السابق سامر الحديدي إن المناقصة متسرعة.' },
  { sentence: 'وقال وزير المالية سامر الحديدي إن المناقصة متسرعة.', flagged: true, todo: FORMER },
  { sentence: 'وقال وزير المالية نبيل الطراونة إن المناقصة جرت وفق القانون.' },
  { sentence: 'وقال وزير المالية السابق نبيل الطراونة إن المناقصة جرت وفق القانون.', flagged: true },
  { sentence: 'وقال رامي العبادي، مدير مرصد الموانئ العربية، إن العقود لم تعرض على البرلمان.' },
  { sentence: 'وقال رامي العبادي، المؤسس المشارك لمرصد الموانئ العربية، إن العقود لم تعرض على البرلمان.' },
  { sentence: 'وقال خالد المومني، مدير مرصد الموانئ العربية، إن العقود لم تعرض على البرلمان.', flagged: true, todo: JOINED },
  { sentence: 'ودعا النائب عن حزب التجديد الوطني ماهر الزعبي إلى تحقيق برلماني.' },
  { sentence: 'ودعا النائب عن حزب العدالة والبناء ماهر الزعبي إلى تحقيق برلماني.', flagged: true, todo: ACRONYM },
  { sentence: 'ودافع النائب عن حزب العدالة والبناء خالد المومني عن الصفقة.' },
  { sentence: 'ودافع النائب عن حزب التجديد الوطني خالد المومني عن الصفقة.', flagged: true, todo: ACRONYM },
  { sentence: 'ودافع النائب عن حزب تجديد خالد المومني عن الصفقة.', flagged: true, todo: ACRONYM },
  { sentence: 'ويسعى الأردن، العضو في الجامعة العربية، إلى فتح موانئه أمام بضائع المنطقة.' },
  { sentence: 'ويسعى الأردن، العضو في الاتحاد الأفريقي، إلى فتح موانئه أمام بضائع المنطقة.', flagged: true, todo: MEMBERSHIP },
];

for (const [file, probes] of [[EN, english], [AR, arabic]] as const) {
  for (const { sentence, flagged, todo } of probes) {
    test(`${file}: ${flagged ? 'flagged' : 'not flagged'}: ${sentence}`, todo ? { todo } : {}, () => {
      const found = probeFindings(file, sentence).filter((finding) => /^(post-holder|affiliation):/.test(finding));
      if (flagged) assert.ok(found.length > 0, JSON.stringify(probeFindings(file, sentence)));
      else assert.deepEqual(found, []);
    });
  }
}
