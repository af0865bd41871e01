--liquibase formatted sql

--changeset inkwell:001 splitStatements:false
--comment: The database, not the application, keeps created_at and updated_at honest.
create function inkwell_touch_row() returns trigger
language plpgsql as $$
begin
  new.created_at := old.created_at;
  new.updated_at := greatest(now(), old.created_at);
  return new;
end
$$;
comment on function inkwell_touch_row() is
  'BEFORE UPDATE trigger: created_at never changes, updated_at becomes the transaction time.';
--rollback drop function inkwell_touch_row();
