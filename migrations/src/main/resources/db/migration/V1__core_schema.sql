-- Core schema. Every row that belongs to a user carries user_id, part of its primary key:
-- queries are scoped by it now, and it is the distribution column if the data moves to Citus.
-- All instants are timestamptz (UTC); the user's zone is applied at the edges.

create table app_user (
    id                 bigint generated always as identity primary key,
    platform           text        not null,
    platform_user_id   text        not null,
    display_name       text,
    private_chat_id    text,
    language           text        check (language in ('en', 'it')),
    language_chosen    boolean     not null default false,
    zone               text        not null,
    work_start         time        not null default '09:00',
    work_end           time        not null default '18:00',
    work_days          smallint    not null default 31,      -- bit 0 = Monday … bit 6 = Sunday
    agenda_time        time                 default '08:30', -- null: no morning agenda
    next_agenda_at     timestamptz,
    blocked_at         timestamptz,
    created_at         timestamptz not null,
    unique (platform, platform_user_id)
);
create index app_user_next_agenda on app_user (next_agenda_at) where next_agenda_at is not null;

-- Every text a user sent, before anything interprets it: nothing typed is lost.
create table inbound_message (
    user_id     bigint      not null references app_user (id) on delete cascade,
    id          bigint generated always as identity,
    chat_id     text        not null,
    body        text        not null,
    received_at timestamptz not null,
    primary key (user_id, id)
);

create table contact (
    user_id    bigint      not null references app_user (id) on delete cascade,
    id         bigint generated always as identity,
    full_name  text        not null,
    match_key  text        not null,  -- lower case, accents stripped: for "met Anna again" matching
    company    text,
    role       text,
    email      text,
    phone      text,
    linkedin   text,
    notes      text,
    created_at timestamptz not null,
    primary key (user_id, id)
);
create index contact_match on contact (user_id, match_key);

create table meeting (
    user_id    bigint      not null references app_user (id) on delete cascade,
    id         bigint generated always as identity,
    event      text,
    met_on     date        not null,
    met_at     timestamptz not null,  -- the instant the plan counts from
    time_known boolean     not null,
    note       text,
    raw_text   text        not null,
    language   text        not null,
    confirmed  boolean     not null default false,
    created_at timestamptz not null,
    primary key (user_id, id)
);

create table meeting_contact (
    user_id     bigint  not null,
    meeting_id  bigint  not null,
    contact_id  bigint  not null,
    new_contact boolean not null,  -- created by this meeting: undo removes it
    primary key (user_id, meeting_id, contact_id),
    foreign key (user_id, meeting_id) references meeting (user_id, id) on delete cascade,
    foreign key (user_id, contact_id) references contact (user_id, id) on delete cascade
);

-- One row per step of a contact's 24/7/30 plan. The dispatcher claims due rows with
-- SELECT … FOR UPDATE SKIP LOCKED and a lease, so several instances can share the table.
create table follow_up_step (
    user_id           bigint      not null,
    id                bigint generated always as identity,
    contact_id        bigint      not null,
    meeting_id        bigint      not null,
    kind              text        not null check (kind in ('NOTE', 'CONNECT', 'CALL')),
    state             text        not null check (state in ('PENDING', 'PROMPTED', 'DONE', 'SNOOZED', 'SKIPPED')),
    due_at            timestamptz not null,
    prompted_at       timestamptz,
    closed_at         timestamptz,
    booked            boolean     not null default false,
    booked_for        timestamptz,
    claimed_by        text,
    lease_until       timestamptz,
    attempts          integer     not null default 0,
    prompt_chat_id    text,
    prompt_message_id text,
    primary key (user_id, id),
    unique (user_id, contact_id, kind),
    foreign key (user_id, contact_id) references contact (user_id, id) on delete cascade,
    foreign key (user_id, meeting_id) references meeting (user_id, id) on delete cascade
);
create index follow_up_step_due on follow_up_step (due_at) where state in ('PENDING', 'SNOOZED');

-- Outbox of prompt deliveries: written before the chat port is called, marked delivered after.
create table prompt_delivery (
    user_id      bigint      not null,
    id           bigint generated always as identity,
    step_id      bigint      not null,
    instance     text        not null,
    attempted_at timestamptz not null,
    delivered_at timestamptz,
    message_id   text,
    error        text,
    primary key (user_id, id),
    foreign key (user_id, step_id) references follow_up_step (user_id, id) on delete cascade
);
create index prompt_delivery_step on prompt_delivery (user_id, step_id);

-- Opaque button tokens: a press is honoured only for the owner, and only while the token exists.
create table button (
    user_id    bigint      not null references app_user (id) on delete cascade,
    token      text        not null,
    action     text        not null,
    target_id  bigint,
    param      text,
    created_at timestamptz not null,
    primary key (user_id, token)
);

-- The conversation a user is in the middle of (awaiting a fix, a confirmation, a date), with a timeout.
create table conversation (
    user_id    bigint      primary key references app_user (id) on delete cascade,
    state      text        not null,
    data       jsonb       not null,
    expires_at timestamptz not null,
    updated_at timestamptz not null
);
