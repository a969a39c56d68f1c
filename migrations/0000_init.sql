CREATE TABLE `answers` (
	`play_id` text NOT NULL,
	`position` integer NOT NULL,
	`question_id` text NOT NULL,
	`choice_id` text,
	`correct` integer NOT NULL,
	`points` integer NOT NULL,
	`elapsed_ms` integer NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`play_id`, `position`)
);
--> statement-breakpoint
CREATE TABLE `briefings` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`date` text,
	`summary` text NOT NULL,
	`statement_count` integer NOT NULL,
	`question_count` integer NOT NULL,
	`listed` integer DEFAULT false NOT NULL,
	`teacher_key_hash` text NOT NULL,
	`facts` text DEFAULT '{}' NOT NULL,
	`public_quiz_code` text,
	`generator_version` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `briefings_listed_date` ON `briefings` (`listed`,`date`,`created_at`);--> statement-breakpoint
CREATE TABLE `plays` (
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
	`duration_ms` integer
);
--> statement-breakpoint
CREATE INDEX `plays_quiz_rank` ON `plays` (`quiz_code`,"score" desc,"correct_count" desc,`duration_ms`,`name`,`finished_at`) WHERE "plays"."finished_at" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX `plays_quiz_name` ON `plays` (`quiz_code`,`name_key`);--> statement-breakpoint
CREATE TABLE `questions` (
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
	`generator_version` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `questions_briefing_idx` ON `questions` (`briefing_id`,`idx`);--> statement-breakpoint
CREATE TABLE `quiz_briefings` (
	`quiz_code` text NOT NULL,
	`briefing_id` text NOT NULL,
	PRIMARY KEY(`quiz_code`, `briefing_id`)
);
--> statement-breakpoint
CREATE INDEX `quiz_briefings_briefing` ON `quiz_briefings` (`briefing_id`);--> statement-breakpoint
CREATE TABLE `quiz_questions` (
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
	`source_text` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `quiz_questions_position` ON `quiz_questions` (`quiz_code`,`position`);--> statement-breakpoint
CREATE TABLE `quizzes` (
	`code` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`briefing_ids` text NOT NULL,
	`question_count` integer NOT NULL,
	`time_limit_sec` integer NOT NULL,
	`mode` text NOT NULL,
	`scoring` text NOT NULL,
	`briefing_first` integer DEFAULT false NOT NULL,
	`closed` integer DEFAULT false NOT NULL,
	`closes_at` text,
	`teacher_key_hash` text NOT NULL,
	`play_count` integer DEFAULT 0 NOT NULL,
	`finished_count` integer DEFAULT 0 NOT NULL,
	`player_cap` integer DEFAULT 500 NOT NULL,
	`created_at` text NOT NULL,
	CONSTRAINT "quizzes_player_cap" CHECK("quizzes"."play_count" <= "quizzes"."player_cap")
);
--> statement-breakpoint
CREATE TABLE `statements` (
	`id` text PRIMARY KEY NOT NULL,
	`briefing_id` text NOT NULL,
	`idx` integer NOT NULL,
	`text` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `statements_briefing_idx` ON `statements` (`briefing_id`,`idx`);