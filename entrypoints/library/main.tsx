import '../../extension/zod-jitless';
import '../../components/theme.css';
import './library.css';
import { render } from 'preact';
import { LibraryApp } from '../../components/LibraryApp';
import { localisePage } from '../../extension/i18n/localise-page';

localisePage(document, 'libraryTitle');

render(<LibraryApp />, document.getElementById('app')!);
