#!/usr/bin/env node
// `npx verbatim extract FILE|-|FOLDER|ARCHIVE.warc.gz [...]`: the command line without npm's banner on standard
// output. The command is TypeScript, run through tsx (a devDependency: this is a repository tool).
import { register } from 'tsx/esm/api';

const [command, ...rest] = process.argv.slice(2);
if (command !== 'extract') {
  const usage = 'usage: verbatim extract FILE|-|FOLDER [--url URL] [--format FORMAT] [--force] [--jobs N|auto] (verbatim extract --help for the formats)';
  process.stderr.write(command === undefined || command === '--help' || command === '-h' ? `${usage}\n` : `verbatim: unknown command "${command}". ${usage}\n`);
  process.exitCode = command === '--help' || command === '-h' ? 0 : 2;
} else {
  register();
  process.argv = [process.argv[0], process.argv[1], ...rest];
  await import('../scripts/extract.ts');
}
