import type { ImportOutcome } from '../extension/library-import';
import type { ImportProblem } from '../extension/library-file';

export interface ImportSummary {
  fileName: string;
  outcome: ImportOutcome;
  problems: ImportProblem[];
}

/** What an import did: how many entries it stored, and each one it could not read, and why. */
export function ImportReport({ summary }: { summary: ImportSummary }) {
  const { outcome, problems, fileName } = summary;
  const fileProblem = problems.find((problem) => problem.where === 'File');
  if (fileProblem) {
    return (
      <section class="import-report problem" aria-label="Import result">
        <p>{`Nothing was imported from ${fileName}: ${fileProblem.message}. Nothing already saved was changed.`}</p>
      </section>
    );
  }
  const stored = outcome.added + outcome.replaced;
  const sentences = [
    `Imported ${count(stored, 'transcript')} from ${fileName}` +
      (outcome.replaced > 0 ? ` (${outcome.added} new, ${outcome.replaced} updated).` : '.'),
  ];
  if (outcome.keptExisting > 0) {
    sentences.push(`${count(outcome.keptExisting, 'transcript')} already saved in the same or a newer copy were left as they were.`);
  }
  if (outcome.declined > 0) {
    sentences.push(`${count(outcome.declined, 'saved transcript')} ${outcome.declined === 1 ? 'was' : 'were'} kept as saved, as you chose; the file's later ${outcome.declined === 1 ? 'copy was' : 'copies were'} not imported.`);
  }
  if (outcome.notStored > 0) {
    sentences.push(`The library filled up: ${count(outcome.notStored, 'entry', 'entries')} were not stored. Nothing already saved was changed.`);
  }
  return (
    <section class={`import-report ${problems.length > 0 || outcome.notStored > 0 ? 'problem' : 'done'}`} aria-label="Import result">
      <p>{sentences.join(' ')}</p>
      {problems.length > 0 && (
        <>
          <p>{`${count(problems.length, 'entry', 'entries')} could not be read and ${problems.length === 1 ? 'was' : 'were'} skipped:`}</p>
          <ul>
            {problems.map((problem, i) => (
              <li key={i}>
                <strong>
                  <bdi>{problem.where}</bdi>
                </strong>
                : <bdi>{problem.message}</bdi>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
