import { render } from 'preact';
import { HistoryPage } from '../../lib/history/HistoryPage';
import { mountPage } from '../../lib/ui/mount-page';
import '../../lib/ui/base.css';

mountPage('history.title');
render(<HistoryPage />, document.getElementById('app')!);
