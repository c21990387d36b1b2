/**
 * Line rules sorted by the longest line each can match, so a paragraph is tried only against the
 * rules that can match a text of its length. The rules stay apart: joined as alternatives into one
 * expression per length (as they were until the twenty-first session), each of twenty bands of
 * cleaning's rules became one case-insensitive Unicode expression of 13,000 characters, which V8
 * compiled on its first use in every page (two to six seconds of a page's first extraction, a
 * third of a warm one's time), and which ran slower than the rules one by one.
 */

/**
 * The most characters (code points) a text may hold and still match `rule`, or Infinity: finite
 * only where each of its alternatives reads the whole text (from "^" to "$", no "m" flag) with
 * bounded quantifiers. An overestimate where unsure (a character class, a literal in two UTF-16
 * units), never an underestimate: a longer text cannot match, so the rule need not be tried on it.
 */
export function lengthBound(rule: RegExp): number {
  if (rule.flags.includes('m')) return Infinity;
  const source = rule.source;
  let position = 0;
  // The pattern from `position` to the closing parenthesis (or the end): its alternatives' bounds.
  const disjunction = (top: boolean): number => {
    let most = 0;
    for (;;) {
      const opensAnchored = source[position] === '^';
      let length = 0;
      let last = '';
      while (position < source.length && source[position] !== '|' && source[position] !== ')') {
        last = source[position]!;
        const atom = atomBound();
        length += quantified(atom);
      }
      // Outside any group, an alternative bounds the text only when it runs from "^" to an unescaped "$".
      if (top && !(opensAnchored && last === '$' && source[position - 2] !== '\\')) length = Infinity;
      most = Math.max(most, length);
      if (source[position] !== '|') return most;
      position += 1;
    }
  };
  const atomBound = (): number => {
    const char = source[position]!;
    position += 1;
    if (char === '^' || char === '$') return 0;
    if (char === '\\') {
      const escape = ESCAPE.exec(source.slice(position))![0];
      position += escape.length;
      // A back-reference's length is its group's: not bounded here. Nor "\p{…}" or "\u{…}" without the "u" flag, which read otherwise.
      if (/^[1-9k]/.test(escape) || (/^(?:[pP]|u\{)/.test(escape) && !rule.unicode)) return Infinity;
      return escape === 'b' || escape === 'B' ? 0 : 1;
    }
    if (char === '[') {
      for (; position < source.length && source[position] !== ']'; position += 1) if (source[position] === '\\') position += 1;
      position += 1;
      return 1;
    }
    if (char === '(') {
      // "(?:", a lookaround (which reads no characters) or a named group's opening.
      const opening = GROUP_OPENING.exec(source.slice(position))?.[0] ?? '';
      position += opening.length;
      const lookaround = /^\?<?[=!]$/.test(opening);
      const inner = disjunction(false);
      position += 1;
      return lookaround ? 0 : inner;
    }
    return 1;
  };
  const quantified = (atom: number): number => {
    const char = source[position];
    let times = 1;
    if (char === '*' || char === '+') {
      position += 1;
      times = Infinity;
    } else if (char === '?') {
      position += 1;
    } else if (char === '{') {
      const found = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(position));
      if (found) {
        position += found[0].length;
        times = found[2] === undefined ? Number(found[1]) : found[3] === '' ? Infinity : Number(found[3]);
      }
    }
    if (times !== 1 && source[position] === '?') position += 1;
    return atom === 0 ? 0 : atom * times;
  };
  const bound = disjunction(true);
  return position === source.length ? bound : Infinity;
}

/**
 * A list of rules read by the length of the text they are tried on: `forLength(text)` gives the
 * rules that a text of its length may match, those whose lengthBound is no less than a band's
 * lower edge at or below the text's length. `forLength(text).some(...)`
 * answers as `rules.some(...)` does.
 */
export function rulesByLength(rules: readonly RegExp[], edges: readonly number[]): (text: string) => RegExp[] {
  const bounds = rules.map(lengthBound);
  const bands = edges.map((edge) => rules.filter((_, i) => bounds[i]! >= edge));
  return (text) => {
    // The characters the text holds at the least: a pair of UTF-16 units may be one.
    const least = SURROGATE.test(text) ? Math.ceil(text.length / 2) : text.length;
    let band = 0;
    while (band + 1 < edges.length && edges[band + 1]! <= least) band += 1;
    return bands[band]!;
  };
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** What follows a backslash: a property, a code point or a hex code, a control letter, or one character. */
const ESCAPE = /^(?:[pP]\{[^}]*\}|u\{[^}]*\}|u[\dA-Fa-f]{4}|x[\dA-Fa-f]{2}|c[A-Za-z]|[\s\S])/u;
const GROUP_OPENING = /^\?(?::|<?[=!]|<[^>]*>)/u;
