--liquibase formatted sql

--changeset inkwell:012
--comment: Tags on posts. post_tag carries its post's ordering key, so a tag's posts page like an author's.
create table tag (
  id         bigint generated always as identity primary key,
  name       text        not null,
  created_at timestamptz not null default now(),
  constraint tag_name_length check (char_length(name) between 1 and 32),
  constraint tag_name_trimmed check (name = btrim(name))
);
-- Query.tag and Query.tags: a name is unique whatever its case, found and listed by lower(name).
create unique index tag_name_unique on tag (lower(name));

-- What post_tag's foreign key references, so that each tagging carries (and keeps) its post's created_at.
alter table post add constraint post_id_created_at_unique unique (id, created_at);

create table post_tag (
  post_id         bigint      not null,
  tag_id          bigint      not null references tag (id) on delete cascade,
  post_created_at timestamptz not null,
  -- Serves Post.tags (a level's posts by post_id) and the post foreign key.
  constraint post_tag_pkey primary key (post_id, tag_id),
  -- The ordering key follows the post: a changed created_at cascades, a deleted post takes its taggings.
  constraint post_tag_post_fkey foreign key (post_id, post_created_at)
    references post (id, created_at) on update cascade on delete cascade
);
-- Tag.posts: a tag's posts newest first, keyset-paged by an index seek (no sort of all its posts);
-- also serves the tag_id foreign key.
create index post_tag_tag_newest on post_tag (tag_id, post_created_at desc, post_id desc);
--rollback drop table post_tag;
--rollback alter table post drop constraint post_id_created_at_unique;
--rollback drop table tag;
