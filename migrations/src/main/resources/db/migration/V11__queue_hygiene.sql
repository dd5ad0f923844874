-- Issue 12: the claim must stay flat as history grows. Retries get their own time instead of borrowing the
-- lease, the steps of users blocked everywhere leave the due index (parked), the due index is keyed on the
-- instant a step may next be tried (so its range, not a filter, bounds the claim), and the hot queue tables
-- are vacuumed before dead index entries pile up.

-- next_attempt_at: not before this instant may any instance try the step (a retry's backoff, a resting chat,
-- or the lease of the claim that holds it). parked_at: since when the user could be reached on no platform;
-- a parked step waits outside the due index until the user comes back.
alter table follow_up_step
    add column next_attempt_at timestamptz,
    add column parked_at       timestamptz;

-- what lease_until meant until now: a retry time for released steps, the lease for held ones
update follow_up_step set next_attempt_at = lease_until,
                          lease_until = case when claimed_by is null then null else lease_until end
where lease_until is not null and state in ('PENDING', 'SNOOZED');

-- The parked-ness of a user's open steps follows their identities: parked while none is unblocked (what the
-- claim's join to user_identity checked on every poll). Kept by triggers, so every way an identity changes
-- (a block, writing again, linking, unlinking, ops by hand) parks or unparks in its own transaction.
-- Unparked, a step is due at once (its due time is in working hours and usually past) and its backoff,
-- caused by the block, is dropped, unless an instance holds it right now.
create function park_steps_of(u bigint) returns void language sql as $$
    update follow_up_step s
       set parked_at = r.since,
           next_attempt_at = case when r.since is null and s.claimed_by is null then null else s.next_attempt_at end
      from (select case when bool_or(blocked_at is null) then null else coalesce(max(blocked_at), now()) end as since
              from user_identity where user_id = u) r
     where s.user_id = u and s.state in ('PENDING', 'SNOOZED')
       and (s.parked_at is null) <> (r.since is null)
$$;

create function user_identity_parks_steps() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.user_id <> new.user_id then
        perform park_steps_of(old.user_id);
    end if;
    perform park_steps_of(new.user_id);
    return null;
end $$;

create trigger user_identity_added_parks_steps after insert on user_identity
    for each row execute function user_identity_parks_steps();
-- seen() writes blocked_at on every private message: only a real change costs the recount
create trigger user_identity_changed_parks_steps after update of blocked_at, user_id on user_identity
    for each row when (old.blocked_at is distinct from new.blocked_at or old.user_id <> new.user_id)
    execute function user_identity_parks_steps();

-- A step that opens (a capture from a group while the private chat is blocked, an undo) is parked if its user is.
create function follow_up_step_opens_parked() returns trigger language plpgsql as $$
begin
    select case when bool_or(blocked_at is null) then null else coalesce(max(blocked_at), now()) end
      into new.parked_at from user_identity where user_id = new.user_id;
    return new;
end $$;

create trigger follow_up_step_inserted_parked before insert on follow_up_step
    for each row when (new.state in ('PENDING', 'SNOOZED')) execute function follow_up_step_opens_parked();
create trigger follow_up_step_reopened_parked before update of state on follow_up_step
    for each row when (new.state in ('PENDING', 'SNOOZED') and old.state not in ('PENDING', 'SNOOZED'))
    execute function follow_up_step_opens_parked();

update follow_up_step s set parked_at = (select coalesce(max(i.blocked_at), now()) from user_identity i where i.user_id = s.user_id)
where s.state in ('PENDING', 'SNOOZED')
  and not exists (select 1 from user_identity i where i.user_id = s.user_id and i.blocked_at is null);

-- Only steps that can be claimed, keyed on when they can: the claim reads the range up to now and every entry
-- in it is claimable, so no row is fetched to be thrown away (retrying, held and parked ones lie outside).
drop index follow_up_step_due;
create index follow_up_step_due on follow_up_step ((greatest(due_at, next_attempt_at)))
    where state in ('PENDING', 'SNOOZED') and parked_at is null;

-- Every prompt updates its step twice (claim, mark), neither a HOT update (the due key or the predicate
-- changes), so each leaves a dead heap tuple and a dead due-index entry that the next claims walk over.
-- The default (vacuum at 20 % dead) lets them pile up for hours on a big table (measured: the raw claim
-- slows ~20 % within 30 s at batch 100): vacuum after 1 % plus a thousand, unthrottled, and keep the
-- statistics of the due key fresh. Free room in each page (fillfactor, new pages only) keeps the new
-- versions next to the old ones.
alter table follow_up_step set (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_threshold = 1000,
                                autovacuum_vacuum_cost_delay = 0, autovacuum_analyze_scale_factor = 0.02,
                                fillfactor = 85);
-- The outbox: one insert and one update (delivered or failed) per attempt, on columns no index has, so the
-- update is HOT when the page has room; vacuumed as often, and after inserts too (the visibility map).
alter table prompt_delivery set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_threshold = 1000,
                                 autovacuum_vacuum_insert_scale_factor = 0.05, autovacuum_vacuum_cost_delay = 0,
                                 fillfactor = 80);
-- A few rows per chat, each rewritten on every message: small, so a fixed count of dead versions triggers the
-- vacuum, and half-empty pages keep every rewrite HOT.
alter table send_pace set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 500,
                           autovacuum_vacuum_cost_delay = 0, fillfactor = 50);
