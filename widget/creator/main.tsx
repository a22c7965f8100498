import { render } from 'preact';
import '../../extension/lib/ui/base.css';
import './dashboard.css';
import { App } from './view/App';

render(<App />, document.getElementById('app')!);
