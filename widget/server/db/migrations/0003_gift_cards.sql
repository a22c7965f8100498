-- Prepaid gift cards: batches of random codes worth N coins. A code is stored only as its keyed hash
-- (HMAC-SHA-256 with the server's gift card secret), so a copy of the database redeems nothing.
CREATE TABLE gift_card_batches (
  id text PRIMARY KEY,
  coins bigint NOT NULL CHECK (coins > 0),
  card_count integer NOT NULL CHECK (card_count > 0),
  note text NOT NULL DEFAULT '',
  created_at bigint NOT NULL,
  disabled_at bigint
);

CREATE TABLE gift_cards (
  code_hash text PRIMARY KEY,
  batch_id text NOT NULL REFERENCES gift_card_batches (id),
  redeemed_by text,
  redeemed_at bigint
);
CREATE INDEX gift_cards_by_batch ON gift_cards (batch_id);
