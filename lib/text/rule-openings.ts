/**
 * Line rules sorted by the character a match can open with, so a line is tried only against the
 * rules that may match a text opening as it does: "Back to top" is never tried against "^(?:#…)"
 * or "^(?:this|the following) transcript…". A rule not tried is not compiled: V8 compiles each
 * expression on its first use in a page, and a page's first extraction paid for every rule of
 * cleaning on its first short line.
 */

/**
 * The UTF-16 units a match of `rule` may open with (with their other cases under "i"), or null
 * when any may: known only where every alternative is anchored at "^" (no "m", "g" or "y" flag)
 * and cannot match the empty text. An overestimate where unsure (a lookahead is ignored, an
 * astral character gives its first unit), never an underestimate.
 */
export function openingUnits(rule: RegExp): Set<string> | null {
  let units = openingsRead.get(rule);
  if (units === undefined) openingsRead.set(rule, (units = readOpening(rule)));
  return units;
}
/** Each rule's opening, read once: cleaning's bands list the same rules again. */
const openingsRead = new WeakMap<RegExp, Set<string> | null>();

function readOpening(rule: RegExp): Set<string> | null {
  if (/[gmy]/.test(rule.flags)) return null;
  const source = rule.source;
  const unicode = rule.unicode;
  let position = 0;
  let anchored = true;
  const disjunction = (top: boolean): Opening => {
    const opening: Opening = { units: new Set(), empty: false };
    for (;;) {
      if (top && source[position] !== '^') anchored = false;
      sequence(opening);
      if (source[position] !== '|') return opening;
      position += 1;
    }
  };
  /** One alternative, its opening added to `into`'s; the rest of it, once an atom must read, is only skipped. */
  const sequence = (into: Opening): void => {
    let empty = true;
    while (empty && position < source.length && source[position] !== '|' && source[position] !== ')') {
      const atom = quantified(atomOpening());
      into.units = union(into.units, atom.units);
      empty = atom.empty;
    }
    into.empty ||= empty;
    position = alternativeEnd(source, position);
  };
  const atomOpening = (): Opening => {
    const char = source[position]!;
    position += 1;
    if (char === '^' || char === '$') return READS_NOTHING;
    if (char === '.') return ANY;
    if (char === '\\') return escapeOpening();
    if (char === '[') return classOpening();
    if (char === '(') {
      const opening = at(GROUP_OPENING, source, position) ?? '';
      position += opening.length;
      const inner = disjunction(false);
      position += 1;
      // A lookaround reads nothing: what it asks of the text is left out, which only widens the set.
      return /^\?<?[=!]$/.test(opening) ? READS_NOTHING : inner;
    }
    // A character from the source, read whole (a surrogate pair under "u"): its first unit.
    if (unicode && isHighSurrogate(char)) position += 1;
    return { units: new Set([char]), empty: false };
  };
  /** After a backslash, outside a class. */
  const escapeOpening = (): Opening => {
    const escape = at(ESCAPE, source, position)!;
    position += escape.length;
    const named = CLASS_ESCAPES[escape];
    if (named !== undefined) return { units: new Set(named), empty: false };
    if (escape === 'b' || escape === 'B') return READS_NOTHING;
    const code = escapedCode(escape, unicode);
    return code === null ? ANY : { units: new Set([String.fromCodePoint(code)[0]!]), empty: false };
  };
  const classOpening = (): Opening => {
    if (source[position] === '^') return skipClass();
    const units = new Set<string>();
    let previous: number | null = null;
    while (position < source.length && source[position] !== ']') {
      if (source[position] === '-' && previous !== null && source[position + 1] !== ']') {
        position += 1;
        const upper = classMember();
        if (typeof upper !== 'number' || upper - previous > MAX_RANGE) return skipClass();
        for (let code = previous; code <= upper; code += 1) units.add(String.fromCodePoint(code)[0]!);
        previous = null;
        continue;
      }
      const member = classMember();
      if (member === null) return skipClass();
      if (typeof member === 'string') {
        for (const unit of member) units.add(unit);
        previous = null;
        continue;
      }
      units.add(String.fromCodePoint(member)[0]!);
      previous = member;
    }
    position += 1;
    return { units, empty: false };
  };
  /** One member of a class as a code point, "\d" and "\s" as their units; null for another class escape ("\p{L}", "\w"). */
  const classMember = (): number | string | null => {
    const start = position;
    const char = source[position]!;
    position += 1;
    if (char !== '\\') {
      if (!unicode || !isHighSurrogate(char)) return char.charCodeAt(0);
      position += 1;
      return source.codePointAt(start)!;
    }
    const escape = at(ESCAPE, source, position)!;
    position += escape.length;
    return escape === 'b' ? BACKSPACE : (CLASS_ESCAPES[escape] ?? escapedCode(escape, unicode));
  };
  /** The rest of a class the set cannot tell: any unit may open it. */
  const skipClass = (): Opening => {
    for (; position < source.length && source[position] !== ']'; position += 1) if (source[position] === '\\') position += 1;
    position += 1;
    return ANY;
  };
  const quantified = (atom: Opening): Opening => {
    const char = source[position];
    let least = 1;
    let quantifier = true;
    if (char === '*' || char === '?') least = 0;
    else if (char !== '+') quantifier = false;
    if (quantifier) position += 1;
    else if (char === '{') {
      const found = at(QUANTIFIER, source, position);
      if (found !== null) {
        position += found.length;
        least = Number(found.slice(1, /[,}]/.exec(found)!.index));
        quantifier = true;
      }
    }
    if (quantifier && source[position] === '?') position += 1;
    return { units: atom.units, empty: atom.empty || least === 0 };
  };
  const whole = disjunction(true);
  if (!anchored || whole.empty || whole.units === null || position !== source.length) return null;
  return rule.ignoreCase ? withOtherCases(whole.units) : whole.units;
}

/** What an atom or a group may open with (null: any unit), and whether it may read nothing. */
interface Opening {
  units: Set<string> | null;
  empty: boolean;
}
const READS_NOTHING: Opening = { units: new Set(), empty: true };
const ANY: Opening = { units: null, empty: false };

/** `a` with `b`'s units added (null for any). */
function union(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (a === null || b === null) return null;
  for (const unit of b) a.add(unit);
  return a;
}

/** Where the alternative that runs at `position` ends: its "|" or its group's ")" (or the source's end). */
function alternativeEnd(source: string, position: number): number {
  let depth = 0;
  for (let i = position; i < source.length; i += 1) {
    const char = source[i];
    if (char === '\\') i += 1;
    else if (char === '[') for (i += 1; i < source.length && source[i] !== ']'; i += 1) i += source[i] === '\\' ? 1 : 0;
    else if (char === '(') depth += 1;
    else if (char === ')' || char === '|') {
      if (depth === 0) return i;
      if (char === ')') depth -= 1;
    }
  }
  return source.length;
}

/** What a sticky `pattern` reads at `position` of `source`, or null. */
function at(pattern: RegExp, source: string, position: number): string | null {
  pattern.lastIndex = position;
  return pattern.exec(source)?.[0] ?? null;
}

/**
 * A list of rules read by the text's first unit: `forOpening(text)` gives the rules that may match
 * it (mayOpen), in their order; `forOpening(text).some(...)` answers as `rules.some(...)` does.
 */
export function rulesByOpening(rules: readonly RegExp[]): (text: string) => readonly RegExp[] {
  const byUnit = new Map<string, readonly RegExp[]>();
  return (text) => {
    const unit = text.slice(0, 1);
    let found = byUnit.get(unit);
    if (found === undefined) {
      found = rules.filter((rule) => mayOpen(rule, unit));
      if (byUnit.size < MAX_UNITS_KEPT) byUnit.set(unit, found);
    }
    return found;
  };
}

/** Whether a match of `rule` may open as `text` does (openingUnits): when not, `rule.test(text)` is false. */
export function mayOpen(rule: RegExp, text: string): boolean {
  const units = openingUnits(rule);
  if (units === null) return true;
  const unit = text.slice(0, 1);
  return units.has(unit) || (rule.ignoreCase && (units.has(unit.toLowerCase()) || units.has(unit.toUpperCase())));
}

/** Each unit with its lower and upper case; every unit again when a case is two units long ("ß" → "SS"). */
function withOtherCases(units: Set<string>): Set<string> | null {
  const all = new Set<string>();
  for (const unit of units) {
    const lower = unit.toLowerCase();
    const upper = unit.toUpperCase();
    if (isHighSurrogate(unit) || lower.length !== 1 || upper.length !== 1) return null;
    all.add(unit).add(lower).add(upper);
  }
  return all;
}

/** The code point an escape stands for; null for a class escape or a back-reference. */
function escapedCode(escape: string, unicode: boolean): number | null {
  const kind = escape[0]!;
  if (kind === 'u' && escape[1] === '{') return unicode ? parseInt(escape.slice(2, -1), HEX) : null;
  // "\u0041", "\x41": ESCAPE read them whole (four or two hex digits), or read the letter alone.
  if ((kind === 'u' || kind === 'x') && escape.length > 1) return parseInt(escape.slice(1), HEX);
  if (kind === 'c' && escape.length > 1) return escape.charCodeAt(1) % CONTROL_LETTERS;
  if (/^[dDsSwWpPkbB1-9]/.test(escape)) return null;
  const control = CONTROL_ESCAPES[kind];
  if (control !== undefined) return control;
  return escape.codePointAt(0)!;
}

function isHighSurrogate(char: string): boolean {
  return HIGH_SURROGATE.test(char);
}

const HIGH_SURROGATE = /^[\uD800-\uDBFF]/;
const HEX = 16;
/** "\cJ" is the control character of J's code modulo 32 (line feed). */
const CONTROL_LETTERS = 32;

/** The units of "\d" and "\s" (ECMAScript's white space and line terminators), with or without "u". */
const CLASS_ESCAPES: Record<string, string> = {
  d: '0123456789',
  s: '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff',
};
/** The widest range of a class enumerated unit by unit ("[a-z]", "[а-я]"); wider ones may open with anything. */
const MAX_RANGE = 1024;
/** How many first units keep their list of rules: a page of Chinese may open lines with thousands. */
const MAX_UNITS_KEPT = 4096;
const BACKSPACE = 8;
const CONTROL_ESCAPES: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13, '0': 0 };

/** What follows a backslash: a property, a code point or a hex code, a control letter, a named back-reference, or one character. */
const ESCAPE = /[pP]\{[^}]*\}|u\{[^}]*\}|u[\dA-Fa-f]{4}|x[\dA-Fa-f]{2}|c[A-Za-z]|k<[^>]*>|[\s\S]/uy;
const GROUP_OPENING = /\?(?::|<?[=!]|<[^>]*>)/uy;
const QUANTIFIER = /\{\d+(?:,\d*)?\}/y;
