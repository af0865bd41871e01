--liquibase formatted sql

--changeset inkwell:010
--comment: Accounts: the sign-in side of an author (password hash, role). An author without an account (demo data, imports) cannot sign in.
create table account (
  author_id     bigint      primary key references author (id) on delete cascade,
  password_hash text        not null,
  role          text        not null default 'USER',
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  version       integer     not null default 0,
  constraint account_role_valid check (role in ('USER', 'MODERATOR', 'ADMIN')),
  -- A BCrypt or Argon2 hash in its modular crypt form, never a plain password.
  constraint account_password_hash_format check (password_hash ~ '^\$(2[aby]|argon2id?)\$'),
  constraint account_version_not_negative check (version >= 0),
  constraint account_updated_not_before_created check (updated_at >= created_at)
);
create trigger account_touch before update of password_hash, role, created_at, updated_at on account
  for each row execute function inkwell_touch_row();
--rollback drop table account;
