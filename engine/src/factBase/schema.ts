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
  })
  .strict()
  .refine((evidence) => evidence.end > evidence.start, { message: 'end must be greater than start' });

const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'ids are lower-case kebab or snake case')
  .describe('A stable identifier, unique in its fact base.');

const nonEmptyStrings = z.array(z.string().trim().min(1)).min(1);

/** Names in both languages; the first of each list is canonical, the rest are accepted variants. */
export const NamesSchema = z
  .object({
    ar: nonEmptyStrings.describe('Arabic forms, canonical first.'),
    en: nonEmptyStrings.describe('English forms and transliterations, canonical first.'),
  })
  .strict();

const Evidences = z.array(EvidenceSchema).min(1).describe('Where the article supports this fact.');

export const PersonSchema = z
  .object({
    id: Id,
    names: NamesSchema.describe('Full names, canonical first, then accepted spellings and transliterations.'),
    short: NamesSchema.partial()
      .optional()
      .describe('Forms that name the person alone, such as the family name (العباسي, al-Abbasi).'),
    gender: z.enum(['m', 'f']),
    evidence: Evidences,
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
  'other',
]);

export const OrganisationSchema = z
  .object({
    id: Id,
    names: NamesSchema,
    kind: OrganisationKind,
    country: z.string().regex(/^[A-Z]{2}$/).optional().describe('ISO 3166 code of the country it belongs to.'),
    parent: Id.optional().describe('The organisation this one belongs to or is the wing of.'),
    evidence: Evidences,
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
  'other',
]);

export const PostSchema = z
  .object({
    id: Id,
    holder: Id.describe('The person who holds the post.'),
    role: RoleKind.describe('What kind of post it is.'),
    title: NamesSchema.describe('The title as written, canonical first (وزير الدفاع, Defence Minister).'),
    organisation: Id.optional().describe('The ministry, committee, bloc or movement the post belongs to.'),
    country: z.string().regex(/^[A-Z]{2}$/).optional().describe('The country the post belongs to (IQ, US).'),
    evidence: Evidences,
  })
  .strict();

export const PlaceSchema = z
  .object({
    id: Id,
    names: NamesSchema,
    kind: z.enum(['country', 'city', 'region', 'airport', 'port', 'building', 'other']),
    within: Id.optional().describe('The place that contains this one.'),
    evidence: Evidences,
  })
  .strict();

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
  })
  .strict();

export const EventSchema = z
  .object({
    id: Id,
    names: NamesSchema.describe('A short description of the event in both languages.'),
    triggers: NamesSchema.describe('Words that mention the event (verbs or nouns), used to tie a date or place to it.'),
    date: DateSchema.optional(),
    place: Id.optional().describe('Where the event happened.'),
    participants: z.array(Id).optional(),
    evidence: Evidences,
  })
  .strict();

export const QuantitySchema = z
  .object({
    id: Id,
    value: z.number().describe('The number the article states.'),
    unit: z.enum(['count', 'day', 'week', 'month', 'year']),
    noun: NamesSchema.describe('What is counted (مصادر, sources) or what the duration is (مهلة, deadline).'),
    qualifier: NamesSchema.partial().optional().describe('A qualifier that narrows the noun (عراقية, Iraqi).'),
    evidence: Evidences,
  })
  .strict();

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
  })
  .strict();

export const AffiliationSchema = z
  .object({
    id: Id,
    member: Id.describe('A person, organisation or group.'),
    organisation: Id,
    relation: z.enum(['member-of', 'leads', 'represents', 'wing-of', 'belongs-to']),
    evidence: Evidences,
  })
  .strict();

/** A collective actor the article names without a person, such as "Shiite politicians". */
export const GroupSchema = z
  .object({
    id: Id,
    names: NamesSchema,
    evidence: Evidences,
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
  })
  .strict();

export type Evidence = z.infer<typeof EvidenceSchema>;
export type Names = z.infer<typeof NamesSchema>;
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
