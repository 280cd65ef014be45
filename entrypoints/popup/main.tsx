import { render } from 'preact';
import '../../assets/ui.css';
import './popup.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
