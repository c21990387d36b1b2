import { extractTranscript } from '../../lib/extract';
import { parseDocument } from '../lib/parse-html';
import { isUnseenPublisher, readCorpus, type CorpusPage } from './corpus';
import { buildReport, type EvalReport } from './report';
import { scorePage } from './score';

/** Runs the engine over every corpus page (linkedom, as the command line does) and scores it. */
export function evaluateCorpus(pages: CorpusPage[] = readCorpus()): EvalReport {
  const scored = pages.map((page) => {
    const url = new URL(page.labels.url);
    const result = extractTranscript(parseDocument(page.html), url);
    const forced = result.transcript ? result : extractTranscript(parseDocument(page.html), url, { force: true });
    return { score: scorePage(page, result, forced), labels: page.labels, unseen: isUnseenPublisher(page.labels.publisher) };
  });
  return buildReport(scored);
}
