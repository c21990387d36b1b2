import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { readCatalogue } from '../../support/i18n-catalogue';

/** Where the interface's words are written: every one must come from the catalogues. */
export const INTERFACE_FOLDERS = ['components', 'entrypoints/popup', 'entrypoints/library', 'entrypoints/reader-tab'];

/** Attributes a user reads or hears. */
const READ_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'title', 'placeholder', 'alt', 'data-label', 'label']);

/** Object properties whose value a user reads: a status note's `text`, a notice's `message`. */
const READ_PROPERTIES = new Set(['text', 'message', 'title', 'label']);

/** Words in the Latin script: two letters or more (an "x" or "·" is not English). */
const WORDS = /\p{Script=Latin}{2,}/u;

/** What may be written as it is: the brand, which no catalogue translates. */
const ALLOWED = new Set(['Verbatim']);

/** The catalogue's keys: a literal that names a message (`label: 'factSite'`) is not text. */
const KEYS = new Set(Object.keys(readCatalogue('en')));

export interface HardCodedText {
  file: string;
  line: number;
  text: string;
}

function sourceFiles(root: string, folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every TypeScript file under the folders, parsed, with its path relative to the root. */
export function parsedSources(root: string, folders: string[]): { file: string; source: ts.SourceFile }[] {
  return folders.flatMap((folder) =>
    sourceFiles(root, folder).map((path) => ({
      file: relative(root, path),
      source: ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS),
    })),
  );
}

export function readable(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== '' && !ALLOWED.has(trimmed) && !KEYS.has(trimmed) && WORDS.test(trimmed);
}

/** A literal's text, template pieces included (`Showing ${n} of ${m}`: "Showing ", " of "). */
export function literalTexts(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
  return [];
}

/**
 * Text a user would read that is written in the code rather than taken from the catalogues:
 * JSX text ("<button>Save</button>"), a string in JSX braces ({'Saved'}) or in a read attribute
 * (aria-label="Filters"), a conditional or `??`/`||` fallback inside JSX, and a string given
 * as a status note's `text` or a notice's `message`. Class names, ids, keys, URLs and the like
 * are not read by anyone and are not flagged.
 */
export function findHardCodedText(root: string, folders: string[] = INTERFACE_FOLDERS): HardCodedText[] {
  const found: HardCodedText[] = [];
  for (const { file, source } of parsedSources(root, folders)) {
    const report = (node: ts.Node, text: string) => {
      if (!readable(text)) return;
      found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() });
    };
    /** Literals a user reads where an expression's value is shown: the branches of `?:`, `||`, `??`. */
    const shown = (node: ts.Node): void => {
      for (const text of literalTexts(node)) report(node, text);
      if (ts.isConditionalExpression(node)) {
        shown(node.whenTrue);
        shown(node.whenFalse);
      } else if (
        ts.isBinaryExpression(node) &&
        [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(node.operatorToken.kind)
      ) {
        shown(node.right);
      } else if (ts.isParenthesizedExpression(node)) shown(node.expression);
    };
    const visit = (node: ts.Node): void => {
      if (ts.isJsxText(node)) report(node, node.text);
      else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) shown(node.expression);
      else if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
        if (ts.isStringLiteral(node.initializer)) report(node, node.initializer.text);
        else if (ts.isJsxExpression(node.initializer) && node.initializer.expression) shown(node.initializer.expression);
      } else if (ts.isPropertyAssignment(node) && READ_PROPERTIES.has(node.name.getText(source))) shown(node.initializer);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
