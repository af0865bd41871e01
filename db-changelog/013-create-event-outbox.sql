--liquibase formatted sql

--changeset inkwell:013 splitStatements:false
--comment: Live updates: triggers write every visible change of a comment or post to event_outbox and NOTIFY a wake-up; each server instance reads new rows by position and fans them out to its subscribers.
create table event_outbox (
  -- The event's position: subscribers' cursors and the readers' order. Taken after the changed row
  -- is written, so the writing transaction already holds its xid (the reader's gap rule relies on it, ADR 017).
  position   bigint      generated always as identity primary key,
  topic      text        not null,
  kind       text        not null,
  post_id    bigint      not null,
  author_id  bigint      not null,
  -- The row as the change left it (as it was, for a deletion): events outlive the rows they describe.
  row_data   jsonb       not null,
  created_at timestamptz not null default now(),
  constraint event_outbox_topic_valid check (topic in ('comment', 'post')),
  constraint event_outbox_kind_valid check (kind in ('ADDED', 'EDITED', 'DELETED', 'HIDDEN', 'SHOWN'))
);
-- Serves the pruning of events older than the retention.
create index event_outbox_created on event_outbox (created_at);
-- Serve a subscriber's catch-up after its cursor: one post's comment events, one author's post events.
create index event_outbox_comment_post on event_outbox (post_id, position) where topic = 'comment';
create index event_outbox_post_author on event_outbox (author_id, position) where topic = 'post';

-- The highest position pruning has deleted through: a resume from a cursor at or below it gets EVENTS_EXPIRED.
create table event_outbox_horizon (
  singleton      boolean primary key default true,
  pruned_through bigint  not null default 0,
  constraint event_outbox_horizon_single_row check (singleton)
);
insert into event_outbox_horizon default values;

create function inkwell_comment_event() returns trigger
language plpgsql as $$
declare
  event_kind text;
  changed comment;
begin
  if tg_op = 'INSERT' then
    event_kind := 'ADDED';
  elsif tg_op = 'DELETE' then
    event_kind := 'DELETED';
  elsif new.deleted_at is not null and old.deleted_at is null then
    event_kind := 'DELETED';
  elsif new.hidden_at is not null and old.hidden_at is null then
    event_kind := 'HIDDEN';
  elsif new.hidden_at is null and old.hidden_at is not null then
    event_kind := 'SHOWN';
  elsif new.body is distinct from old.body then
    event_kind := 'EDITED';
  else
    -- Counters (reply_count) and touches: nothing a subscriber sees changed.
    return null;
  end if;
  changed := case when tg_op = 'DELETE' then old else new end;
  insert into event_outbox (topic, kind, post_id, author_id, row_data)
  values ('comment', event_kind, changed.post_id, changed.author_id, to_jsonb(changed));
  -- An empty payload: identical notifications of one transaction fold into one wake-up.
  perform pg_notify('inkwell_events', '');
  return null;
end
$$;
create trigger comment_event after insert or update or delete on comment
  for each row execute function inkwell_comment_event();

create function inkwell_post_event() returns trigger
language plpgsql as $$
declare
  event_kind text;
  changed post;
begin
  if tg_op = 'INSERT' then
    event_kind := 'ADDED';
  elsif tg_op = 'DELETE' then
    event_kind := 'DELETED';
  elsif new.title is distinct from old.title or new.body is distinct from old.body then
    event_kind := 'EDITED';
  else
    -- comment_count and touches: nothing a subscriber sees changed.
    return null;
  end if;
  changed := case when tg_op = 'DELETE' then old else new end;
  -- The search vector is derived and large: subscribers never see it.
  insert into event_outbox (topic, kind, post_id, author_id, row_data)
  values ('post', event_kind, changed.id, changed.author_id, to_jsonb(changed) - 'search');
  perform pg_notify('inkwell_events', '');
  return null;
end
$$;
create trigger post_event after insert or update or delete on post
  for each row execute function inkwell_post_event();
--rollback drop trigger post_event on post;
--rollback drop function inkwell_post_event();
--rollback drop trigger comment_event on comment;
--rollback drop function inkwell_comment_event();
--rollback drop table event_outbox_horizon;
--rollback drop table event_outbox;
