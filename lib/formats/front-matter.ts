/**
 * YAML front matter (Obsidian's properties, Jekyll's and Hugo's page data): each value written
 * as a double-quoted YAML string, so no page text can end the block or start a key.
 */
export type FrontMatterValue = string | readonly string[];

/** Characters YAML will not take raw in a double-quoted string: C0 and C1 controls, line and paragraph separators, the byte order mark. */
const NOT_PRINTABLE = /[\p{Cc}\u2028\u2029\ufeff]/gu;

/** A day, written bare so that YAML (and Obsidian) read it as a date. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A character escaped as \uXXXX: four hex digits. */
const HEX = 16;
const ESCAPE_DIGITS = 4;

/** A double-quoted YAML string; JSON's escapes are YAML's, and YAML wants a few more characters escaped. */
function yamlString(text: string): string {
  return JSON.stringify(text.toWellFormed()).replace(NOT_PRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(HEX).padStart(ESCAPE_DIGITS, '0')}`);
}

/** `---`, one `key: value` line per value given (lists as `- item` lines), `---`. */
export function frontMatter(fields: ReadonlyArray<readonly [string, FrontMatterValue | null]>): string {
  const lines = ['---'];
  for (const [key, value] of fields) {
    if (value === null) continue;
    if (typeof value === 'string') lines.push(`${key}: ${ISO_DATE.test(value) ? value : yamlString(value)}`);
    else if (value.length === 0) lines.push(`${key}: []`);
    else lines.push(`${key}:`, ...value.map((item) => `  - ${yamlString(item)}`));
  }
  lines.push('---');
  return lines.join('\n');
}
