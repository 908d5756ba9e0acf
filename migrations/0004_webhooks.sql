-- Schema 4: change events for webhooks, through a transactional outbox. A run writes its events
-- here in the same transaction as its changes (a rolled-back run has none, a committed one all of
-- them); the dispatcher groups them into deliveries and sends those. New tables only.

-- One row per event and webhook: the event as it is sent (the change, and the group's columns as
-- they were when the change committed), and the delivery that carries it once one was made.
CREATE TABLE webhook_outbox (
  webhook       text        NOT NULL,
  change_id     bigint      NOT NULL,
  account_name  text        NOT NULL,
  event         jsonb       NOT NULL,
  created_at    timestamptz NOT NULL,
  delivery_id   uuid,                  -- null until the event is batched into a delivery
  PRIMARY KEY (webhook, change_id)
);
CREATE INDEX webhook_outbox_unbatched_idx ON webhook_outbox (webhook, change_id)
  WHERE delivery_id IS NULL;
CREATE INDEX webhook_outbox_delivery_idx ON webhook_outbox (delivery_id);
COMMENT ON TABLE webhook_outbox IS
  'Change events waiting for (or carried by) a webhook delivery; written with the changes they describe';

-- One row per delivery: a batch of a webhook's events in change_id order, sent as one POST with
-- the same id and body on every attempt until it is delivered (any 2xx) or dead.
CREATE TABLE webhook_deliveries (
  delivery_id      uuid        PRIMARY KEY,
  webhook          text        NOT NULL,
  status           text        NOT NULL CHECK (status IN ('pending', 'delivered', 'dead')),
  first_change_id  bigint      NOT NULL,
  last_change_id   bigint      NOT NULL,
  events           integer     NOT NULL,
  body             text        NOT NULL,   -- exactly what is sent (and signed)
  created_at       timestamptz NOT NULL,   -- max_age counts from here (--redeliver restarts it)
  next_attempt_at  timestamptz NOT NULL,
  attempts         integer     NOT NULL DEFAULT 0,
  last_attempt_at  timestamptz,
  last_http_status integer,                -- null: no HTTP response (connection error, timeout)
  last_error       text,                   -- the error, or the first 1 KB of the response
  delivered_at     timestamptz
);
CREATE INDEX webhook_deliveries_pending_idx ON webhook_deliveries (webhook, first_change_id)
  WHERE status = 'pending';
CREATE INDEX webhook_deliveries_status_idx ON webhook_deliveries (webhook, status, created_at);
COMMENT ON TABLE webhook_deliveries IS
  'Webhook deliveries: pending (being retried), delivered, or dead (kept with the last error; --redeliver requeues)';
