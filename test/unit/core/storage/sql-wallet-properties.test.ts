// The wallet's model-based property test (see wallet-properties.test.ts) over the SQL storage on PGlite in
// memory: the same random sequences, the same invariants after every step, on the server's storage.
// FC_RUNS=<n> changes the number of sequences (default 15 here: PGlite is slower than memory).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { SqlWalletStore } from '@core/storage';
import { migrate } from '../../../../widget/server/db/migrate';
import { openPglite, type PgliteDatabase } from '../../../../widget/server/db/pglite-driver';
import { replay, RUNS, runSequence, scenario } from '../../support/wallet-model';

let database: PgliteDatabase;

beforeAll(async () => {
  database = await openPglite();
  await migrate(database.driver);
}, 180_000);

afterAll(() => database?.close());

describe('wallet properties on the SQL storage', () => {
  it('keeps the ledger exact through random recharges, gifts, retries, reversals and approvals (PGlite)', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ([policy, plan, steps]) => {
        await database.driver.query('TRUNCATE transfers, ledger_entries, account_balances, monthly_summaries, wallet_documents, gift_feed');
        await runSequence(new SqlWalletStore({ driver: database.driver, viewerId: 'me' }), policy, plan, steps);
      }),
      { numRuns: RUNS ? Math.max(1, Math.round(RUNS / 60)) : 15, ...replay },
    );
  }, 900_000);
});
