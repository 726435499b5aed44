/** The version of isnad and where its documentation lives, read from package.json at build time. */
import packageJson from '../../package.json';
import { rulesDocUrl } from '../../host/src/docs';

/** The version of isnad. */
export const VERSION: string = (packageJson as { version: string }).version;

/**
 * The web address of the rules' documentation (`docs/rules.md`), from package.json's `repository`
 * or `homepage`; `undefined` when it names neither, and then SARIF carries no `helpUri`.
 */
export function rulesDocUri(): string | undefined {
  return rulesDocUrl();
}
