--liquibase formatted sql

--changeset inkwell:008
--comment: Full-text search over posts: a generated tsvector (title weighs more than body) with a GIN index.
alter table post add column search tsvector generated always as (
  setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')
) stored;
create index post_search on post using gin (search);
--rollback drop index post_search;
--rollback alter table post drop column search;
