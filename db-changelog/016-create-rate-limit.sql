--liquibase formatted sql

--changeset inkwell:016
--comment: Rate limits shared by every instance (ADR 038): one row per limit and key, counting hits in a fixed window.
-- Unlogged: no WAL, so counting costs little and is not shipped to replicas; a crash of the database
-- empties it, which only forgets a few minutes of counts.
create unlogged table rate_limit (
  -- Which limit: login, mail-per-address, reset-per-client.
  name         text        not null,
  -- SHA-256 of the key (a sign-in name or address, and a client address): no personal data kept here.
  key_hash     bytea       not null,
  window_start timestamptz not null,
  hits         integer     not null,
  constraint rate_limit_pkey primary key (name, key_hash),
  constraint rate_limit_hits_positive check (hits > 0)
);
-- Serves the pruning of windows that have ended.
create index rate_limit_window_start on rate_limit (window_start);
--rollback drop table rate_limit;
