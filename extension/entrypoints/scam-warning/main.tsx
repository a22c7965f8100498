import { render } from 'preact';
import { WarningPage } from '../../lib/scam/WarningPage';
import { mountPage } from '../../lib/ui/mount-page';

mountPage('scam.page.title');
render(<WarningPage />, document.getElementById('app')!);
