-- How often an outbox event was published: the event sweeper publishes an event again, at most once,
-- when no handling of it was recorded (its message was lost in doubt at the broker in a crash).
ALTER TABLE outbox_event ADD COLUMN relays INTEGER DEFAULT 0 NOT NULL;
