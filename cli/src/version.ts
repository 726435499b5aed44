/** The version of isnad and where its documentation lives, read from package.json at build time. */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import packageJson from '../../package.json';
import { packageRoot } from '../../host/src/factBases';

const manifest = packageJson as { version: string; homepage?: string; repository?: string | { url?: string } };

/** The version of isnad. */
export const VERSION: string = manifest.version;

/**
 * The absolute URI of the rules' documentation (`docs/rules.md`): on the project's web home when
 * package.json names one, else the copy installed with isnad. SARIF wants an absolute `helpUri`.
 */
export function rulesDocUri(): string {
  const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  const web = (repository ?? '').replace(/^git\+/, '').replace(/\.git$/, '');
  if (/^https:\/\/github\.com\//.test(web)) return `${web}/blob/main/docs/rules.md`;
  if (manifest.homepage && /^https?:\/\//.test(manifest.homepage)) return `${manifest.homepage.replace(/#.*$/, '').replace(/\/$/, '')}/docs/rules.md`;
  return pathToFileURL(join(packageRoot(), 'docs', 'rules.md')).href;
}
