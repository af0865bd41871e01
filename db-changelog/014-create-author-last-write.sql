--liquibase formatted sql

--changeset inkwell:014
--comment: Read replicas: the WAL position of each author's last write, so that any server instance routes that author's reads to a replica only once the replica has replayed it (ADR 039).
-- Unlogged: written after every mutation when replicas are configured, read on the primary only
-- (a standby cannot read an unlogged table), and worth no WAL or fsync of its own. A crash of the
-- primary empties it; the positions it held are then older than anything a replica must replay.
-- No foreign key to author: a row is a hint kept for seconds and pruned by age, not data.
create unlogged table author_last_write (
  author_id  bigint      primary key,
  lsn        pg_lsn      not null,
  written_at timestamptz not null default now()
);
-- Serves the pruning of positions older than any replica may lag.
create index author_last_write_written on author_last_write (written_at);
--rollback drop table author_last_write;
