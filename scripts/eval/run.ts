/**
 * npm run eval [-- --json] [-- --verbose] [-- --only SUBSTRING]
 *
 * The engine over the development corpus (tests/corpus/): detection precision and recall,
 * turn accuracy, boilerplate leaks and metadata, overall, by split (development and the
 * unseen fifth of publishers), by language and by publisher.
 */
import { parseArgs } from 'node:util';
import { readCorpus } from './corpus';
import { evaluateCorpus } from './evaluate';
import { formatReport } from './report';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    verbose: { type: 'boolean', short: 'v', default: false },
    only: { type: 'string' },
  },
});

const pages = readCorpus().filter((page) => !values.only || page.name.includes(values.only));
const report = evaluateCorpus(pages);
if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
else process.stdout.write(`${formatReport(report, values.verbose ?? false)}\n`);
