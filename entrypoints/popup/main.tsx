import { render } from 'preact';

render(<main>Verbatim</main>, document.getElementById('app')!);
