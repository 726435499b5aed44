/**
 * Amounts and percentages of an invented Arabic wire story of tests/engine/fixtures/drawProbes (a
 * telecom regulator's fine in Oman), written before the drawing changes they test: a fine that the
 * article gives again for an earlier occasion (وكانت الهيئة قد فرضت في مارس 2025 غرامة …) keeps the
 * story's figure tied to its noun, and a percentage given with «بنسبة» after a verb of a change is
 * tied to what changed (تراجعت سرعة الإنترنت … بنسبة 18 في المئة). The true restatements, the earlier
 * occasion's own figure and another percentage of the article are traps.
 */
import { probe } from './drawProbeChecks';

const FILE = 'telecom-fine.ar.txt';

probe(FILE, { sentence: 'فرضت هيئة تنظيم الاتصالات غرامة قدرها 5 ملايين ريال عماني على شركتين.', rule: 'quantity' });
probe(FILE, { sentence: 'فرضت هيئة تنظيم الاتصالات يوم الثلاثاء غرامة قدرها 800 ألف ريال على شركتين مشغلتين للهاتف النقال.', rule: 'quantity' });
probe(FILE, { sentence: 'فرضت الهيئة غرامة بلغت 3 ملايين ريال على المشغلين.' });
probe(FILE, { sentence: 'وكانت الهيئة فرضت غرامة قدرها 800 ألف ريال على مشغل ثالث في مارس 2025.' });
probe(FILE, { sentence: 'وتراجعت سرعة الإنترنت في ظفار بنسبة 25 في المئة.', rule: 'quantity' });
probe(FILE, { sentence: 'وتراجعت سرعة الإنترنت في محافظة ظفار بنسبة 18 في المئة خلال الربع الثالث.' });
probe(FILE, { sentence: 'وتهدف الاستراتيجية إلى رفع نسبة تغطية الألياف البصرية إلى 90 في المئة من المنازل.' });

// A duration of a table noun with a possessive pronoun (أشغالها ستستمر 30 شهراً), and a percentage
// of what «من» names after it (30 في المئة من مياه الشرب), in the desalination probe article.
const WATER = 'desalination.ar.txt';
probe(WATER, { sentence: 'وقال الجربي إن الأشغال ستستمر 24 شهراً.', rule: 'quantity' });
probe(WATER, { sentence: 'وستستمر أشغال المحطة 30 شهراً.' });
probe(WATER, { sentence: 'وقال الرحيلي إن تونس تفقد نحو 40 في المئة من مياه الشرب سنوياً.', rule: 'quantity' });
probe(WATER, { sentence: 'وتفقد تونس سنوياً قرابة 30 في المئة من مياه الشرب.' });
probe(WATER, { sentence: 'وقالت العياري إن نسبة امتلاء السدود لا تتجاوز 22 في المئة.' });

// The earlier occasion's figure with a place of its own (محطة … في جزيرة جربة بطاقة 50 ألف متر مكعب
// يومياً, in 2024) stays drawn beside the story's (100 ألف متر مكعب): the place tells them apart.
probe(WATER, { sentence: 'وكانت تونس قد دشنت في 2024 محطة لتحلية مياه البحر في جزيرة جربة بطاقة 70 ألف متر مكعب يومياً.', rule: 'quantity' });
probe(WATER, { sentence: 'وكانت تونس قد دشنت في 2024 محطة لتحلية مياه البحر في جزيرة جربة بطاقة 50 ألف متر مكعب يومياً.' });
probe(WATER, { sentence: 'وتبلغ الطاقة الإنتاجية لمحطة صفاقس 100 ألف متر مكعب يومياً.' });

// Counts of complaints and of operating theatres, and amounts a verb names: invested (ستستثمر 45
// مليون ريال) and cost (كلفت نحو 210 ملايين دولار), in the telecom and hospitals probe articles.
const HOSPITALS = 'hospitals.ar.txt';
probe(FILE, { sentence: 'ورصدت الهيئة أكثر من 6000 شكوى من المشتركين.', rule: 'quantity' });
probe(FILE, { sentence: 'ورصدت الهيئة نحو 4200 شكوى خلال ستة أشهر.' });
probe(FILE, { sentence: 'وقال الكندي إن «أوريدو عمان» ستستثمر 54 مليون ريال في الجيل الخامس.', rule: 'quantity' });
probe(FILE, { sentence: 'وتعتزم «أوريدو عمان» استثمار 45 مليون ريال في شبكة الجيل الخامس.' });
probe(HOSPITALS, { sentence: 'وقال الوزير إن المستشفيات الثلاثة كلفت نحو 250 مليون دولار.', rule: 'quantity' });
probe(HOSPITALS, { sentence: 'وبلغت كلفة المستشفيات الثلاثة 210 ملايين دولار.' });
probe(HOSPITALS, { sentence: 'ويضم مستشفى الزبير العام 15 صالة عمليات.', rule: 'quantity' });
probe(HOSPITALS, { sentence: 'ويضم مستشفى الزبير 12 صالة عمليات ووحدة لغسيل الكلى.' });
