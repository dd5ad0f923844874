-- A conversation people can trust: several open questions per user, a journal of what each user did
-- (so "undo" reverses exactly the last action), booked one-to-ones as their own rows with a reminder,
-- and the reason a step was closed ("not on LinkedIn").

-- Every question the bot is waiting on, several per user: a new question never replaces an open one.
create table pending_question (
    user_id    bigint      not null references app_user (id) on delete cascade,
    id         bigint generated always as identity,
    kind       text        not null,
    data       jsonb       not null,
    expires_at timestamptz not null,
    asked_at   timestamptz not null,
    primary key (user_id, id)
);
create index pending_question_expiry on pending_question (expires_at);

insert into pending_question (user_id, kind, data, expires_at, asked_at)
select user_id, state, data, expires_at, updated_at from conversation;
drop table conversation;

-- What the user did, newest last: undo reverses the newest entry not yet undone, within a few minutes.
-- "reversal" holds what is needed to put things back (the rows as they were before).
create table user_action (
    user_id   bigint      not null references app_user (id) on delete cascade,
    id        bigint generated always as identity,
    kind      text        not null,
    reversal  jsonb       not null,
    done_at   timestamptz not null,
    undone_at timestamptz,
    primary key (user_id, id)
);
create index user_action_recent on user_action (user_id, done_at desc);
create index user_action_age on user_action (done_at);

-- A booked one-to-one: when it is, and the reminder the morning of the day.
create table one_to_one (
    user_id     bigint      not null,
    id          bigint generated always as identity,
    contact_id  bigint      not null,
    step_id     bigint,
    starts_at   timestamptz not null,
    remind_at   timestamptz,
    reminded_at timestamptz,
    created_at  timestamptz not null,
    primary key (user_id, id),
    foreign key (user_id, contact_id) references contact (user_id, id) on delete cascade
);
create index one_to_one_contact on one_to_one (user_id, contact_id);
create index one_to_one_reminder_due on one_to_one (remind_at) where reminded_at is null;

insert into one_to_one (user_id, contact_id, step_id, starts_at, remind_at, reminded_at, created_at)
select user_id, contact_id, id, booked_for,
       case when booked_for > now() then booked_for - interval '2 hours' end,
       case when booked_for > now() then null else coalesce(closed_at, now()) end,
       coalesce(closed_at, due_at)
from follow_up_step where booked_for is not null;
alter table follow_up_step drop column booked_for;

-- Why a step was closed or retried, in the user's words or the bot's ("not on LinkedIn").
alter table follow_up_step add column outcome_note text;
