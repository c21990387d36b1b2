import { useEffect, useRef } from 'preact/hooks';
import type { ImportPlan } from '../extension/library-import';

/** Longest list of replaced transcripts shown by title; the rest are counted. */
const LISTED = 20;

interface ImportQuestionProps {
  fileName: string;
  plan: ImportPlan;
  onReplace: () => void;
  onKeepSaved: () => void;
  onCancel: () => void;
}

/**
 * Asked before an import replaces anything saved (issue 11): which saved transcripts the file
 * holds later copies of, with both dates, and three answers. Nothing is written until one is chosen.
 */
export function ImportQuestion({ fileName, plan, onReplace, onKeepSaved, onCancel }: ImportQuestionProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const count = plan.replacing.length;
  const them = count === 1 ? 'it' : 'them';
  return (
    <section class="import-question" role="alertdialog" aria-labelledby="import-question-heading">
      <h2 id="import-question-heading" tabIndex={-1} ref={heading}>
        <bdi>{fileName}</bdi>
        {` would replace ${count === 1 ? '1 saved transcript' : `${count} saved transcripts`}`}
      </h2>
      <p>
        {`The file holds later copies of ${count === 1 ? 'this page' : 'these pages'}` +
          (plan.added > 0 ? `, and ${plan.added} new ${plan.added === 1 ? 'one' : 'ones'}` : '') +
          `. Replace the saved ${count === 1 ? 'copy' : 'copies'}, or keep ${them} and import only the new?`}
      </p>
      <ul>
        {plan.replacing.slice(0, LISTED).map((replacement) => (
          <li key={replacement.url}>
            <strong>
              <bdi>{replacement.title || 'Untitled transcript'}</bdi>
            </strong>
            {`: saved ${replacement.savedAt.slice(0, 16).replace('T', ' ')}, the file's copy ${replacement.importedSavedAt.slice(0, 16).replace('T', ' ')}`}
          </li>
        ))}
        {count > LISTED && <li>{`and ${count - LISTED} more`}</li>}
      </ul>
      <div class="toolbar-buttons">
        <button type="button" onClick={onReplace}>
          {`Replace ${count === 1 ? 'it' : `all ${count}`}`}
        </button>
        <button type="button" onClick={onKeepSaved}>
          Keep the saved ones
        </button>
        <button type="button" onClick={onCancel}>
          Cancel import
        </button>
      </div>
    </section>
  );
}
