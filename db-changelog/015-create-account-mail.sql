--liquibase formatted sql

--changeset inkwell:015
--comment: Account mail (ADR 036, 037): confirmed addresses, one-time tokens kept as hashes, the mail outbox written in the token's transaction, and the generation that ends older bearer tokens.
-- When the current address was confirmed; null: not confirmed (accounts from before this changeset too).
alter table account add column email_confirmed_at timestamptz;
-- Bearer tokens carry the generation they were issued in; a password reset or change raises it,
-- and a token of an older generation is refused (ADR 037).
alter table account add column token_generation integer not null default 0;
alter table account add constraint account_token_generation_not_negative check (token_generation >= 0);
-- When the password last changed: every instance reads the generations of the accounts changed
-- within the token lifetime (an older token has expired anyway), instead of one read per request.
alter table account add column password_changed_at timestamptz;
create index account_password_changed on account (password_changed_at) where password_changed_at is not null;

-- One-time tokens mailed to an address: only the SHA-256 of the token is kept, so a copy of the
-- database holds nothing that confirms an address or resets a password.
create table account_token (
  id         bigint      generated always as identity primary key,
  author_id  bigint      not null references account (author_id) on delete cascade,
  purpose    text        not null,
  token_hash bytea       not null,
  -- The address the token was sent to: the one it confirms, or the new one it changes to.
  email      text        not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at    timestamptz,
  constraint account_token_purpose_valid check (purpose in ('CONFIRM_EMAIL', 'CHANGE_EMAIL', 'RESET_PASSWORD')),
  constraint account_token_hash_sha256 check (octet_length(token_hash) = 32),
  constraint account_token_expires_after_created check (expires_at > created_at)
);
-- Serves the lookup of a presented token (and makes a hash collision impossible to store).
create unique index account_token_hash on account_token (token_hash);
-- Serves the foreign key and the ending of an account's other tokens of a purpose.
create index account_token_author on account_token (author_id, purpose);

-- Mail waiting to be sent, sent, or given up on: written in the same transaction as what it tells
-- (a token, a change), sent after the commit by any instance (ADR 036).
create table mail_outbox (
  id              bigint      generated always as identity primary key,
  -- The template it was made from: confirm-email, confirm-new-email, email-change-notice, reset-password.
  kind            text        not null,
  recipient       text        not null,
  subject         text        not null,
  -- Cleared once sent: the bodies carry a token, which the database otherwise keeps only as a hash.
  body_text       text,
  body_html       text,
  status          text        not null default 'PENDING',
  attempts        integer     not null default 0,
  last_error      text,
  created_at      timestamptz not null default now(),
  next_attempt_at timestamptz not null default now(),
  sent_at         timestamptz,
  constraint mail_outbox_status_valid check (status in ('PENDING', 'SENT', 'LOGGED', 'FAILED')),
  constraint mail_outbox_attempts_not_negative check (attempts >= 0)
);
-- Serves the sender's claim: the pending mail that is due, oldest first (FOR UPDATE SKIP LOCKED).
create index mail_outbox_due on mail_outbox (next_attempt_at, id) where status = 'PENDING';
--rollback drop table mail_outbox;
--rollback drop table account_token;
--rollback drop index account_password_changed;
--rollback alter table account drop column password_changed_at;
--rollback alter table account drop constraint account_token_generation_not_negative;
--rollback alter table account drop column token_generation;
--rollback alter table account drop column email_confirmed_at;
