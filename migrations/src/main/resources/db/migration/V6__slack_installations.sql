-- Slack workspaces that installed the app through OAuth, as Bolt models them (Installer, Bot), and the
-- state values of installs under way.
--
-- Tokens are stored as Slack issued them. Encrypting them at rest is the database's job (encrypted
-- volumes or tablespaces) or left for later; the application never logs them.
--
-- enterprise_id is set for workspaces of an Enterprise Grid org; team_id is null for an org-wide install
-- (is_enterprise_install). Either may be null, so the unique keys use coalesce(…, '') to treat null as one
-- value. A team id is unique across Slack: rows saved before a workspace joined an org (no enterprise_id)
-- still belong to that workspace, so lookups match a team with its enterprise_id or none.
--
-- A row is one installation, keyed by its installed_at. "active" rows are what Bolt and the bot use, the
-- latest one winning; Bolt's historical-data mode keeps the older ones inactive instead of deleting them.

-- Who installed the app in a workspace and what they granted: the bot's token and, if the app asked for
-- user scopes, the installer's own token.
create table slack_installer (
    id                                 bigserial   primary key,
    app_id                             text,
    enterprise_id                      text,
    enterprise_name                    text,
    enterprise_url                     text,
    team_id                            text,
    team_name                          text,
    is_enterprise_install              boolean     not null default false,
    token_type                         text,
    installer_user_id                  text,
    installer_user_scope               text,
    installer_user_token               text,
    installer_user_refresh_token       text,
    installer_user_token_expires_at    timestamptz,
    bot_id                             text,
    bot_user_id                        text,
    bot_scope                          text,
    bot_token                          text,
    bot_refresh_token                  text,
    bot_token_expires_at               timestamptz,
    incoming_webhook_url               text,
    incoming_webhook_channel_id        text,
    incoming_webhook_configuration_url text,
    installed_at                       timestamptz not null,
    active                             boolean     not null default true,
    check (enterprise_id is not null or team_id is not null)
);
create unique index slack_installer_installation on slack_installer
    (coalesce(team_id, ''), coalesce(enterprise_id, ''), coalesce(installer_user_id, ''), installed_at);
create index slack_installer_team on slack_installer (team_id);

-- The bot of each workspace (or org): what the app posts with. Token rotation updates the row in place.
create table slack_bot (
    id                    bigserial   primary key,
    app_id                text,
    enterprise_id         text,
    enterprise_name       text,
    enterprise_url        text,
    team_id               text,
    team_name             text,
    is_enterprise_install boolean     not null default false,
    token_type            text,
    bot_id                text,
    bot_user_id           text,
    bot_scope             text,
    bot_token             text,
    bot_refresh_token     text,
    bot_token_expires_at  timestamptz,
    installed_at          timestamptz not null,
    active                boolean     not null default true,
    check (enterprise_id is not null or team_id is not null)
);
create unique index slack_bot_installation on slack_bot
    (coalesce(team_id, ''), coalesce(enterprise_id, ''), installed_at);
-- The current bot of a workspace, looked up by team id before every message the bot sends.
create index slack_bot_current on slack_bot (team_id, installed_at desc) where active;

-- OAuth state values issued by /slack/install, each good for one callback until it expires.
create table slack_oauth_state (
    state      text        primary key,
    expires_at timestamptz not null
);
create index slack_oauth_state_expiry on slack_oauth_state (expires_at);
