-- Schema 9: "as of" evaluates its time once. Inlined, a function's argument is the caller's
-- expression itself, copied to every place the body names it: `now() - interval '59 days'` was
-- computed again for every change read (five times each), a tenth of an account's "as of". The
-- body now reads it from a one-row subquery that is never pulled up (OFFSET 0). Same signature,
-- same rows; the public functions, which call this one, are unchanged.

DO $migration$
BEGIN
  EXECUTE format($create$
  CREATE OR REPLACE FUNCTION %1$I.cgs_groups_as_of(at timestamptz, one_account text,
                                                   one_cust_space_id text,
                                                   one_business_number text, one_group_id text)
    RETURNS SETOF %1$I.current_chat_groups
    LANGUAGE sql STABLE
    AS $body$
    SELECT g.cust_space_id, g.business_number, g.group_id,
           %1$I.cgs_item_text(r.raw, 'Subject'), %1$I.cgs_item_text(r.raw, 'Description'),
           %1$I.cgs_item_text(r.raw, 'InviteLink'), %1$I.cgs_item_text(r.raw, 'GroupStatus'),
           %1$I.cgs_item_text(r.raw, 'ProfilePictureFile'), r.raw, g.account_name, g.first_seen_at,
           -- the latest change at or before `at`; when pruning took it, known only if none came later
           coalesce(l.before, CASE WHEN l.any_later IS NOT TRUE THEN g.last_changed_at END),
           %1$I.cgs_item_text(r.raw, 'BusinessRole'), %1$I.cgs_item_bigint(r.raw, 'GmtModifier'),
           %1$I.cgs_item_text(r.raw, 'GroupLink'), %1$I.cgs_item_text(r.raw, 'GroupType'),
           %1$I.cgs_item_integer(r.raw, 'TotalParticipantCount')
    FROM (SELECT at OFFSET 0) p  -- `at` computed once, not for every change read
    CROSS JOIN %1$I.chat_groups g
    -- each group's changes, one index range read in change order, in one pass: no sort or hash
    -- of the whole scope's history
    CROSS JOIN LATERAL (
      SELECT max(c.changed_at) FILTER (WHERE c.changed_at <= p.at) AS before,
             bool_or(c.changed_at > p.at) AS any_later,
             -- the earliest presence change after `at`: its id and kind in one orderable number
             min(c.change_id * 4 + CASE c.change_type WHEN 'added' THEN 1 WHEN 'removed' THEN 2
                                                      ELSE 3 END)
               FILTER (WHERE c.changed_at > p.at AND c.change_type <> 'updated') AS presence,
             -- every field changed after `at`, with its earliest change (the last one merged)
             %1$I.cgs_jsonb_merge(c.changed_fields ORDER BY c.change_id DESC)
               FILTER (WHERE c.changed_at > p.at AND c.changed_fields IS NOT NULL) AS undo
      FROM %1$I.chat_group_changes c
      WHERE c.cust_space_id = g.cust_space_id AND c.business_number = g.business_number
        AND c.group_id = g.group_id
        AND c.change_type IN ('added', 'updated', 'removed', 'restored')
    ) l
    CROSS JOIN LATERAL (  -- each changed field back to its "old" side (absent where it had none)
      SELECT CASE WHEN l.undo IS NULL THEN g.raw
                  ELSE (SELECT (g.raw - array_agg(f.key))
                               || coalesce(jsonb_object_agg(f.key, f.value -> 'old')
                                             FILTER (WHERE f.value ? 'old'), '{}')
                        FROM jsonb_each(l.undo) f)
             END AS raw
      OFFSET 0  -- computed once per group, not once for each column that reads it
    ) r
    WHERE g.first_seen_at <= p.at
      AND (one_account IS NULL OR g.account_name = one_account)
      AND (one_group_id IS NULL OR (g.cust_space_id = one_cust_space_id
                                    AND g.business_number = one_business_number
                                    AND g.group_id = one_group_id))
      -- listed at `at`: the earliest presence change after it removed the group, or, with none,
      -- the group is listed now
      AND CASE WHEN l.presence IS NULL THEN g.removed_at IS NULL ELSE l.presence %% 4 = 2 END
    $body$
  $create$, current_schema());
END
$migration$;
