-- A prompt's answers (done, skip, three snoozes) as one row instead of five: a dispatched batch of a
-- thousand prompts inserts a thousand keyboard rows, not five thousand buttons. Each answer's token is
-- the keyboard's token followed by the answer's position (0–9); the position indexes actions and params.
-- Retiring any of a keyboard's actions retires the whole keyboard: its message is answered.
create table button_keyboard (
    user_id    bigint      not null references app_user (id) on delete cascade,
    token      text        not null,
    target_id  bigint,
    actions    text[]      not null,
    params     text[]      not null,
    created_at timestamptz not null,
    primary key (user_id, token)
);
