import { render } from 'preact';

render(<main><h1>Scopekeeper</h1></main>, document.getElementById('app')!);
