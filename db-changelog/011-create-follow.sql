--liquibase formatted sql

--changeset inkwell:011 splitStatements:false
--comment: Who follows whom, newest first both ways, and a follower counter on author kept by a trigger (like post_count).
create table follow (
  follower_id bigint      not null references author (id) on delete cascade,
  followed_id bigint      not null references author (id) on delete cascade,
  created_at  timestamptz not null default now(),
  constraint follow_pkey primary key (follower_id, followed_id),
  constraint follow_not_self check (follower_id <> followed_id)
);
-- Author.followers: an author's followers, newest first, keyset-paged; also the followed_id foreign key.
create index follow_followed_newest on follow (followed_id, created_at, follower_id);
-- Author.following and the feed: whom an author follows, newest first (the primary key serves the foreign key).
create index follow_follower_newest on follow (follower_id, created_at, followed_id);

alter table author add column follower_count integer not null default 0
  constraint author_follower_count_not_negative check (follower_count >= 0);

create function inkwell_count_followers() returns trigger
language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    update author set follower_count = follower_count + 1 where id = new.followed_id;
  else
    -- An author's deletion cascades to its follows: the author row may already be gone.
    update author set follower_count = follower_count - 1 where id = old.followed_id;
  end if;
  return null;
end
$$;
create trigger follow_count_per_author after insert or delete on follow
  for each row execute function inkwell_count_followers();
--rollback drop trigger follow_count_per_author on follow;
--rollback drop function inkwell_count_followers();
--rollback alter table author drop column follower_count;
--rollback drop table follow;
