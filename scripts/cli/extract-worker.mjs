// A worker thread of `verbatim extract --jobs N` (scripts/cli/page-extractor.ts): it loads the
// engine's TypeScript through tsx, as bin/verbatim.mjs does for the main thread (hooks the main
// thread registers do not reach a worker), and extracts each page it is handed.
import { tsImport } from 'tsx/esm/api';

const { extractPage } = await tsImport('./extract-page.ts', import.meta.url);

export default extractPage;
