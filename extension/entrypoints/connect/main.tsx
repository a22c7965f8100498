import { render } from 'preact';
import { ConsentWindow, readQuestion } from '../../lib/bridge/ConsentWindow';
import '../../lib/ui/base.css';

// The bridge's consent window (unlisted page, opened by the background with browser.windows.create).
render(<ConsentWindow question={readQuestion(location.search)} />, document.getElementById('app')!);
