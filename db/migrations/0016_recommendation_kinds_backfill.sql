-- Kinds and titles for what was stored before nodes had a kind (issue 13).
-- 1. Background: a node whose title names a background section (基本情况、情况分析、
--    存在问题、主要做法 …), and everything under it.
WITH RECURSIVE bg AS (
  SELECT id FROM recommendations
  WHERE char_length(regexp_replace(title, '[。:：]$', '')) <= 20
    AND regexp_replace(title, '[。:：]$', '') ~ '^.{0,4}?(基本情况|总体情况|有关情况|情况分析|现状分析|发展现状|现状|存在的?(主要|突出)?问题|主要问题|突出问题|问题分析|问题和不足|问题与不足|存在的?不足|困难和问题|主要做法|工作开展情况|开展情况|调研情况|工作情况|主要成效|取得的成效|工作成效|成效和问题|面临的(困难|挑战|问题)|原因分析|背景|问题)(及(原因|成因)(分析)?)?$'
  UNION
  SELECT r.id FROM recommendations r JOIN bg ON r.parent_id = bg.id
)
UPDATE recommendations SET kind = 'background' WHERE id IN (SELECT id FROM bg);--> statement-breakpoint
-- 2. Headings: the other nodes that hold nodes.
UPDATE recommendations SET kind = 'heading' WHERE kind = 'recommendation' AND NOT is_leaf;--> statement-breakpoint
-- 3. Titles that are only a "由X牵头" / "X配合" clause take the first clause of the text that says what to do.
UPDATE recommendations r SET title = c.clause
FROM (
  SELECT r2.id, (
    SELECT left(btrim(x), 40) FROM regexp_split_to_table(r2.text, '[，,。；;！？!?\n]') WITH ORDINALITY AS s(x, n)
    WHERE btrim(x) <> ''
      AND btrim(x) !~ '^(建议|同时|并|请)?(由|请)?.{0,40}(牵头|负责|统筹|主抓|配合|协助|参与|协同)$'
      AND btrim(x) !~ '^(建议|为此|同时|此外|另外|其次|首先|最后|对此|因此|具体|一方面|另一方面)$'
    ORDER BY n LIMIT 1
  ) AS clause
  FROM recommendations r2
  WHERE r2.kind = 'recommendation'
    AND r2.title ~ '^(建议|同时|并|请)?(由|请)?.{0,40}(牵头|负责|统筹|主抓|配合|协助|参与|协同)$'
) c
WHERE c.id = r.id AND c.clause IS NOT NULL;
