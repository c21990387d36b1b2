// A worker thread of the benchmark's all-cores throughput (scripts/bench/cli-throughput.ts): it
// loads the TypeScript through tsx, as the command line's own workers do, and counts pages.
import { tsImport } from 'tsx/esm/api';

const { countPages } = await tsImport('./page-throughput.ts', import.meta.url);

export default ({ reader, seconds }) => countPages(reader, seconds);
