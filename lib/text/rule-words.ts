/**
 * The words a match of a rule must hold, read from its source: a line that holds none of them is
 * not tried against the rule, so the rule is not compiled for it. V8 compiles each expression on
 * its first use in a page, and cleaning's rules ("^(?:this|the following) transcri(?:pt|ption) …")
 * cost a page's first extraction more than their matching does: "Back to top" holds no
 * "transcri", and the rule need not be compiled to say so.
 */

/**
 * Strings one of which any text `rule` matches holds (lower case under "i"), or null when the
 * source shows none. An underestimate of what a match needs, never more: a literal run stops at
 * any class, optional atom, group or escape not read as one character, and under "i" at a letter
 * whose other cases do not all lower to its own lower case (see caseSafe).
 */
export function requiredWords(rule: RegExp): readonly string[] | null {
  return filterOf(rule).words;
}

/**
 * Strings one of which any text `rule` matches opens with (lower case under "i"), or null: known
 * where each alternative is anchored at "^" (no "m" flag) and opens with a literal run or a group
 * of them ("^(?:back to top|наверх)$" opens with "back to top" or "наверх").
 */
export function openingWords(rule: RegExp): readonly string[] | null {
  return filterOf(rule).openings;
}

/**
 * Whether `text` may match `rule` as far as its words tell, until the rule has once been tried
 * (then true); `lower` is the text in lower case (passed so a line's is made once for all its
 * rules). When false, `rule.test(text)` is.
 */
export function mayHold(rule: RegExp, text: string, lower: () => string): boolean {
  const filter = filterOf(rule);
  if (filter.tried) return true;
  if (!holdsWords(rule, text, lower)) return false;
  // Compiled by now: tried at once from then on. The words spare only the compiling, and a page's
  // next extraction needs no filter.
  filter.tried = true;
  return true;
}

/** Whether `text` opens with one of `rule`'s opening words or holds one of its words (true where none are known): false only where `rule.test(text)` is. */
export function holdsWords(rule: RegExp, text: string, lower: () => string): boolean {
  return passes(filterOf(rule), rule.ignoreCase ? lower() : text);
}

/** Whether any of `rules` matches `text`, as `rules.some((rule) => rule.test(text))` answers, trying only those it may hold (mayHold). */
export function someMatch(rules: readonly RegExp[], text: string, lower: () => string = lowerOnce(text)): boolean {
  return rules.some((rule) => mayHold(rule, text, lower) && rule.test(text));
}

/** What a rule's source tells of its matches, and whether a text has passed to it yet. */
interface Filter {
  words: readonly string[] | null;
  openings: readonly string[] | null;
  /** The opening words by their first unit: a line is compared with the few that open as it does. */
  byUnit: Map<string, string[]> | null;
  tried: boolean;
}

function filterOf(rule: RegExp): Filter {
  let filter = filters.get(rule);
  if (filter === undefined) filters.set(rule, (filter = readFilter(rule)));
  return filter;
}
const filters = new WeakMap<RegExp, Filter>();

function readFilter(rule: RegExp): Filter {
  const read = rule.unicodeSets ? null : readWords(rule);
  const words = read?.words && !read.words.includes('') ? [...new Set(read.words)] : null;
  const openings = read?.openings && !rule.multiline && !read.openings.includes('') ? [...new Set(read.openings)] : null;
  let byUnit: Map<string, string[]> | null = null;
  if (openings) {
    byUnit = new Map();
    for (const word of openings) byUnit.set(word[0]!, [...(byUnit.get(word[0]!) ?? []), word]);
  }
  return { words, openings, byUnit, tried: false };
}

/**
 * Whether `text` (lowered under "i") opens with one of the filter's opening words, or holds one of
 * its words. The opening words are looked up by the text's first unit, so an anchored list of fifty
 * ("^(?:글자크기|키우기|…)$") costs a line a map's look-up and a startsWith or two.
 */
function passes(filter: Filter, text: string): boolean {
  if (filter.byUnit) return (filter.byUnit.get(text.slice(0, 1)) ?? []).some((word) => text.startsWith(word));
  return filter.words === null || filter.words.some((word) => text.includes(word));
}

/** A text's lower case, made on first ask: `() => lower` for mayHold. */
export function lowerOnce(text: string): () => string {
  let lower: string | undefined;
  return () => (lower ??= text.toLowerCase());
}

/** Requirements: one of the strings must be found (null: nothing known). */
type Words = string[] | null;

/** What a source (or a group of it) tells: the words a match holds, the words it opens with. */
interface Read {
  words: Words;
  openings: Words;
}
/** The "^" of an alternative: it reads nothing, and what follows opens the text. */
const START = 'start';

function readWords(rule: RegExp): Read {
  const source = rule.source;
  const unicode = rule.unicode;
  const fold = rule.ignoreCase;
  let position = 0;
  const disjunction = (top: boolean): Read => {
    let all: Read = { words: [], openings: [] };
    for (;;) {
      const read = sequence(top);
      all = { words: joined(all.words, read.words), openings: joined(all.openings, read.openings) };
      if (source[position] !== '|') return all;
      position += 1;
    }
  };
  /**
   * One alternative: the best of the words its literal runs and its required groups give, and
   * the words it opens with (at the top, only after "^").
   */
  const sequence = (top: boolean): Read => {
    let best: Words = null;
    let run = '';
    const flush = (): void => {
      if (run !== '') best = better(best, [run]);
      run = '';
    };
    let anchored = !top;
    let opening: Words | undefined;
    let openingRun = '';
    const endOpening = (then: Words = null): void => {
      if (opening !== undefined) return;
      opening = then ? then.map((word) => openingRun + word) : openingRun !== '' ? [openingRun] : null;
    };
    while (position < source.length && source[position] !== '|' && source[position] !== ')') {
      const atom = atomWords();
      const least = quantifierLeast();
      if (atom === START) {
        if (top && openingRun === '' && opening === undefined) anchored = true;
        flush();
        continue;
      }
      if (typeof atom === 'string' && least === 1 && !quantifiedMore) {
        run += atom;
        if (opening === undefined) openingRun += atom;
        continue;
      }
      if (typeof atom === 'string' && least >= 1) {
        run += atom;
        if (opening === undefined) openingRun += atom;
      }
      endOpening(atom !== null && typeof atom === 'object' && least >= 1 ? atom.openings : null);
      flush();
      if (atom !== null && typeof atom === 'object' && least >= 1) best = better(best, atom.words);
    }
    flush();
    endOpening();
    return { words: best, openings: anchored ? (opening ?? null) : null };
  };
  /** What the atom at `position` reads: one character (string), a group's words, "^" (START), or null. */
  const atomWords = (): string | Read | null => {
    const char = source[position]!;
    position += 1;
    if (char === '\\') return escapeChar();
    if (char === '[') return skipClass();
    if (char === '(') {
      const opening = at(GROUP_OPENING, source, position) ?? '';
      position += opening.length;
      const inner = disjunction(false);
      position += 1;
      return LOOKAROUND.test(opening) ? null : inner;
    }
    if (char === '^') return START;
    if (char === '$' || char === '.') return null;
    let literal = char;
    if (unicode && isHighSurrogate(char) && position < source.length) {
      literal += source[position];
      position += 1;
    }
    return literalOf(literal);
  };
  /** After a backslash: the character an escape stands for, or null (a class, a boundary, a back-reference). */
  const escapeChar = (): string | null => {
    const escape = at(ESCAPE, source, position)!;
    position += escape.length;
    const code = escapedCode(escape, unicode);
    return code === null ? null : literalOf(String.fromCodePoint(code));
  };
  /** A character read as itself: lowered under "i" when its cases allow, else null. */
  const literalOf = (char: string): string | null => {
    if (!fold) return char;
    return caseSafe(char) ? char.toLowerCase() : null;
  };
  const skipClass = (): null => {
    for (; position < source.length && source[position] !== ']'; position += 1) if (source[position] === '\\') position += 1;
    position += 1;
    return null;
  };
  let quantifiedMore = false;
  /** The least times the quantifier at `position` (if any) asks for; quantifiedMore when it allows more than one. */
  const quantifierLeast = (): number => {
    const char = source[position];
    quantifiedMore = false;
    let least = 1;
    if (char === '*' || char === '?' || char === '+') {
      position += 1;
      least = char === '+' ? 1 : 0;
      quantifiedMore = char !== '?';
    } else if (char === '{') {
      const found = at(QUANTIFIER, source, position);
      if (found === null) return 1;
      position += found.length;
      least = parseInt(found.slice(1), 10);
      quantifiedMore = found !== `{${least}}` || least > 1;
    } else return 1;
    if (source[position] === '?') position += 1;
    return least;
  };
  const read = disjunction(true);
  return position === source.length ? read : { words: null, openings: null };
}

/** Either list of words, one of which a match holds (null if either is unknown). */
function joined(a: Words, b: Words): Words {
  return a === null || b === null ? null : [...a, ...b];
}

/** The better of two requirements: the one whose shortest word is longer (to a point), then the one with fewer words. */
function better(a: Words, b: Words): Words {
  if (a === null || b === null) return a ?? b;
  const score = (words: string[]) => Math.min(WORD_ENOUGH, ...words.map((word) => word.length));
  if (score(a) !== score(b)) return score(a) > score(b) ? a : b;
  return b.length < a.length ? b : a;
}
/** A word this long tells enough: a longer one is not preferred for its length. */
const WORD_ENOUGH = 4;

/**
 * Whether every character a case-insensitive expression matches for `char` lowers to `char`'s
 * own lower case, so a text's lower case holds the match's: true of a character without case,
 * and of the Latin and Cyrillic letters but "s" (matched by "ſ"), "µ" and Cyrillic letters with
 * old variant forms ("в" matched by "ᲀ"); Greek is left out ("σ" and "ς").
 */
export function caseSafe(char: string): boolean {
  if (char.toLowerCase() === char && char.toUpperCase() === char) return true;
  const code = char.codePointAt(0)!;
  if (code < LATIN_END) return !UNSAFE_LATIN.includes(char);
  return code >= CYRILLIC_START && code < CYRILLIC_END && !UNSAFE_CYRILLIC.includes(char);
}
const LATIN_END = 0x250;
const CYRILLIC_START = 0x400;
const CYRILLIC_END = 0x500;
const UNSAFE_LATIN = 'sSſµ';
const UNSAFE_CYRILLIC = 'вдостъѣВДОСТЪѢ';

/** What a sticky `pattern` reads at `position` of `source`, or null. */
function at(pattern: RegExp, source: string, position: number): string | null {
  pattern.lastIndex = position;
  return pattern.exec(source)?.[0] ?? null;
}

/** The code point an escape stands for; null for a class escape, a boundary or a back-reference. */
function escapedCode(escape: string, unicode: boolean): number | null {
  const kind = escape[0]!;
  if (kind === 'u' && escape[1] === '{') return unicode ? parseInt(escape.slice(2, -1), HEX) : null;
  if ((kind === 'u' || kind === 'x') && escape.length > 1) return parseInt(escape.slice(1), HEX);
  if (kind === 'c' && escape.length > 1) return escape.charCodeAt(1) % CONTROL_LETTERS;
  if (NOT_A_CHARACTER.includes(kind)) return null;
  const control = CONTROL_ESCAPES[kind];
  if (control !== undefined) return control;
  return escape.codePointAt(0)!;
}
function isHighSurrogate(char: string): boolean {
  const code = char.charCodeAt(0);
  return code >= HIGH_SURROGATE_START && code < HIGH_SURROGATE_END;
}
const HIGH_SURROGATE_START = 0xd800;
const HIGH_SURROGATE_END = 0xdc00;
/** Escapes that stand for no one character: classes, boundaries, back-references, and "\u", "\x" or "\c" without their digits or letter. */
const NOT_A_CHARACTER = 'dDsSwWpPkbBcux0123456789';
const LOOKAROUND = /^\?<?[=!]$/;
const HEX = 16;
const CONTROL_LETTERS = 32;
const CONTROL_ESCAPES: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13 };

/** What follows a backslash: a property, a code point or a hex code, a control letter, a named back-reference, or one character. */
const ESCAPE = /[pP]\{[^}]*\}|u\{[^}]*\}|u[\dA-Fa-f]{4}|x[\dA-Fa-f]{2}|c[A-Za-z]|k<[^>]*>|[\s\S]/uy;
const GROUP_OPENING = /\?(?::|<?[=!]|<[^>]*>)/uy;
const QUANTIFIER = /\{\d+(?:,\d*)?\}/y;
