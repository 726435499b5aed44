/**
 * Where a user reads the documentation of a rule: `docs/rules.md` on the project's web home, as
 * package.json names it (`repository`, a GitHub URL, else `homepage`), with the rule's id as the
 * anchor (…/docs/rules.md#name-spelling). SARIF's `helpUri` and a diagnostic's
 * `codeDescription.href` link there. Without a web address in package.json they carry no link: a
 * `file:` URI of the machine that produced a SARIF log opens nowhere else.
 */
import packageJson from '../../package.json';

/** The fields of package.json that name the project's web home. */
export interface Manifest {
  homepage?: string;
  repository?: string | { url?: string };
}

/** The web address of `docs/rules.md`, or `undefined` when package.json names no web home. */
export function rulesDocUrl(manifest: Manifest = packageJson): string | undefined {
  const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  const web = (repository ?? '').replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/$/, '');
  if (/^https:\/\/github\.com\/[^/]+\/[^/]+$/.test(web)) return `${web}/blob/main/docs/rules.md`;
  if (manifest.homepage && /^https?:\/\//.test(manifest.homepage)) return `${manifest.homepage.replace(/#.*$/, '').replace(/\/$/, '')}/docs/rules.md`;
  return undefined;
}

/** The web address of one rule's documentation, or `undefined` (see {@link rulesDocUrl}). */
export function ruleDocUrl(ruleId: string, manifest?: Manifest): string | undefined {
  const base = rulesDocUrl(manifest);
  return base === undefined ? undefined : `${base}#${ruleId}`;
}
