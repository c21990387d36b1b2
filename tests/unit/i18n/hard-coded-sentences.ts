import ts from 'typescript';
import { literalTexts, parsedSources, readable, type HardCodedText } from './hard-coded-text';

/**
 * Where the extension's modules build what a user reads outside JSX: the browser glue
 * (`extension/`: the badge's title, the context menu, the notice in a page, capture failures,
 * import problems, error messages), the entry points, and the components' own calls.
 */
export const MODULE_FOLDERS = ['extension', 'entrypoints', 'components'];

/**
 * Where a string reaches a user's eyes, whatever it says:
 * - an error's message: `new …Error(…)`, and `super(…)` in a class that extends an error (the
 *   popup, the library and the page notice show `error.message`: "Not saved: …");
 * - a property a view shows: a status's `text`, a reply's `message`, a failure's `detail` or
 *   `problem`, a menu item's or badge's `title`, a `label`;
 * - a call that shows its first argument: `announce`, `showPageNotice`, `alert`, `confirm`.
 */
const SHOWN_PROPERTIES = new Set(['message', 'detail', 'problem', 'text', 'title', 'label']);
const SHOWING_CALLS = new Set(['announce', 'showPageNotice', 'alert', 'confirm']);

/**
 * A sentence: two words in the Latin script ("the capture stopped", "a list"), or one word
 * written as a sentence ("Done."). Protocol strings, storage keys, message names, URLs, MIME
 * types, ids and class names are one token each ('getExtraction', 'transcript:', 'text/html',
 * 'verbatim-save-to-library').
 */
const SENTENCE = /\p{Script=Latin}+[ \u00a0]\p{Script=Latin}{2,}|^\s*\p{Lu}\p{Ll}+[.!?…]\s*$/u;

/** A style sheet (`:host { all: initial; }`): not read as words. */
const STYLE_SHEET = /\{[^}]*:[^}]*\}/;

/**
 * Sentences for developers, never shown, each with why. The detector's and the engine's side of
 * the message protocol (loaded by the content script, which carries no catalogue: its gzipped
 * size is over budget) names a request it refuses for a developer's console; the popup and the
 * background, which receive the answers, say what failed from the catalogues
 * (extension/messaging/tab-messaging.ts). A new entry here is a deliberate act.
 */
export const DEVELOPER_TEXT: ReadonlyArray<{ file: string; text: string }> = [
  ...[
    'getExtraction request',
    'transcriptDetected message',
    'listingDetected message',
    'getListing request',
    'fetchListedPage request',
    'extractionChanged message',
    'empty answer',
    'Not a valid',
  ].map((text) => ({ file: 'extension/messaging/message-protocol.ts', text })),
  { file: 'extension/messaging/messaging.ts', text: 'Unexpected answer to' },
  { file: 'extension/messaging/messaging.ts', text: 'Malformed' },
  { file: 'extension/messaging/messaging.ts', text: 'message' },
];

function allowed(file: string, text: string): boolean {
  return DEVELOPER_TEXT.some((entry) => entry.file === file && entry.text === text.trim());
}

/** `console.log(…)`, `console.error(…)`: log text for developers. */
function isConsoleCall(node: ts.Node): boolean {
  return (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    ts.isIdentifier(node.expression.expression) &&
    node.expression.expression.text === 'console'
  );
}

function calleeName(node: ts.CallExpression | ts.NewExpression): string {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return '';
}

/** Whether `node` is `super(…)` in a class that extends something named …Error. */
function isErrorSuper(node: ts.CallExpression): boolean {
  if (node.expression.kind !== ts.SyntaxKind.SuperKeyword) return false;
  let scope: ts.Node | undefined = node.parent;
  while (scope && !ts.isClassLike(scope)) scope = scope.parent;
  return (scope?.heritageClauses ?? []).some((clause) => clause.types.some((type) => /Error$/.test(type.expression.getText())));
}

/**
 * English written in the extension's modules rather than taken from the catalogues: any string
 * in a place a user reads it (SHOWN_PROPERTIES, SHOWING_CALLS, an error's message), and any
 * sentence anywhere else (a helper that returns "a list" for a message to quote), except log
 * text (`console.*`), style sheets, JSX attributes (the components' check reads those) and
 * DEVELOPER_TEXT.
 */
export function findHardCodedSentences(root: string, folders: string[] = MODULE_FOLDERS): HardCodedText[] {
  const found: HardCodedText[] = [];
  for (const { file, source } of parsedSources(root, folders)) {
    const seen = new Set<ts.Node>();
    const report = (node: ts.Node, text: string) => {
      if (!readable(text) || allowed(file, text)) return;
      seen.add(node);
      found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() });
    };
    /** Literals an expression shows: itself, the branches of `?:`, `||`, `??`. */
    const shown = (node: ts.Node): void => {
      if (seen.has(node)) return;
      for (const text of literalTexts(node)) report(node, text);
      if (ts.isConditionalExpression(node)) {
        shown(node.whenTrue);
        shown(node.whenFalse);
      } else if (ts.isBinaryExpression(node) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(node.operatorToken.kind)) {
        shown(node.left);
        shown(node.right);
      } else if (ts.isParenthesizedExpression(node)) shown(node.expression);
    };
    const visit = (node: ts.Node): void => {
      if (isConsoleCall(node) || ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isJsxAttribute(node) || ts.isLiteralTypeNode(node)) return;
      // The text is the first argument (a notice's second is its tone, an error's its options).
      if (ts.isNewExpression(node) && /Error$/.test(calleeName(node)) && node.arguments?.[0]) shown(node.arguments[0]);
      else if (ts.isCallExpression(node) && (SHOWING_CALLS.has(calleeName(node)) || isErrorSuper(node)) && node.arguments[0]) shown(node.arguments[0]);
      else if (ts.isPropertyAssignment(node) && SHOWN_PROPERTIES.has(node.name.getText(source))) shown(node.initializer);
      else if (!seen.has(node) && !ts.isJsxText(node)) {
        const texts = literalTexts(node);
        if (!texts.some((text) => STYLE_SHEET.test(text))) {
          for (const text of texts) if (SENTENCE.test(text)) report(node, text);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
