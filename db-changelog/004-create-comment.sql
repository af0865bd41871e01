--liquibase formatted sql

--changeset inkwell:004
--comment: Comments: each its own aggregate, optionally replying to a comment of the same post.
create table comment (
  id          bigint      generated always as identity primary key,
  post_id     bigint      not null references post (id) on delete cascade,
  author_id   bigint      not null references author (id),
  parent_id   bigint,
  body        text        not null,
  depth       integer     not null default 0,
  reply_count integer     not null default 0,
  deleted_at  timestamptz,
  hidden_at   timestamptz,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now(),
  version     integer     not null default 0,
  -- The composite key lets the foreign key below demand a parent in the same post.
  constraint comment_id_post_unique unique (id, post_id),
  constraint comment_parent_same_post foreign key (parent_id, post_id) references comment (id, post_id) on delete cascade,
  constraint comment_not_own_parent check (parent_id <> id),
  constraint comment_body_length check (char_length(body) <= 20000),
  constraint comment_body_present check (deleted_at is not null or char_length(btrim(body)) >= 1),
  constraint comment_depth_not_negative check (depth >= 0),
  constraint comment_reply_count_not_negative check (reply_count >= 0),
  constraint comment_version_not_negative check (version >= 0),
  constraint comment_updated_not_before_created check (updated_at >= created_at)
);
-- Post.comments: a post's top-level comments, oldest first.
create index comment_post_top_level on comment (post_id, created_at, id) where parent_id is null;
-- Comment.replies and each step of a thread's recursion: a comment's replies, oldest first.
create index comment_parent_oldest on comment (parent_id, created_at, id) where parent_id is not null;
-- The author foreign key and the author statistics.
create index comment_author on comment (author_id);
create trigger comment_touch before update of body, deleted_at, hidden_at, created_at, updated_at on comment
  for each row execute function inkwell_touch_row();
--rollback drop table comment;
