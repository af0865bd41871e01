--liquibase formatted sql

--changeset inkwell:007
--comment: Author statistics as a view: Author.stats reads it for many authors in one statement.
create view author_stats as
select a.id         as author_id,
       a.post_count as post_count,
       (select count(*) from comment c where c.author_id = a.id)::integer as comment_count,
       (select max(p.created_at) from post p where p.author_id = a.id)   as last_post_at
from author a;
comment on view author_stats is 'Per author: posts written, comments written, time of the newest post.';
--rollback drop view author_stats;
