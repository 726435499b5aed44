/**
 * A body's representative in a country, drawn from an English article ("UNICEF's country
 * representative Shadrack Omol", "Maria Santos, the World Food Programme's representative in
 * Malawi") as a post of role representative of the body its possessive names, so that a draft
 * giving the title with another body is compared. Invented wire story
 * (tests/engine/fixtures/drawProbes/unicef-malawi.en.txt; people invented), with true restatements.
 */
import { probe } from './drawProbeChecks';

const FILE = 'unicef-malawi.en.txt';
probe(FILE, { sentence: "Maria Santos, UNICEF's country representative, said food aid had reached 200,000 people.", rule: 'post-holder' });
probe(FILE, { sentence: 'World Food Programme representative Shadrack Omol said 40 units would be sent.', rule: 'post-holder' });
probe(FILE, { sentence: 'UNICEF representative Shadrack Omol said 40 units would be sent.' });
probe(FILE, { sentence: "Shadrack Omol, UNICEF's representative in Malawi, said 40 units would be sent." });
probe(FILE, { sentence: "Maria Santos, the World Food Programme's country representative, said food aid had reached 200,000 people." });
probe(FILE, { sentence: 'Shadrack Omol, a UNICEF representative, said 40 units would be sent.' });
probe(FILE, { sentence: 'The representative of UNICEF, Shadrack Omol, met Health Minister Khumbize Chiponda.' });
