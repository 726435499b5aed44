/**
 * The world's currencies beside the Arab ones and the dollars, pounds and euros: an amount an
 * article gives in shillings, yen or rupees is drawn with its currency, and a draft that changes
 * the amount is reported, while the same amount with its country's adjective is not.
 */
import { describe } from 'node:test';
import { probe } from './drawProbeChecks';

void describe('world currencies: shillings, yen and rupees drawn and compared', () => {
  const budget = 'budget-cuts.en.txt';
  probe(budget, { sentence: 'Otieno said the government would cut spending by 54 billion shillings in next year\'s budget.', rule: 'quantity' });
  probe(budget, { sentence: 'Otieno said the government would cut spending by 45 billion Kenyan shillings in next year\'s budget.' });
  probe(budget, { sentence: 'Toyota said it would invest 2.1 trillion yen in battery plants.', rule: 'quantity', todo: 'the noun of an amount after a verb of investing stands after it (invest N in X)' });
  probe(budget, { sentence: "The carmaker's net profit fell to 980 billion yen in the six months to September.", rule: 'quantity' });
  probe(budget, { sentence: "Toyota's net profit fell to 890 billion yen in the half-year to September." });
  probe(budget, { sentence: 'Toyota said it would invest 1.2 trillion yen in battery plants.' });
  const fuel = 'fuel-prices.ar.txt';
  probe(fuel, { sentence: 'وقال وزير الطاقة عمر فاروق إن الدولة أنفقت 350 مليار روبية على دعم الوقود.', rule: 'quantity' });
  probe(fuel, { sentence: 'وقال وزير الطاقة عمر فاروق إن الدولة أنفقت 300 مليار روبية باكستانية على دعم الوقود.' });
});
