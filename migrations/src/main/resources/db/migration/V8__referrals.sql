-- Givers Gain: referrals given and received, and what the receiver chose to report back to the giver.
--
-- A referral is seen from each side by its own row, in its owner's partition (user_id): the giver's row
-- (side GIVEN) and, when the receiver uses the bot in the giver's chapter, the receiver's row (side
-- RECEIVED), both carrying the same referral_key. The receiver's row is the truth about the outcome; the
-- giver's row holds what the receiver reported back, with consent. A referral whose other member does not
-- use the bot is one row alone, and its owner is asked for the outcome.
create table referral (
    user_id           bigint      not null references app_user (id) on delete cascade,
    id                bigint generated always as identity,
    referral_key      uuid        not null,
    side              text        not null check (side in ('GIVEN', 'RECEIVED')),
    partner_user_id   bigint,              -- the other member when they use the bot (linked); no foreign key: another partition
    partner_name      text        not null,  -- as the user wrote it, or the member's name
    prospect_name     text        not null,
    prospect_key      text        not null,  -- lower case, accents stripped: for "closed with Luca"
    prospect_company  text,
    prospect_role     text,
    prospect_email    text,
    prospect_phone    text,
    prospect_linkedin text,
    need              text,
    temperature       text        check (temperature in ('hot', 'warm', 'cold')),
    status            text        not null default 'open'
                                  check (status in ('open', 'contacted', 'meeting', 'closed', 'lost')),
    amount            numeric(14, 2),
    currency          text,
    raw_text          text,
    language          text        not null,
    -- the outcome checks go to whoever is asked for the outcome (the receiver, or a giver alone)
    checks_sent       smallint    not null default 0,
    next_check_at     timestamptz,
    -- the message that told the receiver (edited when the giver withdraws it)
    notice_chat_id    text,
    notice_message_id text,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    closed_at         timestamptz,
    primary key (user_id, id),
    unique (user_id, referral_key)
);
create index referral_prospect on referral (user_id, prospect_key);
create index referral_partner on referral (user_id, partner_user_id);
create index referral_check_due on referral (next_check_at) where next_check_at is not null;

-- The receiver's answer to "Shall I tell Paola?": remembered per giver, asked until it is given.
create table report_consent (
    user_id       bigint      not null references app_user (id) on delete cascade,
    giver_user_id bigint      not null,
    granted       boolean     not null,
    decided_at    timestamptz not null,
    primary key (user_id, giver_user_id)
);
