-- W3 floor: the whole thread of the newest post (5,000 comments, 200 deep) in reading order,
-- each comment with its depth, id, body and author's username. The recursion carries the columns
-- it needs: joining the 5,000 ids back to comment afterwards made the planner hash the whole
-- table (505,000 rows, ~300 ms), the pitfall docs/adr/007 describes.
with recursive thread as (
    select c.id, c.body, c.author_id, 0 as depth,
           int4send((row_number() over (order by c.created_at, c.id))::int) as reading_order
    from comment c
    where c.post_id = :newest and c.parent_id is null
  union all
    select r.id, r.body, r.author_id, t.depth + 1, t.reading_order || int4send(r.sibling)
    from thread t
    cross join lateral (
      select c.id, c.body, c.author_id, (row_number() over (order by c.created_at, c.id))::int as sibling
      from comment c where c.parent_id = t.id
    ) r
)
select json_build_object('data', json_build_object('post', json_build_object('thread', json_build_object('edges', json_agg(
         json_build_object('depth', t.depth, 'node', json_build_object('id', t.id, 'body', t.body,
           'author', json_build_object('username', a.username))) order by t.reading_order)))))
from thread t
join author a on a.id = t.author_id;
