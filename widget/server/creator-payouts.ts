import type { CashOutPolicy } from '@core/gifts';
import { payoutPendingAccount } from '@core/ledger';
import { PayoutDesk } from '@core/payouts';
import type { SqlDriver } from '@core/storage';
import { SqlWalletStore } from '@core/storage';

/**
 * One creator's payout desk on the shared ledger; cheap to make per request. Its keys live apart from every
 * viewer's ("creator <id>" cannot be a viewer id: ids have no spaces), and its writes lock the creator's
 * pending-payout row, so one creator's requests and decisions run one after another.
 */
export function creatorPayoutDesk(driver: SqlDriver, creatorId: string, policy: CashOutPolicy): PayoutDesk {
  const storage = new SqlWalletStore({ driver, viewerId: `creator ${creatorId}`, lockAccount: payoutPendingAccount(creatorId) });
  return new PayoutDesk({ storage, creatorId, policy });
}

/** Creators with diamonds waiting for the operator, for the operator's list. */
export async function creatorsWithPendingPayouts(driver: SqlDriver): Promise<string[]> {
  const { rows } = await driver.query<{ account: string }>(
    `SELECT account FROM account_balances WHERE account LIKE 'payout-pending:%' GROUP BY account HAVING sum(balance) > 0 ORDER BY account LIMIT 1000`,
  );
  return rows.map((row) => row.account.slice('payout-pending:'.length));
}
