-- One person, two platforms: a user (app_user, with the settings and every row of data) may be reached
-- through several platform identities (a Telegram account, a Slack member). Prompts go to the identity
-- the user chose, else the one they used last that can still be reached.

create table user_identity (
    platform         text        not null,
    platform_user_id text        not null,
    user_id          bigint      not null references app_user (id) on delete cascade,
    display_name     text,
    private_chat_id  text,
    blocked_at       timestamptz,
    last_seen_at     timestamptz not null,
    primary key (platform, platform_user_id)
);
create index user_identity_user on user_identity (user_id);

insert into user_identity (platform, platform_user_id, user_id, display_name, private_chat_id, blocked_at, last_seen_at)
select platform, platform_user_id, id, display_name, private_chat_id, blocked_at, created_at from app_user;

alter table app_user add column preferred_platform text;
alter table app_user drop constraint app_user_platform_platform_user_id_key;
alter table app_user drop column platform;
alter table app_user drop column platform_user_id;
alter table app_user drop column display_name;
alter table app_user drop column private_chat_id;
alter table app_user drop column blocked_at;

-- The user with the identity prompts go to: the chosen platform, else the last used one, among those
-- with a private chat that has not blocked the bot (and any one when none can be reached).
create view user_account as
select u.id, i.platform, i.platform_user_id, i.display_name, i.private_chat_id, u.language, u.language_chosen,
       u.zone, u.zone_chosen, u.work_start, u.work_end, u.work_days, u.agenda_time, i.blocked_at,
       u.preferred_platform, u.next_agenda_at
from app_user u
cross join lateral (
    select x.* from user_identity x where x.user_id = u.id
    order by (x.private_chat_id is not null and x.blocked_at is null) desc,
             (x.platform = u.preferred_platform) desc nulls last,
             x.last_seen_at desc
    limit 1) i;

-- A one-time code that joins the identity it is typed from to the user who asked for it.
create table link_code (
    code       text        primary key,
    user_id    bigint      not null references app_user (id) on delete cascade,
    expires_at timestamptz not null
);

-- Joining two users moves every row of one to the other inside one transaction: foreign keys are checked
-- at commit, so the rows can move table by table.
do $$
declare c record;
begin
    for c in select conrelid::regclass as tab, conname from pg_constraint
             where contype = 'f' and connamespace = 'public'::regnamespace loop
        execute format('alter table %s alter constraint %I deferrable initially immediate', c.tab, c.conname);
    end loop;
end $$;
