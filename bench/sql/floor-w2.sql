-- W2 floor: a random author with their 20 newest posts and each post's comment count.
\set aid random(1, :authors)
select json_build_object('data', json_build_object('author', json_build_object('username', a.username,
         'posts', json_build_object('edges', (
           select coalesce(json_agg(json_build_object('node', json_build_object('title', p.title, 'commentCount', p.comment_count))
                                    order by p.created_at desc, p.id desc), '[]')
           from (select title, comment_count, created_at, id from post
                 where author_id = a.id order by created_at desc, id desc limit 20) p)))))
from author a where a.id = :aid;
