/**
 * Counts regular-expression work while `run` runs: every call of a RegExp method (exec,
 * test, and the ones String's match, matchAll, replace, search and split delegate to) is
 * one call, and the text it is given to scan adds its length to `characters`, so reading
 * one paragraph's text a thousand times shows up even when each call is quick.
 * Catastrophic backtracking inside one call is not counted: see slow-patterns.test.ts.
 */
export interface RegexWork {
  calls: number;
  characters: number;
}

const METHODS = ['exec', 'test', Symbol.match, Symbol.matchAll, Symbol.replace, Symbol.search, Symbol.split] as const;

export function meterRegexWork<T>(run: () => T): { value: T; work: RegexWork } {
  const work: RegexWork = { calls: 0, characters: 0 };
  const prototype = RegExp.prototype as unknown as Record<PropertyKey, (...args: unknown[]) => unknown>;
  const originals = METHODS.map((method) => [method, prototype[method]!] as const);
  let depth = 0;
  for (const [method, original] of originals) {
    prototype[method] = function (this: RegExp, ...args: unknown[]) {
      // Methods call one another (replace calls exec): count the outermost call only,
      // except exec calls driven by a lazy matchAll iterator, which count per match.
      if (depth === 0) {
        work.calls += 1;
        const text = String(args[0]);
        work.characters += this.global || this.sticky ? Math.max(0, text.length - this.lastIndex) : text.length;
      }
      depth += 1;
      try {
        return original.apply(this, args);
      } finally {
        depth -= 1;
      }
    };
  }
  try {
    return { value: run(), work };
  } finally {
    for (const [method, original] of originals) prototype[method] = original;
  }
}
