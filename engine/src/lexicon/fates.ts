/**
 * The fates a news toll counts people by, in both languages: the dead, the missing and the injured.
 * Two of them joined ("dead or missing", "killed or injured", «بين قتيل ومفقود», «قتيل أو مفقود»)
 * count one figure, the people of either fate together. Language knowledge: the words of Arabic and
 * English casualty reports (as news agencies and civil-defence bulletins write them), folded as
 * tokens are, each naming its fate.
 */
import { wordKey } from '../tokenKey';

/** A fate a toll counts. */
export type Fate = 'dead' | 'missing' | 'injured';

const WORDS: Record<Fate, readonly string[]> = {
  dead: ['dead', 'killed', 'death', 'deaths', 'قتيل', 'قتيلا', 'قتلى', 'وفاة', 'وفيات', 'متوفى', 'متوفين'],
  missing: ['missing', 'مفقود', 'مفقودا', 'مفقودين', 'مفقودون', 'مفقودة'],
  injured: ['injured', 'wounded', 'hurt', 'جريح', 'جريحا', 'جرحى', 'مصاب', 'مصابا', 'مصابين', 'مصابون'],
};

const FATE_OF: ReadonlyMap<string, Fate> = new Map(
  (Object.keys(WORDS) as Fate[]).flatMap((fate) => WORDS[fate].map((word) => [wordKey(word), fate] as const)),
);

/** Words that join two fates into one figure: or, and, أو (folded); Arabic و is read on the word. */
export const FATE_JOINERS: ReadonlySet<string> = new Set(['or', 'and', 'او'].map(wordKey));

/**
 * The fate a folded word names, with its Arabic article and a joining و taken off (والمفقودين,
 * ومفقودا); `joined` says whether a و was taken off.
 */
export function fateOf(key: string): { fate: Fate; joined: boolean } | undefined {
  const direct = FATE_OF.get(key) ?? FATE_OF.get(key.replace(/^ال/, ''));
  if (direct) return { fate: direct, joined: false };
  if (!key.startsWith('و')) return undefined;
  const rest = key.slice(1);
  const fate = FATE_OF.get(rest) ?? FATE_OF.get(rest.replace(/^ال/, ''));
  return fate ? { fate, joined: true } : undefined;
}
