-- One-to-ones with a prep brief the day before and a question afterwards ("How did it go?"), visitors of a
-- chapter with a plan of their own, and each user's ask (whom they want to meet, and why).

-- The brief goes out the working day before (none when booked less than about a day ahead: the morning
-- reminder carries it); the question some hours after the start. Both are claimed with SKIP LOCKED like
-- the reminder, and marked in the same transaction. outcome: what the user answered.
alter table one_to_one
    add column brief_at   timestamptz,
    add column briefed_at timestamptz,
    add column ask_at     timestamptz,
    add column asked_at   timestamptz,
    add column outcome    text check (outcome in ('referral', 'well', 'missed'));
create index one_to_one_brief_due on one_to_one (brief_at) where briefed_at is null;
create index one_to_one_ask_due on one_to_one (ask_at) where asked_at is null;
-- one-to-ones booked before this release are asked about afterwards too (none of them gets a brief)
update one_to_one set ask_at = starts_at + interval '2 hours' where starts_at > now();

-- A visitor of the chapter: the meeting is a visit, and its contact gets the visitor's plan.
alter table meeting add column visit boolean not null default false;
alter table follow_up_step drop constraint follow_up_step_kind_check;
alter table follow_up_step add constraint follow_up_step_kind_check
    check (kind in ('NOTE', 'CONNECT', 'CALL', 'VISIT_CALL', 'VISIT_INVITE', 'VISIT_MEMBERSHIP'));

-- "my ask: facility managers of hotels in Milan, because …"; null: none set.
alter table app_user add column my_ask text;
