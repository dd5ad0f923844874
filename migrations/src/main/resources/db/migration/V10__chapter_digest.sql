-- The chapter groups the bot serves, each with its weekly digest: totals of the week posted to the group at
-- the chapter's local time (a Quartz cron per chapter), and names only of members who opted into the
-- leaderboard. A chapter is not one user's data: it is keyed by its group, like user_chapter's chat_id.
create table chapter (
    chat_id     text        primary key,
    zone        text        not null,              -- the local time of the digest: the first member's zone
    language    text        not null check (language in ('en', 'it')),
    digest_day  smallint    not null default 5,    -- ISO day of week, 5 = Friday
    digest_time time        not null default '17:00',
    digest_on   boolean     not null default true,
    created_at  timestamptz not null
);

insert into chapter (chat_id, zone, language, created_at)
select distinct on (c.chat_id) c.chat_id, u.zone, coalesce(u.language, 'en'), c.first_seen_at
from user_chapter c join app_user u on u.id = c.user_id
order by c.chat_id, c.first_seen_at;

-- One digest per chapter and week, however many triggers fire (several instances, a manual run).
create table chapter_digest (
    chat_id    text        not null references chapter (chat_id) on delete cascade,
    week_start date        not null,
    sent_at    timestamptz not null,
    primary key (chat_id, week_start)
);

-- Members who let the digest name them with what they did that week.
alter table app_user add column leaderboard boolean not null default false;

-- What a member does ("web designer"), so the needs the others hear can be matched to it (give first).
alter table app_user add column trade text;
