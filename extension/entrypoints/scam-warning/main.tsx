import { render } from 'preact';
import { WarningPage } from '../../lib/scam/WarningPage';

render(<WarningPage />, document.getElementById('app')!);
