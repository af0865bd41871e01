-- PostGraphile v5 only lets a connection filter or sort on a column with a full (not partial)
-- index, and only exposes a backward relation whose foreign key has one. Inkwell's comment
-- indexes are partial (top-level comments by post, replies by parent), so W1's comments
-- (condition parentId: null, order CREATED_AT_ASC, ROW_ID_ASC) would not exist in v5's schema.
-- The smart tag @isIndexed lifts the check without adding an index (which would change what
-- every contender's writes cost). Benchmark-only, set by bench/run.sh, never in db-changelog/;
-- v4 ignores these tags (it exposes every column and relation by default).
comment on column public.comment.parent_id is E'@isIndexed';
comment on column public.comment.created_at is E'@isIndexed';
comment on constraint comment_post_id_fkey on public.comment is E'@isIndexed';
