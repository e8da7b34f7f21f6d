-- Notices written before 0024 do not say what they ask about (about_type is null), so the
-- answers that settle newer ones (settleNoticesAbout) never reach them and they stay unread.
-- 1. Say what they are about where the database shows it exactly: the notice was written in
--    the transaction that created its subject, so its created_at equals the swap's created_at
--    (duty_swaps) or the assignments' assigned_at (report recommendations); a match counts
--    only when it names one swap / one report.
UPDATE "notifications" AS n SET "about_type" = 'duty_swap', "about_id" = m."id"
FROM (
  SELECT s."target_id", s."created_at", min(s."id") AS "id"
  FROM "duty_swaps" AS s
  GROUP BY s."target_id", s."created_at"
  HAVING count(*) = 1
) AS m
WHERE n."about_type" IS NULL AND starts_with(n."subject", '换班申请：')
  AND n."user_id" = m."target_id" AND n."created_at" = m."created_at";
--> statement-breakpoint
UPDATE "notifications" AS n SET "about_type" = 'report_assignment', "about_id" = m."document_id"
FROM (
  SELECT u."id" AS "user_id", a."assigned_at", min(r."document_id") AS "document_id"
  FROM "assignments" AS a
  JOIN "recommendations" AS r ON r."id" = a."recommendation_id"
  JOIN "users" AS u ON u."department_id" = a."department_id"
  GROUP BY u."id", a."assigned_at"
  HAVING count(DISTINCT r."document_id") = 1
) AS m
WHERE n."about_type" IS NULL AND starts_with(n."subject", '新交办调研报告建议 ')
  AND n."user_id" = m."user_id" AND n."created_at" = m."assigned_at";
--> statement-breakpoint
-- 2. Settle those already answered, as the domain functions would have: a swap no longer
--    pending (answered, withdrawn, or gone with its shift); a report none of whose
--    recommendations still waits for the reader's department to sign.
UPDATE "notifications" AS n SET "read_at" = now()
WHERE n."read_at" IS NULL AND n."about_type" = 'duty_swap'
  AND NOT EXISTS (SELECT 1 FROM "duty_swaps" AS s WHERE s."id" = n."about_id" AND s."status" = 'pending');
--> statement-breakpoint
UPDATE "notifications" AS n SET "read_at" = now()
FROM "users" AS u
WHERE n."read_at" IS NULL AND n."about_type" = 'report_assignment' AND u."id" = n."user_id"
  AND NOT EXISTS (
    SELECT 1 FROM "assignments" AS a JOIN "recommendations" AS r ON r."id" = a."recommendation_id"
    WHERE r."document_id" = n."about_id" AND a."department_id" = u."department_id" AND a."state" = 'assigned'
  );
--> statement-breakpoint
-- 3. Old notices no row could be matched to: settled when nothing of their kind is open for
--    the reader at all (no pending swap asked of them; no report recommendation waiting for
--    their department to sign). Those that might still be open stay unread.
UPDATE "notifications" AS n SET "read_at" = now()
WHERE n."read_at" IS NULL AND n."about_type" IS NULL AND starts_with(n."subject", '换班申请：')
  AND NOT EXISTS (SELECT 1 FROM "duty_swaps" AS s WHERE s."target_id" = n."user_id" AND s."status" = 'pending');
--> statement-breakpoint
UPDATE "notifications" AS n SET "read_at" = now()
FROM "users" AS u
WHERE n."read_at" IS NULL AND n."about_type" IS NULL AND starts_with(n."subject", '新交办调研报告建议 ') AND u."id" = n."user_id"
  AND NOT EXISTS (
    SELECT 1 FROM "assignments" AS a
    WHERE a."department_id" = u."department_id" AND a."state" = 'assigned' AND a."recommendation_id" IS NOT NULL
  );
