import path from 'node:path';

/**
 * The floors of lib/, bottom to top. A file may import from its own floor and the floors below
 * it, never from one above: the lower floors know nothing of what is built on them, so a rule
 * can be read, tested and moved without the pipeline around it.
 *
 * The order is the pipeline's (README, "The extraction pipeline"): text is read into a page's
 * paragraphs, the page gives the metadata, the metadata (the title's names) helps segmentation.
 * Detection (step 1) sits above them because its cheap scan reuses segmentation's label
 * matcher; the site adapters put detection and the body search together; the engine's entry
 * points call everything; the outputs (summary, quote, export formats) read only the schema.
 *
 * Each entry is a folder of lib/ (ending in '/') or one file at lib/'s top.
 */
export const LIB_FLOORS = [
  { floor: 'schema', holds: ['transcript-schema.ts', 'schema-version.ts', 'reason.ts'], what: "the output's shape, named by every floor" },
  { floor: 'vocabulary', holds: ['vocabulary/'], what: 'the word tables more than one floor reads' },
  { floor: 'text', holds: ['text/'], what: 'strings: whitespace, sentences, register, dates' },
  { floor: 'page', holds: ['page/'], what: 'a body read into paragraphs, boilerplate dropped (step 2)' },
  { floor: 'metadata', holds: ['metadata/'], what: 'title, date, place, language, kind (step 3)' },
  { floor: 'segment', holds: ['segment/'], what: 'labels, speakers, turns, roles, exchanges (step 4)' },
  { floor: 'detection', holds: ['detection/'], what: "the label scan, detection's features and weights (step 1)" },
  { floor: 'sites', holds: ['sites/'], what: 'site adapters, the judge, the body search' },
  { floor: 'engine', holds: ['detect.ts', 'extract.ts'], what: 'the entry points' },
  { floor: 'listing', holds: ['listing/'], what: "a listing page's links to transcripts, judged with detection" },
  {
    floor: 'outputs',
    holds: ['formats/', 'provenance/', 'summary.ts', 'quote.ts', 'kind-names.ts', 'reason-text.ts', 'markdown-text.ts', 'text-fragment.ts', 'json-schema.ts'],
    what: 'what is made of a transcript',
  },
];

/** The floor's index of a path relative to lib/ (forward slashes), or -1 when it is on none. */
export function floorOf(relative) {
  return LIB_FLOORS.findIndex(({ holds }) =>
    holds.some((entry) => (entry.endsWith('/') ? relative.startsWith(entry) : relative === entry || relative === entry.replace(/\.ts$/, ''))),
  );
}

/** The path of `file` relative to lib/, or null when it is outside lib/. */
function inLib(file, libDir) {
  const relative = path.relative(libDir, file).split(path.sep).join('/');
  return relative.startsWith('..') || path.isAbsolute(relative) ? null : relative;
}

/** @type {import('eslint').Rule.RuleModule} */
const libFloorsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'lib/ imports only from its own floor and the floors below (eslint/lib-floors.js)' },
    messages: {
      upward: "{{from}} is on the '{{fromFloor}}' floor and may not import {{to}} on the '{{toFloor}}' floor above it: move the shared piece down a floor.",
      noFloor: '{{from}} is on no floor of lib/: add its folder or name to LIB_FLOORS in eslint/lib-floors.js.',
    },
    schema: [],
  },
  create(context) {
    const libDir = path.join(context.cwd, 'lib');
    const from = inLib(context.filename, libDir);
    if (from === null) return {};
    const fromFloor = floorOf(from);
    const check = (node, source) => {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const to = inLib(path.resolve(path.dirname(context.filename), source.value), libDir);
      if (to === null) return;
      const toFloor = floorOf(to);
      if (toFloor > fromFloor) {
        context.report({
          node: source,
          messageId: 'upward',
          data: { from: `lib/${from}`, fromFloor: LIB_FLOORS[fromFloor].floor, to: `lib/${to}`, toFloor: LIB_FLOORS[toFloor].floor },
        });
      }
    };
    return {
      Program(node) {
        if (fromFloor === -1) context.report({ node, messageId: 'noFloor', data: { from: `lib/${from}` } });
      },
      ImportDeclaration: (node) => fromFloor !== -1 && check(node, node.source),
      ExportNamedDeclaration: (node) => fromFloor !== -1 && check(node, node.source),
      ExportAllDeclaration: (node) => fromFloor !== -1 && check(node, node.source),
      ImportExpression: (node) => fromFloor !== -1 && node.source.type === 'Literal' && check(node, node.source),
    };
  },
};

export default { rules: { 'lib-floors': libFloorsRule } };
