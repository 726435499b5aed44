// Types of scripts/esbuild-lexicon.mjs, for the bundle size test and the packing test.
import type { Plugin } from 'esbuild';

/**
 * Packs a lexicon into columns and one string (a table of values for a column of few distinct
 * values, `^` for an id that is its first English name's slug); throws on what it could not give
 * back exactly.
 */
export declare function packLexicon(entries: unknown, file: string): { columns: string[]; lists: boolean[]; tables: (string[] | null)[]; packed: string };
/** Expands a packed lexicon back into its entries. */
export declare function expandLexicon(columns: string[], lists: boolean[], tables: (string[] | null)[], packed: string): Record<string, string | string[]>[];
/** The module a lexicon file is bundled as. */
export declare function lexiconModule(entries: unknown, file: string): string;
/** An esbuild plugin that bundles knowledge/lexicon/*.json packed. */
export declare const packedLexicons: Plugin;
