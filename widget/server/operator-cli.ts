import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { SqlDriver } from '@core/storage';
import { loadConfig } from './config';
import { migrate } from './db/migrate';
import { openDatabase, type Database } from './db/open-database';
import { createBatch, disableBatch, listBatches } from './gift-cards/gift-card-batches';
import { giftCardSecret } from './gift-cards/gift-card-secret';

const USAGE = `The gift server's operator commands (same environment as the server; on PGlite, stop the server first):
  gift-cards create --coins N --count K [--note TEXT]   print K new codes worth N coins each (shown only this once)
  gift-cards list                                       every batch: coins, cards, redeemed, disabled
  gift-cards disable --batch ID                         stop a batch's unredeemed codes
  flagged-accounts                                      accounts flagged for the operator (chargebacks)`;

export function isOperatorCommand(command: string | undefined): boolean {
  return command === 'gift-cards' || command === 'flagged-accounts';
}

interface Output {
  out(line: string): void;
  err(line: string): void;
}

const console_: Output = { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) };

/** Runs one operator command against the server's database (or an open one, left open); answers the exit code. */
export async function runOperatorCommand(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
  io: Output = console_,
  open?: Database,
): Promise<number> {
  const config = loadConfig(env);
  const database = open ?? (await openDatabase(config));
  try {
    await migrate(database.driver);
    return await run(argv, database.driver, giftCardSecret(config.payments.giftCards.secret, config.dataDir), io);
  } catch (error) {
    if (!(error instanceof z.ZodError) && !(error instanceof TypeError)) throw error;
    io.err(error instanceof z.ZodError ? z.prettifyError(error) : error.message);
    io.err(USAGE);
    return 2;
  } finally {
    if (!open) await database.close();
  }
}

async function run(argv: string[], driver: SqlDriver, secret: Uint8Array, io: Output): Promise<number> {
  const [command, action, ...rest] = argv;
  const { values } = parseArgs({ args: rest, options: { coins: { type: 'string' }, count: { type: 'string' }, note: { type: 'string' }, batch: { type: 'string' } } });
  if (command === 'flagged-accounts') {
    const { rows } = await driver.query<{ viewer_id: string; ref: string; reason: string; created_at: unknown }>(
      'SELECT viewer_id, ref, reason, created_at FROM account_flags ORDER BY created_at',
    );
    for (const row of rows) io.out(`${new Date(Number(row.created_at)).toISOString()}  ${row.viewer_id}  ${row.reason}`);
    io.err(`${rows.length} flagged`);
    return 0;
  }
  if (command === 'gift-cards' && action === 'create') {
    const { batch, codes } = await createBatch(driver, secret, { coins: Number(values.coins), count: Number(values.count), note: values.note ?? '' });
    for (const code of codes) io.out(code);
    io.err(`Batch ${batch.id}: ${batch.count} codes worth ${batch.coins} coins each. They are not stored in clear: keep this output safe.`);
    return 0;
  }
  if (command === 'gift-cards' && action === 'list') {
    for (const batch of await listBatches(driver)) {
      const state = batch.disabledAt === null ? 'active' : `disabled ${new Date(batch.disabledAt).toISOString()}`;
      io.out(`${batch.id}  ${batch.coins} coins  ${batch.redeemed}/${batch.count} redeemed  ${state}  ${batch.note}`);
    }
    return 0;
  }
  if (command === 'gift-cards' && action === 'disable' && values.batch) {
    if (!(await disableBatch(driver, values.batch))) {
      io.err(`There is no batch ${values.batch}.`);
      return 1;
    }
    io.err(`Batch ${values.batch} is disabled: its unredeemed codes no longer redeem.`);
    return 0;
  }
  io.err(USAGE);
  return 2;
}
