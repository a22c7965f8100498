import { render } from 'preact';
import { OptionsPage } from '../../lib/options/OptionsPage';
import { mountPage } from '../../lib/ui/mount-page';
import '../../lib/ui/base.css';

mountPage('options.title');
render(<OptionsPage />, document.getElementById('app')!);
