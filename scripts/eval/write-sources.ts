import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, readCorpus } from './corpus';
import { sourcesMarkdown } from './sources';

writeFileSync(join(CORPUS_DIR, 'SOURCES.md'), sourcesMarkdown(readCorpus()));
