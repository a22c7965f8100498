import { z } from 'zod';
import { decodeHistoryCursor, encodeHistoryCursor } from '../history/history-cursor';
import { monthlySummaryRecordSchema, type HistoryQuery } from '../history/history-records';
import { accountKind, mustStayNonNegative, unitOfAccount, viewerAccount } from '../ledger/accounts';
import {
  balanceRecordSchema,
  ledgerEntryRecordSchema,
  transferRecordSchema,
  type LedgerEntryRecord,
  type TransferRecord,
} from '../ledger/ledger-records';
import type { DocumentTable, HistoryPage, WalletReadTx, WalletRecords, WalletStorage, WalletWriteTx } from '../ports/wallet-storage';
import { WalletError } from '../wallet-error';
import { mergingSession } from './merged-statements';
import { RETRYABLE_SQL_STATES, sqlStateOf, type SqlDriver, type SqlSession } from './sql-driver';
import { STORED_DOCUMENT_SCHEMAS, type StoredDocuments } from './stored-documents';

/** Sequence numbers reserved per posting: a transfer and up to SEQ_BLOCK - 1 entries. */
export const SEQ_BLOCK = 32;
/** Rows a creator's or system account's balance is spread over. */
export const DEFAULT_BALANCE_SHARDS = 64;
const MAX_ATTEMPTS = 8;

export interface SqlWalletStoreOptions {
  driver: SqlDriver;
  /** The viewer this store is the wallet of: documents, keys and the lock are this viewer's. */
  viewerId: string;
  /** Shown in the stream feed beside this viewer's gifts. */
  displayName?: string;
  balanceShards?: number;
  /**
   * The row every write transaction locks first; the viewer's own account by default. A creator's payout
   * desk locks the creator's pending-payout account, so one creator's payout operations run in order.
   */
  lockAccount?: string;
}

/** Both drivers may hand bigint and numeric columns back as strings or bigints. */
const asNumber = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

const documentTables = Object.keys(STORED_DOCUMENT_SCHEMAS) as DocumentTable[];

function checked<T>(schema: z.ZodType<T>, table: string, record: unknown): T {
  const parsed = schema.safeParse(record);
  if (!parsed.success) {
    throw new WalletError(
      'corrupt-record',
      `A stored ${table} record is unreadable, so the wallet stopped instead of guessing; it was left untouched. ${z.prettifyError(parsed.error)}`,
    );
  }
  return parsed.data;
}

/** Another transaction posted the same key between our check and our insert: run the whole work again. */
class KeyRace extends Error {}

/** Viewer wallets and pending payouts are locked rows; creators and system accounts are hot and sharded. */
const isShardedAccount = (account: string) => {
  const kind = accountKind(account);
  return kind === 'creator' || kind === 'system';
};

/**
 * One viewer's WalletStorage over the shared SQL ledger (PGlite or PostgreSQL, schema in
 * widget/server/db/migrations). Many viewers write at once:
 * - every write transaction first locks the viewer's own balance row, so one viewer's operations run one
 *   after another (as in a browser) while different viewers commit concurrently;
 * - a creator's and each system account's balance is a sum of shard rows; a posting adds its delta to one
 *   shard picked at random, so gifts to one creator do not queue on one row;
 * - sequence numbers come from a database sequence in blocks of SEQ_BLOCK, reserved under the viewer lock;
 * - the idempotency key is unique per viewer in the transfers table, inserted with ON CONFLICT DO NOTHING in
 *   the posting's transaction: a lost race re-runs the work, which then replays the first result;
 * - a gift also writes its feed row (the outbox) in the same transaction.
 */
export class SqlWalletStore implements WalletStorage {
  private readonly driver: SqlDriver;
  readonly viewerId: string;
  private readonly displayName: string;
  private readonly shards: number;
  private readonly account: string;
  private readonly lockAccount: string;

  constructor(options: SqlWalletStoreOptions) {
    this.driver = options.driver;
    this.viewerId = options.viewerId;
    this.displayName = options.displayName ?? options.viewerId;
    this.shards = options.balanceShards ?? DEFAULT_BALANCE_SHARDS;
    this.account = viewerAccount(options.viewerId);
    this.lockAccount = options.lockAccount ?? this.account;
  }

  async write<T>(work: (tx: WalletWriteTx) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.driver.transaction(async (connection) => {
          const session = mergingSession(connection);
          // The viewer's lock: one statement that creates the row if needed and holds it until commit. It is
          // not awaited before the work: a pipelining driver sends the work's reads behind it in the same
          // round trip, and the database runs them only once the lock is held.
          const lock = session.query(
            `INSERT INTO account_balances (account, shard, balance) VALUES ($1, 0, 0)
             ON CONFLICT (account, shard) DO UPDATE SET balance = account_balances.balance`,
            [this.lockAccount],
          );
          lock.catch(() => undefined);
          const [, result] = await Promise.all([lock, work(new SqlWriteTx(session, this.viewerId, this.displayName, this.shards))]);
          return result;
        });
      } catch (error) {
        const retryable = error instanceof KeyRace || RETRYABLE_SQL_STATES.has(sqlStateOf(error) ?? '');
        if (!retryable || attempt >= MAX_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
      }
    }
  }

  read<T>(work: (tx: WalletReadTx) => Promise<T>): Promise<T> {
    return work(new SqlReadTx(mergingSession(this.driver), this.viewerId));
  }

  /**
   * The whole shared ledger (every account's transfers, entries and balances) with this viewer's documents
   * and monthly totals. Entries of sharded accounts get their running balance from the entries themselves
   * (in sequence order), since concurrent postings to one creator cannot know each other's.
   */
  async exportRecords(): Promise<WalletRecords> {
    return this.driver.transaction(async (session) => {
      await session.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      const transfers = await session.query<{ body: unknown }>('SELECT body FROM transfers ORDER BY seq');
      const entries = await session.query<{ body: Record<string, unknown>; running: unknown; account: string }>(
        `SELECT body, account, sum(amount) OVER (PARTITION BY account ORDER BY seq) AS running FROM ledger_entries ORDER BY seq`,
      );
      const balances = await session.query<{ account: string; balance: unknown }>(
        'SELECT account, sum(balance) AS balance FROM account_balances GROUP BY account ORDER BY account',
      );
      const summaries = await session.query<{ body: unknown }>(`SELECT body FROM monthly_summaries WHERE account = $1 ORDER BY key`, [this.account]);
      const documents = await session.query<{ doc_table: DocumentTable; body: unknown }>(
        'SELECT doc_table, body FROM wallet_documents WHERE viewer_id = $1 ORDER BY doc_table, id',
        [this.viewerId],
      );
      const byTable = Object.fromEntries(documentTables.map((table) => [table, [] as unknown[]])) as Record<DocumentTable, unknown[]>;
      for (const row of documents.rows) byTable[row.doc_table]?.push(checked(STORED_DOCUMENT_SCHEMAS[row.doc_table] as z.ZodType, row.doc_table, row.body));
      return {
        transfers: transfers.rows.map((row) => checked(transferRecordSchema, 'transfers', row.body)),
        entries: entries.rows.map((row) =>
          checked(ledgerEntryRecordSchema, 'ledger_entries', isShardedAccount(row.account) ? { ...row.body, balanceAfter: asNumber(row.running) } : row.body),
        ),
        balances: balances.rows
          .filter((row) => unitOfAccount(row.account) !== undefined)
          .map((row) => checked(balanceRecordSchema, 'account_balances', { account: row.account, unit: unitOfAccount(row.account), balance: asNumber(row.balance) })),
        monthlySummaries: summaries.rows.map((row) => checked(monthlySummaryRecordSchema, 'monthly_summaries', row.body)),
        documents: byTable as { [T in DocumentTable]: StoredDocuments[T][] },
      };
    });
  }

  async replaceAll(): Promise<void> {
    throw new WalletError('invalid-request', 'A wallet on the shared server ledger cannot be replaced by a backup.');
  }
}

class SqlReadTx implements WalletReadTx {
  constructor(
    protected readonly session: SqlSession,
    protected readonly viewerId: string,
  ) {}

  async balance(account: string): Promise<number> {
    const { rows } = await this.session.query<{ balance: unknown }>('SELECT sum(balance) AS balance FROM account_balances WHERE account = $1', [account]);
    return asNumber(rows[0]?.balance);
  }

  async transfer(id: string): Promise<TransferRecord | undefined> {
    const { rows } = await this.session.query<{ body: unknown }>('SELECT body FROM transfers WHERE id = $1', [id]);
    return rows[0] ? checked(transferRecordSchema, 'transfers', rows[0].body) : undefined;
  }

  async transferByKey(idempotencyKey: string): Promise<TransferRecord | undefined> {
    const { rows } = await this.session.query<{ body: unknown }>('SELECT body FROM transfers WHERE viewer_id = $1 AND idempotency_key = $2', [
      this.viewerId,
      idempotencyKey,
    ]);
    return rows[0] ? checked(transferRecordSchema, 'transfers', rows[0].body) : undefined;
  }

  async reversalOf(transferId: string): Promise<TransferRecord | undefined> {
    const { rows } = await this.session.query<{ body: unknown }>('SELECT body FROM transfers WHERE reverses = $1', [transferId]);
    return rows[0] ? checked(transferRecordSchema, 'transfers', rows[0].body) : undefined;
  }

  async lastSeq(): Promise<number> {
    const { rows } = await this.session.query<{ seq: unknown }>('SELECT max(seq) AS seq FROM ledger_entries');
    return asNumber(rows[0]?.seq);
  }

  async monthlySummary(account: string, period: string) {
    const { rows } = await this.session.query<{ body: unknown }>('SELECT body FROM monthly_summaries WHERE key = $1', [`${account}|${period}`]);
    return rows[0] ? checked(monthlySummaryRecordSchema, 'monthly_summaries', rows[0].body) : undefined;
  }

  async historyPage(query: HistoryQuery): Promise<HistoryPage> {
    const params: unknown[] = [query.account];
    const where = ['account = $1'];
    const add = (clause: (n: string) => string, value: unknown) => {
      params.push(value);
      where.push(clause(`$${params.length}`));
    };
    if (query.kind) add((n) => `kind = ${n}`, query.kind);
    if (query.fromMs !== undefined) add((n) => `created_at >= ${n}`, query.fromMs);
    if (query.toMs !== undefined) add((n) => `created_at < ${n}`, query.toMs);
    if (query.cursor) {
      const after = decodeHistoryCursor(query.cursor);
      params.push(after.createdAt, after.seq);
      where.push(`(created_at, seq) < ($${params.length - 1}, $${params.length})`);
    }
    params.push(query.limit + 1);
    const { rows } = await this.session.query<{ body: unknown }>(
      `SELECT body FROM ledger_entries WHERE ${where.join(' AND ')} ORDER BY created_at DESC, seq DESC LIMIT $${params.length}`,
      params,
    );
    const entries = rows.slice(0, query.limit).map((row) => checked(ledgerEntryRecordSchema, 'ledger_entries', row.body));
    const last = entries.at(-1);
    return { entries, nextCursor: rows.length > query.limit && last ? encodeHistoryCursor(last) : null };
  }

  async entriesOfTransfer(transferId: string): Promise<LedgerEntryRecord[]> {
    const { rows } = await this.session.query<{ body: unknown }>('SELECT body FROM ledger_entries WHERE transfer_id = $1 ORDER BY seq', [transferId]);
    return rows.map((row) => checked(ledgerEntryRecordSchema, 'ledger_entries', row.body));
  }

  async getDocument<T extends DocumentTable>(table: T, id: string): Promise<StoredDocuments[T] | undefined> {
    const { rows } = await this.session.query<{ body: unknown }>('SELECT body FROM wallet_documents WHERE viewer_id = $1 AND doc_table = $2 AND id = $3', [
      this.viewerId,
      table,
      id,
    ]);
    return rows[0] ? (checked(STORED_DOCUMENT_SCHEMAS[table] as z.ZodType, table, rows[0].body) as StoredDocuments[T]) : undefined;
  }

  async listDocuments<T extends DocumentTable>(table: T, state?: string): Promise<StoredDocuments[T][]> {
    const { rows } =
      state === undefined
        ? await this.session.query<{ body: unknown }>('SELECT body FROM wallet_documents WHERE viewer_id = $1 AND doc_table = $2 ORDER BY id', [
            this.viewerId,
            table,
          ])
        : await this.session.query<{ body: unknown }>(
            'SELECT body FROM wallet_documents WHERE viewer_id = $1 AND doc_table = $2 AND state = $3 ORDER BY id',
            [this.viewerId, table, state],
          );
    return rows.map((row) => checked(STORED_DOCUMENT_SCHEMAS[table] as z.ZodType, table, row.body) as StoredDocuments[T]);
  }
}

class SqlWriteTx extends SqlReadTx implements WalletWriteTx {
  /** The balance each sharded account had when this transaction read it: putBalance adds the difference. */
  private readonly readBalances = new Map<string, number>();
  private reservedSeq: number | undefined;
  /** One shard for all of this transaction's sharded accounts. */
  private readonly shard: number;

  constructor(
    session: SqlSession,
    viewerId: string,
    private readonly displayName: string,
    shards: number,
  ) {
    super(session, viewerId);
    this.shard = Math.floor(Math.random() * shards);
  }

  override async balance(account: string): Promise<number> {
    const balance = await super.balance(account);
    if (isShardedAccount(account)) this.readBalances.set(account, balance);
    return balance;
  }

  /** Reserves this transaction's block of sequence numbers; taken under the viewer lock, so in its order. */
  override async lastSeq(): Promise<number> {
    if (this.reservedSeq === undefined) {
      const { rows } = await this.session.query<{ block: unknown }>(`SELECT nextval('ledger_seq_blocks') AS block`);
      this.reservedSeq = (asNumber(rows[0]?.block) - 1) * SEQ_BLOCK;
    }
    return this.reservedSeq;
  }

  async addTransfer(transfer: TransferRecord, entries: LedgerEntryRecord[]): Promise<void> {
    if (this.reservedSeq === undefined || transfer.seq !== this.reservedSeq + 1 || entries.length >= SEQ_BLOCK) {
      throw new WalletError('invalid-request', 'A transfer must use the sequence block its transaction reserved.');
    }
    const inserted = this.session.query(
      `INSERT INTO transfers (seq, id, viewer_id, idempotency_key, kind, reverses, created_at, body)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb) ON CONFLICT DO NOTHING RETURNING seq`,
      [transfer.seq, transfer.id, this.viewerId, transfer.idempotencyKey, transfer.kind, transfer.reverses, transfer.createdAt, JSON.stringify(transfer)],
    );
    const values: unknown[] = [];
    const tuples = entries.map((entry, index) => {
      values.push(entry.seq, entry.transferId, entry.account, entry.kind, entry.amount, entry.createdAt, JSON.stringify(entry));
      const n = index * 7;
      return `($${n + 1}, $${n + 2}, $${n + 3}, $${n + 4}, $${n + 5}, $${n + 6}, $${n + 7}::jsonb)`;
    });
    // The entries and the feed row go out with the transfer; a lost key race rolls all of it back.
    await Promise.all([
      inserted.then(({ rows }) => {
        if (rows.length === 0) throw new KeyRace('The idempotency key was posted by a concurrent transaction.');
      }),
      this.session.query(`INSERT INTO ledger_entries (seq, transfer_id, account, kind, amount, created_at, body) VALUES ${tuples.join(', ')}`, values),
      transfer.kind === 'gift' ? this.addFeedRow(transfer, entries) : undefined,
    ]);
  }

  /** The outbox row of a gift, in the gift's transaction: numbered after commit (see the gift feed). */
  private async addFeedRow(transfer: TransferRecord, entries: LedgerEntryRecord[]): Promise<void> {
    const coins = -(entries.find((entry) => accountKind(entry.account) === 'viewer')?.amount ?? 0);
    const body = {
      from: this.displayName,
      giftId: transfer.memo.giftId,
      count: transfer.memo.count,
      coins,
      creator: transfer.memo.creator,
      at: transfer.createdAt,
    };
    await this.session.query(`INSERT INTO gift_feed (stream, transfer_id, viewer_id, body) VALUES ($1, $2, $3, $4::jsonb)`, [
      transfer.memo.stream,
      transfer.id,
      this.viewerId,
      JSON.stringify(body),
    ]);
  }

  async putBalance(balance: { account: string; unit: string; balance: number }): Promise<void> {
    if (!isShardedAccount(balance.account)) {
      // The row this transaction locked first (the viewer's, or a creator's pending payout): the new balance is exact.
      await this.session.query(
        `INSERT INTO account_balances (account, shard, balance) VALUES ($1, 0, $2)
         ON CONFLICT (account, shard) DO UPDATE SET balance = EXCLUDED.balance`,
        [balance.account, balance.balance],
      );
      return;
    }
    const before = this.readBalances.has(balance.account) ? this.readBalances.get(balance.account)! : await super.balance(balance.account);
    const delta = balance.balance - before;
    this.readBalances.set(balance.account, balance.balance);
    if (delta === 0) return;
    if (delta < 0 && mustStayNonNegative(balance.account)) {
      // A debit of a creator (a reversal): lock every shard, then check the exact sum.
      const { rows } = await this.session.query<{ balance: unknown }>('SELECT balance FROM account_balances WHERE account = $1 FOR UPDATE', [
        balance.account,
      ]);
      const total = rows.reduce((sum, row) => sum + asNumber(row.balance), 0);
      if (total + delta < 0) {
        throw new WalletError('invalid-request', `This needs ${-delta} ${unitOfAccount(balance.account)}; ${balance.account} has ${total}.`);
      }
    }
    await this.session.query(
      `INSERT INTO account_balances (account, shard, balance) VALUES ($1, $2, $3)
       ON CONFLICT (account, shard) DO UPDATE SET balance = account_balances.balance + EXCLUDED.balance`,
      [balance.account, this.shard, delta],
    );
  }

  async putMonthlySummary(summary: { key: string; account: string }): Promise<void> {
    await this.session.query(
      `INSERT INTO monthly_summaries (key, account, body) VALUES ($1, $2, $3::jsonb) ON CONFLICT (key) DO UPDATE SET body = EXCLUDED.body`,
      [summary.key, summary.account, JSON.stringify(summary)],
    );
  }

  async putDocument<T extends DocumentTable>(table: T, record: StoredDocuments[T]): Promise<void> {
    const state = 'state' in record && typeof record.state === 'string' ? record.state : null;
    await this.session.query(
      `INSERT INTO wallet_documents (viewer_id, doc_table, id, state, body) VALUES ($1, $2, $3, $4, $5::jsonb)
       ON CONFLICT (viewer_id, doc_table, id) DO UPDATE SET state = EXCLUDED.state, body = EXCLUDED.body`,
      [this.viewerId, table, record.id, state, JSON.stringify(record)],
    );
  }
}
