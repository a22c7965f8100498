-- The creator dashboard: a goal the creator set on the dashboard outlives a restart (the configured goal
-- is only the starting point), and a creator's streams are listed by creator.
ALTER TABLE streams ADD COLUMN goal_by_creator boolean NOT NULL DEFAULT false;
CREATE INDEX streams_by_creator ON streams (creator, id);
