-- send_pace holds only the next free send slot per limit key: state that is worthless a second later.
-- Unlogged, its updates write no WAL and its commits wait for no flush, so the one hot row every
-- send touches (the bot's overall slot) is held for the time of one statement, not of an fsync.
-- After a crash PostgreSQL empties an unlogged table: every slot is then free, which is right,
-- since by the time a bot is back the platforms' one-second and one-minute windows have passed.
alter table send_pace set unlogged;
