/**
 * Text as XML 1.0 character data. `&`, `<`, `>` and quotes become references; a carriage return,
 * NEL and the line and paragraph separators (line ends to XML 1.1 and to some parsers) and, in attributes, tabs
 * and line feeds become character references, so that no parser turns them into other spaces;
 * the characters XML 1.0 forbids outright (most C0 controls, U+FFFE, U+FFFF, a lone surrogate)
 * cannot be written even as references, so each becomes U+FFFD.
 */
// eslint-disable-next-line no-control-regex -- the control characters are what it is there to find
const FORBIDDEN_IN_XML = /[\u0000-\u0008\v\f\u000e-\u001f\ufffe\uffff]/g;

const TEXT_REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\r': '&#13;',
  '\u0085': '&#133;',
  '\u2028': '&#8232;',
  '\u2029': '&#8233;',
};
const ATTRIBUTE_REFERENCES: Record<string, string> = { ...TEXT_REFERENCES, '"': '&quot;', '\t': '&#9;', '\n': '&#10;' };

function allowed(text: string): string {
  return text.toWellFormed().replace(FORBIDDEN_IN_XML, '\ufffd');
}

export function xmlText(text: string): string {
  return allowed(text).replace(/[&<>\r\u0085\u2028\u2029]/g, (c) => TEXT_REFERENCES[c]!);
}

export function xmlAttribute(text: string): string {
  return allowed(text).replace(/[&<>"\r\t\n\u0085\u2028\u2029]/g, (c) => ATTRIBUTE_REFERENCES[c]!);
}

/** An element with text content and attributes (those whose value is null are left out). */
export function xmlElement(name: string, attributes: Record<string, string | null>, text: string): string {
  return `<${name}${xmlAttributes(attributes)}>${xmlText(text)}</${name}>`;
}

export function xmlAttributes(attributes: Record<string, string | null>): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([name, value]) => ` ${name}="${xmlAttribute(value)}"`)
    .join('');
}

/** An element around lines of content, each nested two spaces deeper. */
export function wrap(name: string, attributes: Record<string, string | null>, content: string[]): string[] {
  return [`<${name}${xmlAttributes(attributes)}>`, ...content.map((line) => `  ${line}`), `</${name}>`];
}
