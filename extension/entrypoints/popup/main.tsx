import { render } from 'preact';
import { Popup } from '../../lib/popup/Popup';
import { mountPage } from '../../lib/ui/mount-page';
import '../../lib/ui/base.css';

mountPage('extName');
render(<Popup />, document.getElementById('app')!);
