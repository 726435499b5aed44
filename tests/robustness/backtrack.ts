/**
 * A backtracking matcher for regular expressions that counts its steps, so that a test can tell
 * how a pattern's work grows with its input without a clock (issue 6: no catastrophic
 * backtracking; the house rule: no timed assertions). V8's engine (Irregexp) is a backtracking
 * matcher too, without memoisation: it tries each alternative and each length of a repeat in turn,
 * so the number of attempts made here grows as its work does (linear, quadratic, exponential),
 * while the count is the same on every run and any machine, however loaded.
 *
 * A step is one attempt to match one node of the pattern at one position. Characters, classes and
 * escapes that stand for one character are tested by V8 itself (a pattern of that one atom), so
 * case folding, Unicode properties and the `s` flag behave as in the product. The syntax read is
 * the one the product's patterns use: groups (capturing, named, non-capturing), lookahead and
 * lookbehind (matched backwards, as V8 does), greedy and lazy repeats, anchors, word boundaries,
 * back-references and classes. `matchAll` also returns what was matched, which the test compares
 * with V8's own matches so that the counts are those of the real pattern.
 */

/** A parsed pattern. */
type Node =
  | { type: 'char'; test: (char: string) => boolean }
  | { type: 'seq'; items: Node[] }
  | { type: 'alt'; options: Node[] }
  | { type: 'group'; body: Node; index: number }
  | { type: 'look'; body: Node; behind: boolean; negate: boolean }
  | { type: 'repeat'; body: Node; min: number; max: number; lazy: boolean }
  | { type: 'assert'; kind: '^' | '$' | 'b' | 'B' }
  | { type: 'backref'; index: number; name: string | undefined };

/** The result of running a pattern as a global replace runs it: every match, and the steps taken. */
export interface Run {
  steps: number;
  /** Whether the run stopped at the step limit (exponential, or far beyond linear). */
  capped: boolean;
  matches: [number, number][];
}

class Parser {
  i = 0;
  groups = 0;
  names = new Map<string, number>();
  constructor(
    readonly source: string,
    readonly flags: string,
  ) {}

  /** A test of one character by V8, for the atom `raw` (a class, an escape, a literal or `.`). */
  charTest(raw: string): Node {
    const pattern = new RegExp(`^(?:${raw})$`, this.flags.replace(/[gmyd]/g, ''));
    const known = new Map<string, boolean>();
    return {
      type: 'char',
      test: (char) => {
        let result = known.get(char);
        if (result === undefined) known.set(char, (result = pattern.test(char)));
        return result;
      },
    };
  }

  alternatives(): Node {
    const options: Node[] = [this.sequence()];
    while (this.source[this.i] === '|') {
      this.i++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { type: 'alt', options };
  }

  sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.source.length && this.source[this.i] !== '|' && this.source[this.i] !== ')') items.push(this.quantified(this.atom()));
    return { type: 'seq', items };
  }

  quantified(atom: Node): Node {
    const rest = this.source.slice(this.i);
    const match = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})(\?)?/.exec(rest);
    if (!match) return atom;
    this.i += match[0].length;
    const [min, max] =
      match[1] === '*' ? [0, Infinity] : match[1] === '+' ? [1, Infinity] : match[1] === '?' ? [0, 1] : [Number(match[2]), match[3] ? (match[4] ? Number(match[4]) : Infinity) : Number(match[2])];
    return { type: 'repeat', body: atom, min, max, lazy: match[5] === '?' };
  }

  atom(): Node {
    const c = this.source[this.i]!;
    if (c === '(') return this.group();
    if (c === '^' || c === '$') {
      this.i++;
      return { type: 'assert', kind: c };
    }
    if (c === '[') {
      const start = this.i++;
      if (this.source[this.i] === '^') this.i++;
      if (this.source[this.i] === ']') this.i++;
      while (this.i < this.source.length && this.source[this.i] !== ']') this.i += this.source[this.i] === '\\' ? 2 : 1;
      this.i++;
      return this.charTest(this.source.slice(start, this.i));
    }
    if (c === '\\') return this.escape();
    const code = this.source.codePointAt(this.i)!;
    const length = code > 0xffff && this.flags.includes('u') ? 2 : 1;
    this.i += length;
    return this.charTest(c === '.' ? '.' : this.source.slice(this.i - length, this.i).replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'));
  }

  group(): Node {
    this.i++;
    let look: { behind: boolean; negate: boolean } | undefined;
    let capturing = false;
    let name: string | undefined;
    const rest = this.source.slice(this.i, this.i + 3);
    if (rest.startsWith('?:')) this.i += 2;
    else if (rest.startsWith('?=') || rest.startsWith('?!')) {
      look = { behind: false, negate: rest[1] === '!' };
      this.i += 2;
    } else if (rest === '?<=' || rest === '?<!') {
      look = { behind: true, negate: rest[2] === '!' };
      this.i += 3;
    } else if (rest.startsWith('?<')) {
      const end = this.source.indexOf('>', this.i);
      name = this.source.slice(this.i + 2, end);
      this.i = end + 1;
      capturing = true;
    } else capturing = true;
    // Groups are numbered in the order they open.
    const index = capturing ? ++this.groups : -1;
    if (name !== undefined) this.names.set(name, index);
    const body = this.alternatives();
    this.i++; // )
    if (look) return { type: 'look', body, ...look };
    return capturing ? { type: 'group', body, index } : body;
  }

  escape(): Node {
    const start = this.i;
    const c = this.source[this.i + 1]!;
    this.i += 2;
    if (c === 'b' || c === 'B') return { type: 'assert', kind: c };
    if (/[1-9]/.test(c)) {
      while (/\d/.test(this.source[this.i] ?? '')) this.i++;
      return { type: 'backref', index: Number(this.source.slice(start + 1, this.i)), name: undefined };
    }
    if (c === 'k' && this.source[this.i] === '<') {
      const end = this.source.indexOf('>', this.i);
      const name = this.source.slice(this.i + 1, end);
      this.i = end + 1;
      return { type: 'backref', index: 0, name };
    }
    if ((c === 'p' || c === 'P' || c === 'u') && this.source[this.i] === '{') this.i = this.source.indexOf('}', this.i) + 1;
    else if (c === 'u') {
      this.i += 4;
      // A surrogate pair written as two escapes is one character.
      const high = parseInt(this.source.slice(start + 2, this.i), 16);
      if (high >= 0xd800 && high <= 0xdbff && this.source.startsWith('\\u', this.i)) this.i += 6;
    } else if (c === 'x') this.i += 2;
    else if (c === 'c') this.i += 1;
    return this.charTest(this.source.slice(start, this.i));
  }
}

/** Parses `source` (with `flags`) into its tree and the indexes of its named groups. */
function parse(source: string, flags: string): { root: Node; names: Map<string, number>; groups: number } {
  const parser = new Parser(source, flags);
  const root = parser.alternatives();
  if (parser.i < source.length) throw new Error(`unbalanced ) at ${parser.i} in /${source}/`);
  return { root, names: parser.names, groups: parser.groups };
}

const isWord = (char: string | undefined) => char !== undefined && /^\w$/.test(char);

class StepLimit extends Error {}

/** Matches a parsed pattern against one text, counting every attempt. */
class Matcher {
  steps = 0;
  captures: (number | undefined)[];

  constructor(
    readonly text: string,
    readonly flags: string,
    readonly names: Map<string, number>,
    groups: number,
    readonly limit: number,
  ) {
    this.captures = new Array<number | undefined>(2 * groups + 2).fill(undefined);
  }

  /** The character at `pos` (forwards) or before it (backwards), and where it ends. */
  charAt(pos: number, back: boolean): { char: string; next: number } | undefined {
    const unicode = this.flags.includes('u');
    if (back) {
      if (pos <= 0) return undefined;
      const low = this.text.charCodeAt(pos - 1);
      const pair = unicode && low >= 0xdc00 && low <= 0xdfff && pos >= 2 && this.text.charCodeAt(pos - 2) >= 0xd800 && this.text.charCodeAt(pos - 2) <= 0xdbff;
      return { char: this.text.slice(pos - (pair ? 2 : 1), pos), next: pos - (pair ? 2 : 1) };
    }
    if (pos >= this.text.length) return undefined;
    const code = unicode ? this.text.codePointAt(pos)! : this.text.charCodeAt(pos);
    const length = code > 0xffff ? 2 : 1;
    return { char: this.text.slice(pos, pos + length), next: pos + length };
  }

  match(node: Node, pos: number, back: boolean, k: (pos: number) => boolean): boolean {
    if (++this.steps > this.limit) throw new StepLimit();
    switch (node.type) {
      case 'char': {
        const at = this.charAt(pos, back);
        return !!at && node.test(at.char) && k(at.next);
      }
      case 'seq':
        return this.sequence(node.items, back ? node.items.length - 1 : 0, pos, back, k);
      case 'alt':
        for (const option of node.options) if (this.match(option, pos, back, k)) return true;
        return false;
      case 'group':
        return this.group(node, pos, back, k);
      case 'look': {
        const saved = [...this.captures];
        const found = this.match(node.body, pos, node.behind, () => true);
        if (found === node.negate) {
          this.captures = saved;
          return false;
        }
        if (node.negate) this.captures = saved;
        return k(pos);
      }
      case 'repeat':
        return this.repeat(node, 0, pos, back, k);
      case 'assert':
        return this.anchorHolds(node.kind, pos) && k(pos);
      case 'backref':
        return this.backref(node, pos, back, k);
    }
  }

  sequence(items: readonly Node[], index: number, pos: number, back: boolean, k: (pos: number) => boolean): boolean {
    if (index < 0 || index >= items.length) return k(pos);
    return this.match(items[index]!, pos, back, (next) => this.sequence(items, back ? index - 1 : index + 1, next, back, k));
  }

  group(node: Extract<Node, { type: 'group' }>, pos: number, back: boolean, k: (pos: number) => boolean): boolean {
    const slot = 2 * node.index;
    return this.match(node.body, pos, back, (end) => {
      const old = [this.captures[slot], this.captures[slot + 1]];
      [this.captures[slot], this.captures[slot + 1]] = back ? [end, pos] : [pos, end];
      if (k(end)) return true;
      [this.captures[slot], this.captures[slot + 1]] = old;
      return false;
    });
  }

  repeat(node: Extract<Node, { type: 'repeat' }>, count: number, pos: number, back: boolean, k: (pos: number) => boolean): boolean {
    if (++this.steps > this.limit) throw new StepLimit();
    // An iteration that matches nothing once the minimum is reached ends the repeat (ECMAScript).
    const more = () => count < node.max && this.match(node.body, pos, back, (next) => (next === pos && count >= node.min ? false : this.repeat(node, count + 1, next, back, k)));
    if (node.lazy) return (count >= node.min && k(pos)) || more();
    return more() || (count >= node.min && k(pos));
  }

  anchorHolds(kind: '^' | '$' | 'b' | 'B', pos: number): boolean {
    const multiline = this.flags.includes('m');
    const before = pos > 0 ? this.text[pos - 1] : undefined;
    const after = pos < this.text.length ? this.text[pos] : undefined;
    const lineBreak = (char: string | undefined) => char !== undefined && /[\n\r\u2028\u2029]/.test(char);
    if (kind === '^') return pos === 0 || (multiline && lineBreak(before));
    if (kind === '$') return pos === this.text.length || (multiline && lineBreak(after));
    const boundary = isWord(before) !== isWord(after);
    return kind === 'b' ? boundary : !boundary;
  }

  backref(node: Extract<Node, { type: 'backref' }>, pos: number, back: boolean, k: (pos: number) => boolean): boolean {
    const index = node.name !== undefined ? this.names.get(node.name)! : node.index;
    const start = this.captures[2 * index];
    const end = this.captures[2 * index + 1];
    if (start === undefined || end === undefined) return k(pos);
    const captured = this.text.slice(start, end);
    const from = back ? pos - captured.length : pos;
    if (from < 0 || from + captured.length > this.text.length) return false;
    const here = this.text.slice(from, from + captured.length);
    const same = this.flags.includes('i') ? here.toLowerCase() === captured.toLowerCase() : here === captured;
    return same && k(back ? from : from + captured.length);
  }
}

/** Whether every alternative of a pattern starts with `^` (V8 then tries the start of the text only). */
function anchoredAtStart(root: Node, flags: string): boolean {
  if (flags.includes('m')) return false;
  const starts = (node: Node): boolean => {
    if (node.type === 'assert') return node.kind === '^';
    if (node.type === 'seq') return node.items.length > 0 && starts(node.items[0]!);
    if (node.type === 'alt') return node.options.every(starts);
    if (node.type === 'group') return starts(node.body);
    return false;
  };
  return starts(root);
}

/**
 * Runs a pattern over `text` as `text.replace(/…/g, …)` does: a match is looked for from each
 * position in turn, and after a match from its end (one further after an empty one). Stops at
 * `limit` steps.
 */
export function matchAll(source: string, flags: string, text: string, limit = 5_000_000): Run {
  const { root, names, groups } = parse(source, flags);
  const matcher = new Matcher(text, flags, names, groups, limit);
  const anchored = anchoredAtStart(root, flags);
  const matches: [number, number][] = [];
  try {
    for (let pos = 0; pos <= text.length; ) {
      matcher.captures.fill(undefined);
      let end = -1;
      const found = matcher.match(root, pos, false, (at) => {
        end = at;
        return true;
      });
      if (found) matches.push([pos, end]);
      if (anchored || (!found && flags.includes('y'))) break;
      pos = found && end > pos ? end : pos + (flags.includes('u') && (text.codePointAt(pos) ?? 0) > 0xffff ? 2 : 1);
    }
  } catch (error) {
    if (!(error instanceof StepLimit)) throw error;
    return { steps: matcher.steps, capped: true, matches };
  }
  return { steps: matcher.steps, capped: false, matches };
}

/** V8's own matches of a pattern over `text`, as a global replace finds them. */
export function v8Matches(source: string, flags: string, text: string): [number, number][] {
  const pattern = new RegExp(source, flags.includes('g') ? flags : `${flags}g`);
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length]);
}
