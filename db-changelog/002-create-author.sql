--liquibase formatted sql

--changeset inkwell:002
--comment: Authors: the people who write posts. Usernames and emails are unique whatever their case.
create table author (
  id           bigint generated always as identity primary key,
  username     text        not null,
  email        text        not null,
  display_name text,
  bio          text,
  created_at   timestamptz not null default now(),
  updated_at   timestamptz not null default now(),
  version      integer     not null default 0,
  constraint author_username_format check (username ~ '^[A-Za-z0-9_]{3,32}$'),
  constraint author_email_format check (char_length(email) <= 254 and email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
  constraint author_display_name_length check (char_length(display_name) between 1 and 100),
  constraint author_bio_length check (char_length(bio) <= 2000),
  constraint author_version_not_negative check (version >= 0),
  constraint author_updated_not_before_created check (updated_at >= created_at)
);
create unique index author_username_unique on author (lower(username));
create unique index author_email_unique on author (lower(email));
-- Only content changes touch updated_at; counters kept by triggers do not.
create trigger author_touch before update of username, email, display_name, bio, created_at, updated_at on author
  for each row execute function inkwell_touch_row();
--rollback drop table author;
