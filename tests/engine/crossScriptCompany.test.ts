/**
 * A company the fact base names in English only, written in Arabic letters by an Arabic draft with
 * another kind noun than its drawn kind: «شركة أتلانتيك دوك سيرفيسز» for Atlantic Dock Services,
 * which drawing calls an agency by its last word. Its consonants name the body, so it is no wrong
 * organisation; another body («شركة شل», the union) still is. Invented shipyard strike at Port
 * Harcourt (fixtures/drawProbes/shipyard.en.txt).
 */
import { probe } from './drawProbeChecks';

probe('shipyard.en.txt', { sentence: 'وقال الرئيس التنفيذي لشركة أتلانتيك دوك سيرفيسز تونده باكاري يوم الأربعاء إن الشركة لا تستطيع دفع أكثر من 12%.' });
probe('shipyard.en.txt', { sentence: 'وقال الرئيس التنفيذي لشركة شل تونده باكاري إن الشركة لا تستطيع دفع المزيد.', rule: 'post-holder' });
probe('shipyard.en.txt', { sentence: 'وقال الرئيس التنفيذي لنقابة عمال الملاحة تونده باكاري إن الشركة لا تستطيع دفع المزيد.', rule: 'post-holder' });
