-- Benchmark-only objects, in schema bench of the benchmark database (never in db-changelog/:
-- Inkwell does not need them). Run by bench/run.sh after seeding; safe to run again.
create schema if not exists bench;

-- Search words for W4: words in 5-20 % of the posts (2,500-10,000 at scale 1): common, so
-- ranking has real work, but not in every post. Lexemes that stem to themselves, so the query
-- finds exactly them. pgbench and the wrk scripts pick one at random by k.
drop table if exists bench.search_word;
create table bench.search_word as
select row_number() over (order by s.ndoc desc, s.word)::int as k, s.word, s.ndoc
from ts_stat('select search from post') s
where s.ndoc between 0.05 * (select count(*) from post) and 0.20 * (select count(*) from post)
  and length(s.word) >= 4
  and websearch_to_tsquery('english', s.word)::text = quote_literal(s.word)
order by s.ndoc desc, s.word
limit 40;
