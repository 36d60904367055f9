-- Version 8 (issue 12, sign-in throttling). Portable between H2 2.x and PostgreSQL 15+ like the others.
-- admin_login_failure now holds two kinds of counter (dev.roster.admin.auth.ThrottleKeys): a client address
-- across usernames, and one username from one address. An attempt is counted before its password is checked
-- (LoginFailureTable.claim); checks_running is how many counted attempts are still being checked, so that once
-- the free failures are used up no further check starts until the running ones have failed or succeeded.
ALTER TABLE admin_login_failure ADD COLUMN checks_running INTEGER DEFAULT 0 NOT NULL;
