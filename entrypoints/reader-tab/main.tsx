import '../../extension/zod-jitless';
import '../../components/theme.css';
import '../../components/reader.css';
import { render } from 'preact';
import { ReaderView } from '../../components/ReaderView';
import { getEntry } from '../../extension/library/store';
import { t } from '../../extension/i18n/messages';
import { localisePage } from '../../extension/i18n/localise-page';

/**
 * The reader view of a library entry in a tab of its own (/reader-tab.html?entry=<id>), opened
 * by the library's "Open reader": the same view as over a page, its links to passages opening
 * the original page at them (text fragments) in a new tab.
 */
localisePage(document, 'readerBrand');
const app = document.getElementById('app')!;
const id = new URLSearchParams(location.search).get('entry');

async function show() {
  const entry = id === null ? null : await getEntry(id);
  if (entry) document.title = t('readerTabTitle', entry.transcript.title || t('untitledTranscript'));
  render(<main>{entry ? <ReaderView transcript={entry.transcript} mode="tab" /> : <p role="alert">{t('noLongerInLibrary')}</p>}</main>, app);
}

void show().catch((error: unknown) => render(<p role="alert">{t('couldNotOpenTranscript', error instanceof Error ? error.message : String(error))}</p>, app));
