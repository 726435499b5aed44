// Types of scripts/esbuild-zod.mjs, for the bundle size test (tests/install/bundleSize.test.ts).
import type { Plugin } from 'esbuild';

/** An esbuild plugin that bundles zod with its English messages only. */
export declare const zodEnglishOnly: Plugin;
