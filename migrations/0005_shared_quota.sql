-- Schema 5: one API quota per credential set across every replica. Alibaba Cloud counts a quota
-- per AccessKey's account, not per process, so replicas reserve their send times from one clock
-- row per credential set instead of pacing themselves alone. New table only.

-- When the next request of a credential set may be sent, by the database's clock. A replica
-- reserves a short block of send slots with one UPDATE (the row lock orders replicas); what it
-- does not use lapses with the block, so a replica that dies holds nothing. Unlogged: the row is a
-- pacing hint that no one needs after a crash (it is emptied then and starts again from now), and
-- reserving writes no WAL.
CREATE UNLOGGED TABLE api_quota_slots (
  credential_set  text        PRIMARY KEY,
  next_slot       timestamptz NOT NULL
);
COMMENT ON TABLE api_quota_slots IS
  'Per credential set: the earliest time the next API request of any replica may be sent';
