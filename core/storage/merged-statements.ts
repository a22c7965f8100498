import type { SqlSession } from './sql-driver';

interface Pending {
  text: string;
  params: readonly unknown[];
  write: boolean;
  resolve(rows: unknown[]): void;
  reject(error: unknown): void;
}

const isWrite = (text: string) => /^\s*(INSERT|UPDATE|DELETE)\b/i.test(text);
/** Our statements never hold a `$` outside their placeholders, so renumbering them is a plain replace. */
const shifted = (text: string, by: number) => (by === 0 ? text : text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + by}`));

/**
 * Several reads as one SELECT (each query's rows as a JSON array column), or several writes as one statement
 * of data-modifying CTEs (their RETURNING rows likewise). Writes merged this way share one snapshot and must
 * touch different rows: the wallet's writes sent together always do (one balance row per account, one
 * summary per period).
 */
function mergedText(queries: readonly Pending[]): { text: string; params: unknown[] } {
  const params: unknown[] = [];
  const parts = queries.map((query) => {
    const text = shifted(query.text, params.length);
    params.push(...query.params);
    return text;
  });
  if (!queries[0]!.write) {
    const columns = parts.map((text, i) => `(SELECT coalesce(json_agg(q), '[]'::json) FROM (${text}) AS q) AS r${i}`);
    return { text: `SELECT ${columns.join(', ')}`, params };
  }
  const ctes = parts.map((text, i) => `w${i} AS (${text})`);
  const columns = parts.map((text, i) => (/\bRETURNING\b/i.test(text) ? `(SELECT coalesce(json_agg(w${i}), '[]'::json) FROM w${i}) AS r${i}` : `'[]'::json AS r${i}`));
  return { text: `WITH ${ctes.join(', ')} SELECT ${columns.join(', ')}`, params };
}

/**
 * A session that sends the queries issued in one synchronous run (the core issues a transfer's reads together,
 * and then its writes together) as few statements: each unbroken run of reads, or of writes, becomes one
 * statement; runs keep their order, so a read sent after a write sees it. One statement instead of a dozen
 * is one parse, one result and, on PostgreSQL, one message each way.
 */
export function mergingSession(inner: SqlSession): SqlSession {
  let pending: Pending[] = [];

  const flush = () => {
    const batch = pending;
    pending = [];
    let start = 0;
    for (let i = 1; i <= batch.length; i++) {
      if (i < batch.length && batch[i]!.write === batch[start]!.write) continue;
      send(batch.slice(start, i));
      start = i;
    }
  };

  const send = (run: Pending[]) => {
    if (run.length === 1) {
      const [only] = run as [Pending];
      inner.query(only.text, only.params).then(({ rows }) => only.resolve(rows), only.reject);
      return;
    }
    const { text, params } = mergedText(run);
    inner.query<Record<string, unknown>>(text, params).then(
      ({ rows }) => run.forEach((query, i) => query.resolve((rows[0]?.[`r${i}`] as unknown[] | undefined) ?? [])),
      (error: unknown) => run.forEach((query) => query.reject(error)),
    );
  };

  return {
    query<Row>(text: string, params: readonly unknown[] = []) {
      return new Promise<{ rows: Row[] }>((resolve, reject) => {
        if (pending.length === 0) queueMicrotask(flush);
        pending.push({ text, params, write: isWrite(text), resolve: (rows) => resolve({ rows: rows as Row[] }), reject });
      });
    },
  };
}
