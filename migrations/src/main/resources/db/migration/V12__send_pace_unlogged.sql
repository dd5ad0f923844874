-- send_pace holds only the next free send slot per limit key: state that is worthless a second later.
-- Unlogged, its updates write no WAL and its commits wait for no flush, so the one hot row every
-- send touches (the bot's overall slot) is held for the time of one statement, not of an fsync.
-- After a crash PostgreSQL empties an unlogged table: every slot is then free, which is right,
-- since by the time a bot is back the platforms' one-second and one-minute windows have passed.
alter table send_pace set unlogged;

-- How many slots the key has given out, ever: a send's own number tells, when it is answered, how many
-- slots were given out after it meanwhile (by this instance or others), which the next free slot must
-- leave room for (SendPacer.sent), or a platform window could hold one message more than its ceiling.
alter table send_pace add column reserved bigint not null default 0;
