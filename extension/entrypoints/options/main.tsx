import { render } from 'preact';
import { ScamListSettings } from '../../lib/scam/ScamListSettings';

render(<ScamListSettings />, document.getElementById('app')!);
