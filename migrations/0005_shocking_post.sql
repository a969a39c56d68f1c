PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_plays` (
	`id` text PRIMARY KEY NOT NULL,
	`quiz_code` text NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`token_hash` text NOT NULL,
	`score` integer DEFAULT 0 NOT NULL,
	`correct_count` integer DEFAULT 0 NOT NULL,
	`answered_count` integer DEFAULT 0 NOT NULL,
	`question_count` integer NOT NULL,
	`streak` integer DEFAULT 0 NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`served_at` integer NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text,
	`duration_ms` integer,
	FOREIGN KEY (`quiz_code`) REFERENCES `quizzes`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_plays`("id", "quiz_code", "name", "name_key", "token_hash", "score", "correct_count", "answered_count", "question_count", "streak", "position", "served_at", "started_at", "finished_at", "duration_ms") SELECT "id", "quiz_code", "name", "name_key", "token_hash", "score", "correct_count", "answered_count", "question_count", "streak", "position", "served_at", "started_at", "finished_at", "duration_ms" FROM `plays`;--> statement-breakpoint
DROP TABLE `plays`;--> statement-breakpoint
ALTER TABLE `__new_plays` RENAME TO `plays`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
-- drizzle-kit 0.31 quotes the index's two expressions as names when it rebuilds a table; they are written as 0000_init.sql has them.
CREATE INDEX `plays_quiz_rank` ON `plays` (`quiz_code`,"score" desc,"correct_count" desc,`duration_ms`,`name`,`finished_at`) WHERE "plays"."finished_at" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX `plays_quiz_name` ON `plays` (`quiz_code`,`name_key`);--> statement-breakpoint
CREATE TABLE `__new_questions` (
	`id` text PRIMARY KEY NOT NULL,
	`briefing_id` text NOT NULL,
	`idx` integer NOT NULL,
	`statement_id` text NOT NULL,
	`kind` text NOT NULL,
	`prompt` text NOT NULL,
	`choices` text NOT NULL,
	`answer_id` text NOT NULL,
	`explanation` text NOT NULL,
	`difficulty` real NOT NULL,
	`generator_version` text NOT NULL,
	FOREIGN KEY (`briefing_id`) REFERENCES `briefings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_questions`("id", "briefing_id", "idx", "statement_id", "kind", "prompt", "choices", "answer_id", "explanation", "difficulty", "generator_version") SELECT "id", "briefing_id", "idx", "statement_id", "kind", "prompt", "choices", "answer_id", "explanation", "difficulty", "generator_version" FROM `questions`;--> statement-breakpoint
DROP TABLE `questions`;--> statement-breakpoint
ALTER TABLE `__new_questions` RENAME TO `questions`;--> statement-breakpoint
CREATE UNIQUE INDEX `questions_briefing_idx` ON `questions` (`briefing_id`,`idx`);--> statement-breakpoint
CREATE TABLE `__new_quiz_briefings` (
	`quiz_code` text NOT NULL,
	`briefing_id` text NOT NULL,
	PRIMARY KEY(`quiz_code`, `briefing_id`),
	FOREIGN KEY (`quiz_code`) REFERENCES `quizzes`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_quiz_briefings`("quiz_code", "briefing_id") SELECT "quiz_code", "briefing_id" FROM `quiz_briefings`;--> statement-breakpoint
DROP TABLE `quiz_briefings`;--> statement-breakpoint
ALTER TABLE `__new_quiz_briefings` RENAME TO `quiz_briefings`;--> statement-breakpoint
CREATE INDEX `quiz_briefings_briefing` ON `quiz_briefings` (`briefing_id`);--> statement-breakpoint
CREATE TABLE `__new_quiz_questions` (
	`id` text PRIMARY KEY NOT NULL,
	`quiz_code` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`prompt` text NOT NULL,
	`choices` text NOT NULL,
	`answer_id` text NOT NULL,
	`explanation` text NOT NULL,
	`briefing_id` text NOT NULL,
	`statement_id` text NOT NULL,
	`source_text` text NOT NULL,
	FOREIGN KEY (`quiz_code`) REFERENCES `quizzes`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_quiz_questions`("id", "quiz_code", "position", "kind", "prompt", "choices", "answer_id", "explanation", "briefing_id", "statement_id", "source_text") SELECT "id", "quiz_code", "position", "kind", "prompt", "choices", "answer_id", "explanation", "briefing_id", "statement_id", "source_text" FROM `quiz_questions`;--> statement-breakpoint
DROP TABLE `quiz_questions`;--> statement-breakpoint
ALTER TABLE `__new_quiz_questions` RENAME TO `quiz_questions`;--> statement-breakpoint
CREATE UNIQUE INDEX `quiz_questions_position` ON `quiz_questions` (`quiz_code`,`position`);--> statement-breakpoint
CREATE TABLE `__new_roster_seats` (
	`id` text PRIMARY KEY NOT NULL,
	`quiz_code` text NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	FOREIGN KEY (`quiz_code`) REFERENCES `quizzes`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_roster_seats`("id", "quiz_code", "name", "token_hash") SELECT "id", "quiz_code", "name", "token_hash" FROM `roster_seats`;--> statement-breakpoint
DROP TABLE `roster_seats`;--> statement-breakpoint
ALTER TABLE `__new_roster_seats` RENAME TO `roster_seats`;--> statement-breakpoint
CREATE UNIQUE INDEX `roster_seats_token` ON `roster_seats` (`token_hash`);--> statement-breakpoint
CREATE INDEX `roster_seats_quiz` ON `roster_seats` (`quiz_code`);--> statement-breakpoint
CREATE TABLE `__new_statements` (
	`id` text PRIMARY KEY NOT NULL,
	`briefing_id` text NOT NULL,
	`idx` integer NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`briefing_id`) REFERENCES `briefings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_statements`("id", "briefing_id", "idx", "text") SELECT "id", "briefing_id", "idx", "text" FROM `statements`;--> statement-breakpoint
DROP TABLE `statements`;--> statement-breakpoint
ALTER TABLE `__new_statements` RENAME TO `statements`;--> statement-breakpoint
CREATE UNIQUE INDEX `statements_briefing_idx` ON `statements` (`briefing_id`,`idx`);