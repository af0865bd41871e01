-- W4 floor: the 20 best matches of a random common word, with title and highlighted snippet.
\set k random(1, :words)
with q as (select websearch_to_tsquery('english', (select word from bench.search_word where k = :k)) as tsquery),
page as (
  select p.id, ts_rank(p.search, q.tsquery) as rank
  from post p, q
  where p.search @@ q.tsquery
  order by rank desc, p.id desc
  limit 20
)
select json_build_object('data', json_build_object('searchPosts', json_build_object('edges', json_agg(
         json_build_object('snippet', ts_headline('english', replace(replace(replace(p.body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'),
                             q.tsquery, 'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "'),
                           'node', json_build_object('title', p.title)) order by page.rank desc, page.id desc))))
from page join post p on p.id = page.id, q;
