--liquibase formatted sql

--changeset inkwell:003
--comment: Posts belong to one author. Lists are read newest first, so the indexes are too.
create table post (
  id         bigint generated always as identity primary key,
  author_id  bigint      not null references author (id),
  title      text        not null,
  body       text        not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version    integer     not null default 0,
  constraint post_title_length check (char_length(btrim(title)) between 1 and 200),
  constraint post_body_length check (char_length(body) between 1 and 100000),
  constraint post_version_not_negative check (version >= 0),
  constraint post_updated_not_before_created check (updated_at >= created_at)
);
-- Serves the foreign key and Author.posts: one author's posts, newest first, keyset-paged.
create index post_author_newest on post (author_id, created_at desc, id desc);
-- Serves Query.posts: every post, newest first, keyset-paged.
create index post_newest on post (created_at desc, id desc);
-- Only content changes touch updated_at; counters kept by triggers do not.
create trigger post_touch before update of title, body, created_at, updated_at on post
  for each row execute function inkwell_touch_row();
--rollback drop table post;
