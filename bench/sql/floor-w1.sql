-- W1 floor: the 50 newest posts with title, author username, and the first 10 top-level comments
-- of each with their authors' usernames, as one statement building the whole JSON response.
select json_build_object('data', json_build_object('posts', json_build_object('edges', json_agg(
         json_build_object('node', json_build_object('title', p.title, 'author', json_build_object('username', a.username),
           'comments', json_build_object('edges', c.edges))) order by p.created_at desc, p.id desc))))
from (select id, author_id, title, created_at from post order by created_at desc, id desc limit 50) p
join author a on a.id = p.author_id
cross join lateral (
  select coalesce(json_agg(json_build_object('node', json_build_object('body', c.body,
           'author', json_build_object('username', ca.username))) order by c.created_at, c.id), '[]') as edges
  from (select body, author_id, created_at, id from comment
        where post_id = p.id and parent_id is null order by created_at, id limit 10) c
  join author ca on ca.id = c.author_id
) c;
