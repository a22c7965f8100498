-- Creators' alert overlays: the secret URL (only its hash is kept), alert settings, hidden viewers,
-- test alerts and which server processes have an overlay open.

-- One URL per creator; regenerating replaces the hash, so the old token matches nothing at once.
CREATE TABLE overlay_tokens (
  creator text PRIMARY KEY,
  token_hash text NOT NULL UNIQUE,
  created_at bigint NOT NULL
);

CREATE TABLE overlay_settings (
  creator text PRIMARY KEY,
  body jsonb NOT NULL,
  updated_at bigint NOT NULL
);

CREATE TABLE overlay_hidden_viewers (
  creator text NOT NULL,
  viewer_id text NOT NULL,
  name text NOT NULL,
  hidden_at bigint NOT NULL,
  PRIMARY KEY (creator, viewer_id)
);

-- Test alerts take their ids from the gift feed's sequence under the same numbering lock, so a creator's
-- gifts and tests are one feed in one id order (one Last-Event-ID), while tests stay out of gift_feed:
-- the goal, the top gifters and the ledger never see them.
CREATE TABLE overlay_test_alerts (
  id bigint PRIMARY KEY,
  creator text NOT NULL,
  body jsonb NOT NULL
);
CREATE INDEX overlay_test_alerts_by_creator ON overlay_test_alerts (creator, id);

-- Open overlay connections per creator and server process, refreshed with the heartbeat.
CREATE TABLE overlay_presence (
  creator text NOT NULL,
  instance text NOT NULL,
  connections integer NOT NULL,
  seen_at bigint NOT NULL,
  PRIMARY KEY (creator, instance)
);
