import { render } from 'preact';

render(<main><h1>Scopekeeper settings</h1></main>, document.getElementById('app')!);
