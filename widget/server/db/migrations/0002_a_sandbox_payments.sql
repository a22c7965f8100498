-- The sandbox payment provider's log: each charge request as it first arrived, so a delayed test payment
-- still settles when it is due after a restart, and on any instance (see payments/persisted-sandbox-provider.ts).
CREATE TABLE sandbox_payments (
  payment_id text PRIMARY KEY,
  received_at bigint NOT NULL,
  request jsonb NOT NULL
);
