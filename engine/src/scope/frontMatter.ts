/**
 * The `story:` key of a draft's YAML front matter: the fact base (by id) or fact bases the draft
 * is about.
 *
 * ```yaml
 * ---
 * story: iraq-coalition-talks          # or [a, b], or a block list, or none
 * ---
 * ```
 *
 * Only this one key is read, with a deliberately small reader (a scalar, a flow list or a block
 * list of ids); nothing else of the front matter matters here.
 */

/** What the front matter says: fact-base ids (empty for `none`), or undefined without the key. */
export function frontMatterStories(text: string): string[] | undefined {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const open = /^---[ \t]*\r?\n/.exec(source);
  if (!open) return undefined;
  const lines = source.slice(open[0].length).split(/\r?\n/);
  for (let i = 0; i < lines.length && i < 200; i++) {
    const line = lines[i]!;
    if (/^(---|\.\.\.)[ \t]*$/.test(line)) return undefined;
    const key = /^(?:story|stories)[ \t]*:(.*)$/.exec(line);
    if (!key) continue;
    const value = stripComment(key[1]!).trim();
    if (value === '') {
      // A block list on the following lines.
      const ids: string[] = [];
      for (let j = i + 1; j < lines.length; j++) {
        const item = /^[ \t]*-(.*)$/.exec(lines[j]!);
        if (!item || !/^[ \t]/.test(item[1]!)) break;
        ids.push(unquote(stripComment(item[1]!).trim()));
      }
      return clean(ids);
    }
    if (value.startsWith('[')) return clean(value.replace(/^\[|\]$/g, '').split(',').map((id) => unquote(id.trim())));
    return clean([unquote(value)]);
  }
  return undefined;
}

/** A value without its YAML comment (a # at the start or after a space or tab). */
function stripComment(value: string): string {
  for (let i = value.indexOf('#'); i >= 0; i = value.indexOf('#', i + 1)) {
    if (i === 0 || value[i - 1] === ' ' || value[i - 1] === '\t') return value.slice(0, i);
  }
  return value;
}

function unquote(value: string): string {
  return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
}

function clean(ids: string[]): string[] {
  const out = ids.map((id) => id.trim()).filter((id) => id !== '');
  return out.length === 1 && /^(none|null|~|false)$/i.test(out[0]!) ? [] : [...new Set(out)];
}
