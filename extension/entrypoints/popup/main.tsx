import { render } from 'preact';
import { Popup } from '../../lib/popup/Popup';

render(<Popup />, document.getElementById('app')!);
