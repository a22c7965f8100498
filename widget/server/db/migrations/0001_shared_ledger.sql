-- The shared ledger behind every tray: transfers and their entries, account balances, each viewer's
-- documents, and the gift feed (outbox). Integers are bigint: coins and diamonds never are floats.

-- Sequence numbers come in blocks, one block per posting transaction, so concurrent postings never
-- compute the same number (see the SQL wallet store).
CREATE SEQUENCE ledger_seq_blocks START 1;

CREATE TABLE transfers (
  seq bigint PRIMARY KEY,
  id text NOT NULL UNIQUE,
  -- The viewer whose wallet posted it: idempotency keys are unique per viewer.
  viewer_id text NOT NULL,
  idempotency_key text NOT NULL,
  kind text NOT NULL,
  -- A transfer is reversed at most once.
  reverses text UNIQUE,
  created_at bigint NOT NULL,
  body jsonb NOT NULL,
  CONSTRAINT transfers_key_once UNIQUE (viewer_id, idempotency_key)
);

CREATE TABLE ledger_entries (
  seq bigint PRIMARY KEY,
  transfer_id text NOT NULL,
  account text NOT NULL,
  kind text NOT NULL,
  amount bigint NOT NULL,
  created_at bigint NOT NULL,
  body jsonb NOT NULL
);
CREATE INDEX ledger_entries_by_transfer ON ledger_entries (transfer_id);
CREATE INDEX ledger_entries_history ON ledger_entries (account, created_at DESC, seq DESC);
CREATE INDEX ledger_entries_history_by_kind ON ledger_entries (account, kind, created_at DESC, seq DESC);

-- A viewer's coins are one row (shard 0), locked by the viewer's own transactions. A creator's or a
-- system account's balance is spread over shards, summed on read: concurrent gifts to one creator
-- add to different rows instead of queueing on one.
CREATE TABLE account_balances (
  account text NOT NULL,
  shard smallint NOT NULL,
  balance bigint NOT NULL,
  PRIMARY KEY (account, shard)
);

CREATE TABLE monthly_summaries (
  key text PRIMARY KEY,
  account text NOT NULL,
  body jsonb NOT NULL
);

-- Recharges, approvals, receipts and settings (the limit policy), each scoped to one viewer.
CREATE TABLE wallet_documents (
  viewer_id text NOT NULL,
  doc_table text NOT NULL,
  id text NOT NULL,
  state text,
  body jsonb NOT NULL,
  PRIMARY KEY (viewer_id, doc_table, id)
);
CREATE INDEX wallet_documents_by_state ON wallet_documents (viewer_id, doc_table, state);

-- The gift feed: written in the gift's own transaction with id NULL, numbered after commit by one
-- numbering transaction at a time, so ids increase in the order readers can see them.
CREATE SEQUENCE gift_feed_ids START 1;
CREATE TABLE gift_feed (
  row_id bigserial PRIMARY KEY,
  id bigint UNIQUE,
  stream text NOT NULL,
  transfer_id text NOT NULL UNIQUE,
  viewer_id text NOT NULL,
  body jsonb NOT NULL
);
CREATE INDEX gift_feed_unnumbered ON gift_feed (row_id) WHERE id IS NULL;
CREATE INDEX gift_feed_by_stream ON gift_feed (stream, id);

-- Streams the server knows: whose they are, and their goal.
CREATE TABLE streams (
  id text PRIMARY KEY,
  creator text NOT NULL,
  goal_coins bigint,
  goal_title text
);
