import '../../extension/zod-jitless';
import '../../components/theme.css';
import './library.css';
import { render } from 'preact';
import { LibraryApp } from '../../components/LibraryApp';

render(<LibraryApp />, document.getElementById('app')!);
