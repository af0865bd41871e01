--liquibase formatted sql

--changeset inkwell:006 splitStatements:false
--comment: Counters kept by triggers: a single-row UPDATE takes the row lock, so concurrent writers queue and the count stays exact.
alter table author add column post_count integer not null default 0
  constraint author_post_count_not_negative check (post_count >= 0);
alter table post add column comment_count integer not null default 0
  constraint post_comment_count_not_negative check (comment_count >= 0);

update author set post_count = (select count(*) from post where post.author_id = author.id);
update post set comment_count = (select count(*) from comment where comment.post_id = post.id);
update comment set reply_count = (select count(*) from comment reply where reply.parent_id = comment.id);

create function inkwell_count_posts() returns trigger
language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    update author set post_count = post_count + 1 where id = new.author_id;
  else
    update author set post_count = post_count - 1 where id = old.author_id;
  end if;
  return null;
end
$$;
create trigger post_count_per_author after insert or delete on post
  for each row execute function inkwell_count_posts();

create function inkwell_count_comments() returns trigger
language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    update post set comment_count = comment_count + 1 where id = new.post_id;
    if new.parent_id is not null then
      update comment set reply_count = reply_count + 1 where id = new.parent_id;
    end if;
  else
    -- A post's deletion cascades to its comments: the post row may already be gone.
    update post set comment_count = comment_count - 1 where id = old.post_id;
    if old.parent_id is not null then
      update comment set reply_count = reply_count - 1 where id = old.parent_id;
    end if;
  end if;
  return null;
end
$$;
create trigger comment_count_per_post_and_parent after insert or delete on comment
  for each row execute function inkwell_count_comments();
--rollback drop trigger comment_count_per_post_and_parent on comment;
--rollback drop function inkwell_count_comments();
--rollback drop trigger post_count_per_author on post;
--rollback drop function inkwell_count_posts();
--rollback alter table post drop column comment_count;
--rollback alter table author drop column post_count;
