/**
 * Weights written with unit words drawing did not read: the Arabic accusative «طناً» (38 طناً من
 * المساعدات) and the English "kilograms" (9.6 million kilograms was offered), over two invented
 * stories of tests/engine/fixtures/drawProbes (aid flights to Port Sudan, a Mombasa tea auction).
 * The traps: the weight restated rounded, in the other unit, and other weights of the article (a
 * month's production, a year's forecast) that must not be compared with the auction's volume.
 */
import { probe } from './drawProbeChecks';

const AID = 'aid-flights.ar.txt';
probe(AID, { sentence: 'وصلت طائرتان تحملان 38 طناً من المساعدات الطبية والغذائية.' });
probe(AID, { sentence: 'وصلت طائرتان تحملان 48 طناً من المساعدات الطبية والغذائية.', rule: 'quantity', todo: 'the check does not read «طناً» as a tonne: reading it so lowered a held-out story\'s editor precision (see the commit that took it back)' });
probe(AID, { sentence: 'وحملت الطائرتان نحو 40 طناً من المساعدات.' });
probe(AID, { sentence: 'وتضم الشحنة 1200 كيلوغرام من أدوية الكوليرا.' });
probe(AID, { sentence: 'وتضم الشحنة 1500 كيلوغرام من أدوية الكوليرا.', rule: 'quantity' });
probe(AID, { sentence: 'وتضم الشحنة 1.2 طن من أدوية الكوليرا.' });

const TEA = 'tea-auction.en.txt';
probe(TEA, { sentence: 'A total of 9.6 million kilograms was offered at the auction.' });
probe(TEA, { sentence: 'A total of 10.6 million kilograms was offered at the auction.', rule: 'quantity', todo: 'a weight drawn with no noun but its unit word is not compared by the check' });
probe(TEA, { sentence: 'Brokers offered 9.6 million kg of tea this week.' });
probe(TEA, { sentence: 'Brokers offered 9.6 million kg this week, down from 11.8 million kg.' });
probe(TEA, { sentence: 'October production fell 14% to 41.2 million kilograms.' });
probe(TEA, { sentence: 'The board expects output of 560 million kilograms this year.' });
