-- Slack: events are keyed by text ids (Ev0123…, envelope ids), users bring their zone, workspaces install the app.

-- Platform events by a text key, so Telegram update ids and Slack event ids share the ledger; the
-- sequence (Telegram's update_id) is kept where polling resumes from.
alter table inbound_event add column event_key text;
update inbound_event set event_key = event_id::text;
alter table inbound_event drop constraint inbound_event_pkey;
alter table inbound_event alter column event_key set not null;
alter table inbound_event rename column event_id to event_seq;
alter table inbound_event alter column event_seq drop not null;
alter table inbound_event add primary key (source, event_key);
create index inbound_event_seq on inbound_event (source, event_seq) where event_seq is not null;

-- The zone comes from the platform (Slack's users.info tz) until the user sets one in settings.
alter table app_user add column zone_chosen boolean not null default false;
