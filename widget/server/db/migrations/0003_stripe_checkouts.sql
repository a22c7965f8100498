-- Live payments through Stripe Checkout. One row per recharge's payment id: the hosted checkout the viewer
-- was sent to and what Stripe's signed webhooks said of it. The wallet's recharge record stays the truth
-- for coins; this row is what the payment provider reads when the wallet asks about a pending payment.
CREATE TABLE stripe_checkouts (
  -- The viewer-scoped payment id the wallet chose before calling the provider.
  payment_id text PRIMARY KEY,
  viewer_id text NOT NULL,
  session_id text NOT NULL UNIQUE,
  checkout_url text NOT NULL,
  amount_minor bigint NOT NULL,
  currency text NOT NULL,
  -- 'open' until a webhook says 'paid' or 'failed'; both are final.
  status text NOT NULL DEFAULT 'open',
  failure_reason text,
  payment_intent text UNIQUE,
  created_at bigint NOT NULL,
  updated_at bigint NOT NULL,
  -- When Stripe was last asked directly about this session (a lost webhook).
  checked_at bigint
);

-- A bank's chargeback: the coins it took back (only those still unspent), once per dispute.
CREATE TABLE stripe_disputes (
  dispute_id text PRIMARY KEY,
  payment_id text NOT NULL,
  viewer_id text NOT NULL,
  amount_minor bigint NOT NULL,
  coins_disputed bigint NOT NULL,
  coins_reversed bigint NOT NULL,
  created_at bigint NOT NULL
);

-- Accounts the operator should look at (a dispute), with why.
CREATE TABLE account_flags (
  viewer_id text NOT NULL,
  ref text NOT NULL,
  reason text NOT NULL,
  created_at bigint NOT NULL,
  PRIMARY KEY (viewer_id, ref)
);
