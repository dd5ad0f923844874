-- What the Telegram adapter needed from the core, kept platform-neutral so the Slack adapter reuses it.

-- Send pacing shared by every instance: per limit key (one bot overall, one chat of that bot) the
-- earliest instant the next message may go out. Reservations lock the rows in key order and use the
-- database's clock, so instances on different hosts pace as one.
create table send_pace (
    pace_key text        primary key,
    next_at  timestamptz not null
);

-- Platform events taken for handling (Telegram update_id), so a redelivered one is handled once; the
-- newest done id per source is where polling resumes after a restart.
create table inbound_event (
    source     text        not null,
    event_id   bigint      not null,
    claimed_at timestamptz not null,
    done_at    timestamptz,
    primary key (source, event_id)
);

-- The chapter groups a user wrote to the bot from (read by the referrals feature).
create table user_chapter (
    user_id       bigint      not null references app_user (id) on delete cascade,
    chat_id       text        not null,
    first_seen_at timestamptz not null,
    last_seen_at  timestamptz not null,
    primary key (user_id, chat_id)
);

-- A command given in a group by a user the bot cannot reach privately yet: the group gets a link that
-- opens the private chat with this token, and the command is carried out there on start.
create table deferred_command (
    user_id    bigint      not null references app_user (id) on delete cascade,
    token      text        not null,
    command    text        not null,
    args       text        not null,
    created_at timestamptz not null,
    primary key (user_id, token)
);
