-- PostGraphile has no recursion: the thread it serves is this set-returning function, exposed as
-- the computed column Post.thread (a connection). The same walk as Inkwell's thread query: one
-- WITH RECURSIVE, each level an index seek per parent (LATERAL), siblings oldest first, rows in
-- reading order (the path of sibling positions, as bytes: see ThreadQueriesImpl). PostGraphile
-- v4 finds computed columns only in the table's own schema, so this one function lives in public
-- of the benchmark database.
create schema if not exists bench;

create or replace function public.post_thread(p public.post) returns setof public.comment
language sql stable
as $$
  -- The recursion carries whole rows: joining the ids back to comment afterwards made the
  -- planner hash the whole table (the pitfall of docs/adr/007).
  with recursive thread as (
      select c as row, int4send((row_number() over (order by c.created_at, c.id))::int) as reading_order
      from public.comment c
      where c.post_id = p.id and c.parent_id is null
    union all
      select r.row, t.reading_order || int4send(r.sibling)
      from thread t
      cross join lateral (
        select c as row, (row_number() over (order by c.created_at, c.id))::int as sibling
        from public.comment c
        where c.parent_id = (t.row).id
      ) r
  )
  select (t.row).* from thread t order by t.reading_order
$$;
comment on function public.post_thread(public.post) is
  'Every comment of the post, depth-first (each reply right after its parent), siblings oldest first.';

-- W4 for PostGraphile: the same statement as Inkwell's search (rank over every match, ts_headline
-- on the page's rows only), as a function that PostGraphile exposes as Query.searchPosts.
drop function if exists bench.search_posts(text, integer);
drop type if exists bench.search_hit;
create type bench.search_hit as (post_id bigint, title text, rank real, snippet text);

create function bench.search_posts(query text, result_limit integer default 21) returns setof bench.search_hit
language sql stable
as $$
  with q as (select websearch_to_tsquery('english', query) as tsquery),
  page as (
    select p.id, ts_rank(p.search, q.tsquery) as rank
    from public.post p, q
    where p.search @@ q.tsquery
    order by rank desc, p.id desc
    limit result_limit
  )
  select p.id, p.title, page.rank,
         ts_headline('english', replace(replace(replace(p.body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), q.tsquery,
                     'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "')
  from page join public.post p on p.id = page.id, q
  order by page.rank desc, page.id desc
$$;
