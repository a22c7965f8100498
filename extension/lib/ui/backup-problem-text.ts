import { i18n } from '#i18n';
import type { BackupProblem } from '@core/messages';

/** Why a backup was refused, as a sentence; the technical details are shown behind a disclosure. */
export function backupProblemText(problem: BackupProblem | undefined): string {
  switch (problem) {
    case 'not-json':
      return i18n.t('backup.problem.notJson');
    case 'not-a-backup':
      return i18n.t('backup.problem.notABackup');
    case 'unsigned':
      return i18n.t('backup.problem.unsigned');
    case 'other-install':
      return i18n.t('backup.problem.otherInstall');
    case 'altered':
      return i18n.t('backup.problem.altered');
    case 'ledger':
      return i18n.t('backup.problem.ledger');
    case 'too-large':
      return i18n.t('backup.problem.tooLarge');
    case 'interrupted':
      return i18n.t('backup.problem.interrupted');
    case undefined:
      return i18n.t('errors.invalidBackup');
  }
}
