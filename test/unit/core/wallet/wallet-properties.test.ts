// Model-based property tests: random sequences of recharges (settling at once, declined or late), gifts,
// retries with the same key, key conflicts, reversals, approvals and time passing, run against the real
// WalletService and a plain in-memory model. After every step: the ledger verifies (sums to zero per unit,
// balances match entries, no key applied twice, reversals once), no wallet is negative, the balance equals
// the model's, and every refusal or success is the one the limits call for.
//
// Replay a failure: fast-check prints `seed` and `path`; run
//   FC_SEED=<seed> FC_PATH=<path> npx vitest run test/unit/core/wallet/wallet-properties.test.ts
// FC_RUNS=<n> changes the number of sequences (default 1000 on memory storage, 40 on Dexie).
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { MemoryWalletStore } from '@core';
import { DexieWalletStore } from '@core/storage/dexie-wallet-store';
import { replay, RUNS, runSequence, scenario } from '../../support/wallet-model';

describe('wallet properties against a plain model', () => {
  it('keeps the ledger exact through random recharges, gifts, retries, reversals and approvals (memory storage)', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, ([policy, plan, steps]) => runSequence(new MemoryWalletStore(), policy, plan, steps)),
      { numRuns: RUNS ?? 1000, ...replay },
    );
  }, 120_000);

  it('keeps the ledger exact on Dexie storage too (fewer runs)', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ([policy, plan, steps]) => {
        const store = new DexieWalletStore(`property-${crypto.randomUUID()}`);
        try {
          await runSequence(store, policy, plan, steps);
        } finally {
          store.close();
        }
      }),
      { numRuns: RUNS ? Math.max(1, Math.round(RUNS / 25)) : 40, ...replay },
    );
  }, 120_000);
});
