/**
 * The public services a title may name beside its head (Police Commissioner, قائد الشرطة, مدير
 * الحماية المدنية, fire chief): a title that names one service is not the post of the head of
 * another ("Police Commissioner" for the commissioner of the fire and emergency services). Each
 * service lists the words that name it in Arabic and English news writing: the Arabic names are
 * those of the Arab interior ministries' own services (الشرطة, الأمن العام, الحماية المدنية in the
 * Maghreb, الدفاع المدني in the Mashreq and the Gulf), the English ones those of the Australian,
 * British and American services (Police, Fire and Rescue, Fire and Emergency Services,
 * Ambulance, State Emergency Service). Entries are folded on load; a word may also be written
 * with the article or behind a clitic (للشرطة), which the stems find.
 */
import { wordKey } from '../tokenKey';

const SERVICE_WORDS: Record<string, string[]> = {
  police: ['police', 'policing', 'constabulary', 'شرطة', 'الشرطة', 'البوليس'],
  fire: ['fire', 'firefighters', 'firefighting', 'rescue', 'emergency', 'الإطفاء', 'إطفاء', 'المطافئ', 'الحماية', 'الدفاع', 'الطوارئ', 'الإنقاذ'],
  ambulance: ['ambulance', 'paramedics', 'الإسعاف', 'إسعاف'],
  army: ['army', 'military', 'الجيش', 'جيش'],
  navy: ['navy', 'naval', 'البحرية'],
  'air-force': ['air force', 'الجوية'],
  customs: ['customs', 'الجمارك', 'الديوانة'],
  intelligence: ['intelligence', 'المخابرات', 'الاستخبارات'],
  prisons: ['prisons', 'corrections', 'corrective', 'السجون'],
  coastguard: ['coastguard', 'coast guard', 'السواحل'],
  border: ['border', 'الحدود'],
};

/**
 * The services named after the area they serve (North Elmshire Police, South Yorkshire Fire and
 * Rescue, Welsh Ambulance Service, «شرطة دبي», «الدفاع المدني بمحافظة معان»): every story of that
 * area names them, so story detection does not take their names as a story's own.
 */
export const AREA_SERVICES: ReadonlySet<string> = new Set(['police', 'fire', 'ambulance', 'coastguard']);

/**
 * Words that name a service only beside another word of it: الدفاع is the defence ministry's
 * word too, and names the civil defence only before المدني; "emergency" names a service beside
 * "services"; "border" only with "force", الحدود only with حرس.
 */
const NEEDS_COMPANION: Record<string, string[]> = {
  [wordKey('الدفاع')]: [wordKey('المدني')],
  [wordKey('الحماية')]: [wordKey('المدنية')],
  emergency: ['services', 'service', 'management'],
  border: ['force', 'guard', 'patrol'],
  [wordKey('الحدود')]: [wordKey('حرس')],
  [wordKey('الجوية')]: [wordKey('القوات')],
  rescue: ['fire', 'service', 'services'],
};

/** Folded word → the service it names. Two-word English names are keyed by their first word. */
const SERVICE_BY_WORD = new Map<string, { service: string; next?: string }>();
for (const [service, words] of Object.entries(SERVICE_WORDS)) {
  for (const word of words) {
    const parts = word.split(' ').map(wordKey);
    SERVICE_BY_WORD.set(parts[0]!, { service, next: parts[1] });
  }
}

/**
 * The services a run of folded words names (with their stems: `stemsOf(i)` gives the folded
 * forms of word i, the word itself first). A word that needs a companion names its service only
 * when one of the companions stands within two words of it.
 */
export function servicesIn(count: number, stemsOf: (i: number) => readonly string[]): Set<string> {
  const out = new Set<string>();
  const has = (i: number, word: string) => i >= 0 && i < count && stemsOf(i).includes(word);
  for (let i = 0; i < count; i++) {
    for (const form of stemsOf(i)) {
      const entry = SERVICE_BY_WORD.get(form);
      if (!entry) continue;
      if (entry.next && !has(i + 1, entry.next)) continue;
      const companions = NEEDS_COMPANION[form];
      if (companions && ![i - 2, i - 1, i + 1, i + 2].some((j) => companions.some((word) => has(j, word)))) continue;
      out.add(entry.service);
      break;
    }
  }
  return out;
}
