import type { ImportOutcome } from '../extension/library/import';
import type { ImportProblem, ProblemPlace } from '../extension/library/file';
import { t, tn } from '../extension/i18n/messages';

export interface ImportSummary {
  fileName: string;
  outcome: ImportOutcome;
  problems: ImportProblem[];
}

/** What an import did: how many entries it stored, and each one it could not read, and why. */
export function ImportReport({ summary }: { summary: ImportSummary }) {
  const { outcome, problems, fileName } = summary;
  const fileProblem = problems.find((problem) => 'file' in problem.where);
  if (fileProblem) {
    return (
      <section class="import-report problem" aria-label={t('importResult')}>
        <p>{t('importNothing', fileName, fileProblem.message)}</p>
      </section>
    );
  }
  const stored = outcome.added + outcome.replaced;
  const sentences = [outcome.replaced > 0 ? tn('importedWithUpdates', stored, fileName, outcome.added, outcome.replaced) : tn('imported', stored, fileName)];
  if (outcome.keptExisting > 0) sentences.push(tn('importKeptExisting', outcome.keptExisting));
  if (outcome.declined > 0) sentences.push(tn('importDeclined', outcome.declined));
  if (outcome.notStored > 0) sentences.push(tn('importNotStored', outcome.notStored));
  return (
    <section class={`import-report ${problems.length > 0 || outcome.notStored > 0 ? 'problem' : 'done'}`} aria-label={t('importResult')}>
      <p>{sentences.join(' ')}</p>
      {problems.length > 0 && (
        <>
          <p>{tn('importSkipped', problems.length)}</p>
          <ul>
            {problems.map((problem, i) => (
              <li key={i}>
                <strong>
                  <bdi>{whereName(problem.where)}</bdi>
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

/** Where in the file a problem is, in the interface's language: 'Entry 3 (“Title”)', 'Line 7'. */
function whereName(where: ProblemPlace): string {
  if ('file' in where) return t('importWhereFile');
  const place = 'entry' in where ? t('importWhereEntry', where.entry) : t('importWhereLine', where.line);
  return where.title === undefined ? place : `${place} (${t('quoteOpen')}${where.title}${t('quoteClose')})`;
}
