--liquibase formatted sql

--changeset inkwell:005 splitStatements:false
--comment: A comment's depth follows from its parent; a comment never moves to another post or parent, so no cycle can form.
create function inkwell_comment_place() returns trigger
language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    if new.parent_id is null then
      new.depth := 0;
    else
      select parent.depth + 1 into new.depth from comment parent where parent.id = new.parent_id;
    end if;
    new.reply_count := 0;
  elsif new.post_id is distinct from old.post_id or new.parent_id is distinct from old.parent_id then
    raise exception 'a comment cannot move to another post or parent'
      using errcode = 'check_violation', constraint = 'comment_place_immutable';
  else
    new.depth := old.depth;
  end if;
  return new;
end
$$;
create trigger comment_place before insert or update on comment
  for each row execute function inkwell_comment_place();
--rollback drop trigger comment_place on comment;
--rollback drop function inkwell_comment_place();
