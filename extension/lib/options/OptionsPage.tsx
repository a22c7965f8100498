import { i18n } from '#i18n';
import { ConnectedSitesSection } from '../bridge/ConnectedSitesSection';
import { ScamListSettings } from '../scam/ScamListSettings';
import { BackupSection } from './BackupSection';
import { ParentsSection } from './ParentsSection';
import { WalletSettingsSection } from './WalletSettingsSection';

export function OptionsPage() {
  return (
    <main class="page">
      <h1>{i18n.t('options.title')}</h1>
      <WalletSettingsSection />
      <ParentsSection />
      <BackupSection />
      <ScamListSettings />
      <ConnectedSitesSection withThreshold />
    </main>
  );
}
