import { i18n } from '#i18n';
import { bridgeText } from '../bridge/bridge-text';
import { ConnectedSitesSection } from '../bridge/ConnectedSitesSection';
import { ScamListSettings } from '../scam/ScamListSettings';
import { BackupSection } from './BackupSection';
import { ParentsSection } from './ParentsSection';
import { WalletSettingsSection } from './WalletSettingsSection';

/** The side navigation names each section by its heading, and jumps to it. */
const SECTIONS = [
  { target: 'wallet-settings-heading', label: () => i18n.t('options.walletHeading') },
  { target: 'parents-heading', label: () => i18n.t('parents.heading') },
  { target: 'backup-heading', label: () => i18n.t('backup.heading') },
  { target: 'scam-list-heading', label: () => i18n.t('scam.settings.heading') },
  { target: 'connected-sites-heading', label: () => bridgeText.sitesHeading },
];

export function OptionsPage() {
  return (
    <main class="page">
      <h1>{i18n.t('options.title')}</h1>
      <div class="settings-layout">
        <nav class="settings-nav" aria-label={i18n.t('options.sectionsNav')}>
          <ul>
            {SECTIONS.map(({ target, label }) => (
              <li key={target}>
                <a href={`#${target}`}>{label()}</a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="settings-sections">
          <WalletSettingsSection />
          <ParentsSection />
          <BackupSection />
          <ScamListSettings />
          <ConnectedSitesSection withThreshold />
        </div>
      </div>
    </main>
  );
}
