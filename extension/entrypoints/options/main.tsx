import { render } from 'preact';
import { OptionsPage } from '../../lib/options/OptionsPage';
import { ScamListSettings } from '../../lib/scam/ScamListSettings';
import { mountPage } from '../../lib/ui/mount-page';
import '../../lib/ui/base.css';

mountPage('options.title');
render(
  <>
    <OptionsPage />
    {/* Issue 5's scam-link list settings, kept as that component renders them. */}
    <div class="page">
      <ScamListSettings />
    </div>
  </>,
  document.getElementById('app')!,
);
