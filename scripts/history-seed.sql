-- Fills an empty Legwork store with YEARS (a parameter: .parameter set :years 10) of generated
-- training up to now: strength on Mondays and Thursdays (5 exercises x 3 sets), a stretch routine
-- on Saturdays, one week in 13 missed. Deterministic; used by scripts/bench-history and the
-- end-to-end history test.
WITH RECURSIVE d(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < :years * 365),
start(t) AS (SELECT (CAST(strftime('%s', 'now') AS INTEGER) / 86400 - :years * 365) * 86400)
INSERT INTO session (kind, title, started_at, utc_offset, ended_at, status, planned_seconds)
SELECT CASE WHEN n % 7 = 5 THEN 'stretch' ELSE 'strength' END,
       CASE WHEN n % 7 = 5 THEN '15-minute stretch' WHEN n % 7 = 0 THEN 'Strength A' ELSE 'Strength B' END,
       t + n * 86400 + 6 * 3600, 3600,
       t + n * 86400 + 6 * 3600 + CASE WHEN n % 7 = 5 THEN 900 ELSE 1800 + (n % 3) * 300 END,
       'completed', CASE WHEN n % 7 = 5 THEN 900 ELSE 1800 END
FROM d, start WHERE n % 7 IN (0, 3, 5) AND (n / 7) % 13 != 5;

WITH RECURSIVE k(s) AS (SELECT 1 UNION ALL SELECT s + 1 FROM k WHERE s < 3),
e(i, ex) AS (VALUES (0, 'split_squat'), (1, 'sl_rdl'), (2, 'goblet_squat'), (3, 'step_up'), (4, 'side_plank'))
INSERT INTO set_log (session_id, exercise_id, set_number, side, reps, seconds, load_kg, rir, pain, started_at, ended_at)
SELECT session.id, ex, s, 'both',
       CASE WHEN i = 4 THEN NULL ELSE 8 + (session.id / 2) % 3 END,
       CASE WHEN i = 4 THEN 20 + (session.id / 6) % 5 * 5 ELSE NULL END,
       CASE WHEN i IN (0, 1, 2) THEN 8 + i * 4 + ((session.id / 8) % 12) * 1.5 + session.id / 150 ELSE NULL END,
       2, CASE WHEN session.id % 37 = 0 THEN 6 WHEN session.id % 5 = 0 THEN 2 ELSE 0 END,
       session.started_at + i * 300 + s * 90, session.started_at + i * 300 + s * 90 + 45
FROM session, k, e WHERE session.kind = 'strength';
