-- W3 floor: the whole thread of the newest post (5,000 comments, 200 deep) in reading order,
-- each comment with its depth, id, body and author's username.
with recursive thread as (
    select c.id, 0 as depth, array[(row_number() over (order by c.created_at, c.id))::int] as reading_order
    from comment c
    where c.post_id = :newest and c.parent_id is null
  union all
    select r.id, t.depth + 1, t.reading_order || r.sibling
    from thread t
    cross join lateral (
      select c.id, (row_number() over (order by c.created_at, c.id))::int as sibling
      from comment c where c.parent_id = t.id
    ) r
)
select json_build_object('data', json_build_object('post', json_build_object('thread', json_build_object('edges', json_agg(
         json_build_object('depth', t.depth, 'node', json_build_object('id', c.id, 'body', c.body,
           'author', json_build_object('username', a.username))) order by t.reading_order)))))
from thread t
join comment c on c.id = t.id
join author a on a.id = c.author_id;
