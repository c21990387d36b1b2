import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ImportPlan } from '../extension/library/import';
import { t, tn } from '../extension/i18n/messages';
import { formatMoment } from '../extension/i18n/dates';

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
  useLayoutEffect(() => heading.current?.focus(), []);
  const count = plan.replacing.length;
  return (
    <section class="import-question" role="alertdialog" aria-labelledby="import-question-heading">
      <h2 id="import-question-heading" tabIndex={-1} ref={heading}>
        <bdi>{fileName}</bdi>
        {` ${tn('wouldReplace', count)}`}
      </h2>
      <p>
        {`${count === 1 ? t('importLaterCopy') : t('importLaterCopies')}${plan.added > 0 ? ` ${tn('importAlsoNew', plan.added)}` : ''} ${count === 1 ? t('replaceOrKeepIt') : t('replaceOrKeepThem')}`}
      </p>
      <ul>
        {plan.replacing.slice(0, LISTED).map((replacement) => (
          <li key={replacement.url}>
            <strong>
              <bdi>{replacement.title || t('untitledTranscript')}</bdi>
            </strong>
            {`: ${t('importBothDates', formatMoment(replacement.savedAt), formatMoment(replacement.importedSavedAt))}`}
          </li>
        ))}
        {count > LISTED && <li>{tn('andMore', count - LISTED)}</li>}
      </ul>
      <div class="toolbar-buttons">
        <button type="button" onClick={onReplace}>
          {count === 1 ? t('replaceIt') : t('replaceAll', count)}
        </button>
        <button type="button" onClick={onKeepSaved}>
          {t('keepSavedOnes')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancelImport')}
        </button>
      </div>
    </section>
  );
}
