/**
 * The fact-base schema, written in zod.
 *
 * A fact base describes one source article: the people it names, the posts they hold, the
 * organisations, places, dated events, quantities and verbatim quotes it reports, and how they
 * relate. Every fact cites its evidence as a UTF-16 character range of the article, together with
 * the text of that range, so that a test (and `isnad kb validate`) can check the citation.
 *
 * Names lists hold the canonical form first and accepted variants after it. Variants are spellings
 * and transliterations that a careful writer may use; wrong forms are never listed, since the
 * engine finds them by similarity.
 */
import { z } from 'zod';

/** A UTF-16 range of the source article plus the text it holds. */
export const EvidenceSchema = z
  .object({
    start: z.number().int().nonnegative().describe('UTF-16 offset of the first character in the article.'),
    end: z.number().int().nonnegative().describe('UTF-16 offset just past the last character.'),
    text: z.string().min(1).describe('The article text of [start, end), verbatim.'),
    nth: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Transient: which occurrence of the text (1-based) to cite when the article holds it several times; isnad kb cite turns it into start and end and removes it.'),
  })
  .strict()
  .refine((evidence) => evidence.end > evidence.start, { message: 'end must be greater than start' });

const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'ids are lower-case kebab or snake case')
  .describe('A stable identifier, unique in its fact base.');

const nonEmptyStrings = z.array(z.string().trim().min(1)).min(1);

/** The current version of the fact-base schema (`schemaVersion`; absent means 1). */
export const SCHEMA_VERSION = 2;

const namesShape = {
  ar: nonEmptyStrings.describe('Arabic forms, canonical first.'),
  en: nonEmptyStrings.describe('English forms and transliterations, canonical first.'),
};

/**
 * Names in Arabic and English; the first of each list is canonical, the rest are accepted
 * variants. Since schema 2 either side may be left out (a story in one language needs no forms in
 * the other), but not both. A missing side is parsed as an empty list, so engine code can always
 * iterate both; messages fall back to the other language's canonical form (see `names.ts`).
 */
export const NamesSchema = z
  .object({
    ar: namesShape.ar.optional().transform((forms) => forms ?? []),
    en: namesShape.en.optional().transform((forms) => forms ?? []),
  })
  .strict()
  .refine((names) => names.ar.length + names.en.length > 0, { message: 'give at least one name (ar or en)' })
  .meta({ minProperties: 1 });

/** Names that may be empty on both sides, such as the short forms of a person. */
const PartialNamesSchema = z.object({ ar: namesShape.ar.optional(), en: namesShape.en.optional() }).strict();

/**
 * What drawing was unsure of. `isnad kb draw` marks such facts instead of guessing silently;
 * `kb show`, `kb validate` (as a warning) and the editor surface them. A reviewer removes the mark
 * once the fact is checked against the article.
 */
export const ReviewSchema = z
  .object({
    unsure: z.literal(true),
    reason: z.string().min(1).describe('What to check, in a sentence.'),
  })
  .strict();

const review = ReviewSchema.optional().describe('Set when the fact was drawn automatically and needs a human check.');

/** An ISO 3166 alpha-2 country code. */
const Country = z.string().regex(/^[A-Z]{2}$/);

const Evidences = z.array(EvidenceSchema).min(1).describe('Where the article supports this fact.');

export const PersonSchema = z
  .object({
    id: Id,
    names: NamesSchema.describe('Full names, canonical first, then accepted spellings and transliterations.'),
    short: PartialNamesSchema.optional()
      .describe('Forms that name the person alone, such as the family name (العباسي, al-Abbasi).'),
    gender: z.enum(['m', 'f']).optional().describe('Grammatical gender for messages that agree with the person; absent when the article gives no cue (messages then use the masculine).'),
    nationality: z.array(Country).optional().describe('ISO 3166 codes of the nationalities the article gives.'),
    age: z.number().int().min(0).max(150).optional().describe('The age the article gives.'),
    transliterated: z
      .union([z.boolean(), z.enum(['ar', 'en'])])
      .optional()
      .describe(
        "Which forms were spelt by rule from the other script (isnad kb draw): true or 'en' for the English forms of an Arabic name, 'ar' for the Arabic forms of a Latin one. A spelling of that script with the same consonants is accepted.",
      ),
    evidence: Evidences,
    review,
  })
  .strict();

export const OrganisationKind = z.enum([
  'movement',
  'faction',
  'bloc',
  'alliance',
  'party',
  'ministry',
  'department',
  'agency',
  'committee',
  'parliament',
  'government',
  'military',
  'coalition',
  'media',
  'office',
  'company',
  'club',
  'federation',
  'league',
  'court',
  'university',
  'bank',
  'fund',
  'union',
  'ngo',
  'news-agency',
  'regulator',
  'holding',
  'authority',
  'council',
  'team',
  'other',
]);

export const OrganisationSchema = z
  .object({
    id: Id,
    names: NamesSchema,
    kind: OrganisationKind,
    country: Country.optional().describe('ISO 3166 code of the country it belongs to.'),
    parent: Id.optional().describe('The organisation this one belongs to or is the wing of.'),
    base: Id.optional().describe('The place where it has its headquarters.'),
    evidence: Evidences,
    review,
  })
  .strict();

export const RoleKind = z.enum([
  'minister',
  'spokesperson',
  'ambassador',
  'member',
  'head',
  'deputy-head',
  'leader',
  'secretary-general',
  'commander',
  'representative',
  'president',
  'chairman',
  'chief-executive',
  'managing-director',
  'director',
  'adviser',
  'judge',
  'prime-minister',
  'governor',
  'mayor',
  'coach',
  'player',
  'captain',
  'founder',
  'owner',
  'king',
  'secretary',
  'other',
]);

export const DateSchema = z
  .object({
    year: z.number().int().min(1).max(9999),
    month: z.number().int().min(1).max(12).optional(),
    day: z.number().int().min(1).max(31).optional(),
    part: z.enum(['early', 'mid', 'late']).optional().describe('Early, mid or late in the month or year.'),
    relative: z
      .string()
      .optional()
      .describe('The relative expression as the article states it (سبتمبر المقبل), if any.'),
    derived: z.boolean().default(false).describe('True when the absolute date is derived from a relative one.'),
    weekday: z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']).optional().describe('The day of the week the article gives.'),
    time: z
      .string()
      .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/)
      .optional()
      .describe('The time of day (HH:MM, 24-hour clock), local to the event.'),
    partOfDay: z.enum(['morning', 'afternoon', 'evening', 'night']).optional(),
    end: z
      .object({
        year: z.number().int().min(1).max(9999),
        month: z.number().int().min(1).max(12).optional(),
        day: z.number().int().min(1).max(31).optional(),
      })
      .strict()
      .optional()
      .describe('The inclusive end of a range (from 3 to 5 March: end is 5 March).'),
  })
  .strict();

export const PostSchema = z
  .object({
    id: Id,
    holder: Id.describe('The person who holds the post.'),
    role: RoleKind.describe('What kind of post it is.'),
    title: NamesSchema.describe('The title as written, canonical first (وزير الدفاع, Defence Minister).'),
    organisation: Id.optional().describe('The ministry, committee, bloc or movement the post belongs to.'),
    country: Country.optional().describe('The country the post belongs to (IQ, US).'),
    status: z.enum(['current', 'former', 'acting', 'designate']).optional().describe('Whether the post is held now; absent means current.'),
    since: DateSchema.optional().describe('When the holder took the post.'),
    until: DateSchema.optional().describe('When the holder left the post.'),
    evidence: Evidences,
    review,
  })
  .strict();

export const PlaceSchema = z
  .object({
    id: Id,
    names: NamesSchema,
    kind: z.enum(['country', 'city', 'region', 'airport', 'port', 'building', 'other']),
    within: Id.optional().describe('The place that contains this one.'),
    evidence: Evidences,
    review,
  })
  .strict();

export const EventSchema = z
  .object({
    id: Id,
    names: NamesSchema.describe("The event named as a noun phrase, as messages use it (the start of the coalition's withdrawal from Iraq; بدء انسحاب قوات التحالف من العراق)."),
    triggers: PartialNamesSchema.optional().describe(
      'Words that mention the event (verbs or nouns), used to tie a date or place to it. Optional since schema 2: hints only.',
    ),
    date: DateSchema.optional(),
    place: Id.optional().describe('Where the event happened.'),
    participants: z.array(Id).optional(),
    evidence: Evidences,
    review,
  })
  .strict();

export const QuantityUnit = z.enum([
  'count',
  'day',
  'week',
  'month',
  'year',
  'percent',
  'money',
  'age',
  'score',
  'votes',
  'hour',
  'minute',
  'km',
  'metre',
  'square-metre',
  'square-km',
  'kg',
  'tonne',
  'other',
]);

export const QuantitySchema = z
  .object({
    id: Id,
    value: z.number().describe('The number the article states.'),
    unit: QuantityUnit,
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional()
      .describe('ISO 4217 code of the currency (USD, EGP); required when unit is money.'),
    approx: z.enum(['about', 'more-than', 'less-than', 'at-least', 'up-to']).optional().describe('How the article qualifies the number (نحو, more than).'),
    against: z.number().optional().describe('The other side of a score or vote split (2 against 1: value 2, against 1).'),
    subject: Id.optional().describe('The person, organisation, place or event the number is about.'),
    noun: NamesSchema.optional().describe(
      'What is counted (مصادر, sources) or what the duration is (مهلة, deadline); may be left out for money, percent and age when subject is given.',
    ),
    qualifier: PartialNamesSchema.optional().describe('A qualifier that narrows the noun (عراقية, Iraqi).'),
    evidence: Evidences,
    review,
  })
  .strict()
  .refine((q) => q.unit !== 'money' || q.currency !== undefined, { message: 'a quantity of money needs a currency', path: ['currency'] })
  .refine((q) => q.noun !== undefined || (['money', 'percent', 'age'].includes(q.unit) && q.subject !== undefined), {
    message: 'give a noun (or, for money, percent and age, a subject)',
    path: ['noun'],
  });

export const QuoteSchema = z
  .object({
    id: Id,
    speaker: Id.describe('The person (or organisation, for a statement) whose words these are.'),
    text: z.string().min(1).describe('The quoted words, verbatim as in the article, without the quotation marks.'),
    editorial: z
      .array(z.string().min(1))
      .optional()
      .describe('Parts of the quote that the article itself inserted, such as (أول أمس); a draft may leave them out.'),
    evidence: Evidences,
    review,
  })
  .strict();

export const AffiliationRelation = z.enum([
  'member-of',
  'leads',
  'represents',
  'wing-of',
  'belongs-to',
  'owns',
  'controls',
  'chairs',
  'plays-for',
  'coaches',
  'founded',
  'employed-by',
  'signed-for',
]);

export const AffiliationSchema = z
  .object({
    id: Id,
    member: Id.describe('A person, organisation or group.'),
    organisation: Id,
    relation: AffiliationRelation,
    evidence: Evidences,
    review,
  })
  .strict();

/** A collective actor the article names without a person, such as "Shiite politicians". */
export const GroupSchema = z
  .object({
    id: Id,
    names: NamesSchema,
    evidence: Evidences,
    review,
  })
  .strict();

export const SourceSchema = z
  .object({
    file: z.string().min(1).describe('Path of the source article, relative to the fact-base file.'),
    lang: z.enum(['ar', 'en']),
    title: z.string().optional(),
    url: z.string().optional(),
    published: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional()
      .describe('Publication date (YYYY-MM-DD), the anchor for relative dates.'),
  })
  .strict();

export const FactBaseSchema = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z
      .union([z.literal(1), z.literal(2)])
      .optional()
      .describe('The schema version the file is written for; absent means 1. Version 2 only adds optional fields.'),
    id: Id,
    title: z.string().optional(),
    source: SourceSchema,
    people: z.array(PersonSchema).default([]),
    organisations: z.array(OrganisationSchema).default([]),
    posts: z.array(PostSchema).default([]),
    places: z.array(PlaceSchema).default([]),
    events: z.array(EventSchema).default([]),
    quantities: z.array(QuantitySchema).default([]),
    quotes: z.array(QuoteSchema).default([]),
    affiliations: z.array(AffiliationSchema).default([]),
    groups: z.array(GroupSchema).default([]),
    scope: z
      .object({
        drafts: z.array(z.string().min(1)).optional().describe('Globs of the drafts this fact base speaks about, relative to the fact-base file.'),
        anchors: z.array(z.string().min(1)).optional().describe('Extra distinctive words that tie a draft to this story.'),
      })
      .strict()
      .optional()
      .describe('Which drafts this fact base speaks about.'),
  })
  .strict();

export type Evidence = z.infer<typeof EvidenceSchema>;
export type Names = z.infer<typeof NamesSchema>;
export type Review = z.infer<typeof ReviewSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Organisation = z.infer<typeof OrganisationSchema>;
export type Post = z.infer<typeof PostSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type FactDate = z.infer<typeof DateSchema>;
export type Event = z.infer<typeof EventSchema>;
export type Quantity = z.infer<typeof QuantitySchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Affiliation = z.infer<typeof AffiliationSchema>;
export type Group = z.infer<typeof GroupSchema>;
/** A fact base as parsed (defaults applied). */
export type FactBaseData = z.infer<typeof FactBaseSchema>;
