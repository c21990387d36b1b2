/** `npm run extract -- FILE|-|FOLDER [...]`: the command line of scripts/cli/extract-command.ts. */
import { extractCommand } from './cli/extract-command';
import { endQuietlyWhenOutputCloses } from './cli/standard-output';

endQuietlyWhenOutputCloses();
try {
  process.exitCode = await extractCommand(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`verbatim: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
