PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_answers` (
	`play_id` text NOT NULL,
	`position` integer NOT NULL,
	`question_id` text NOT NULL,
	`choice_id` text,
	`correct` integer NOT NULL,
	`points` integer NOT NULL,
	`elapsed_ms` integer NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`play_id`, `position`),
	FOREIGN KEY (`play_id`) REFERENCES `plays`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_answers`("play_id", "position", "question_id", "choice_id", "correct", "points", "elapsed_ms", "created_at") SELECT "play_id", "position", "question_id", "choice_id", "correct", "points", "elapsed_ms", "created_at" FROM `answers`;--> statement-breakpoint
DROP TABLE `answers`;--> statement-breakpoint
ALTER TABLE `__new_answers` RENAME TO `answers`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
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
	FOREIGN KEY (`briefing_id`) REFERENCES `briefings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_questions`("id", "briefing_id", "idx", "statement_id", "kind", "prompt", "choices", "answer_id", "explanation", "difficulty", "generator_version") SELECT "id", "briefing_id", "idx", "statement_id", "kind", "prompt", "choices", "answer_id", "explanation", "difficulty", "generator_version" FROM `questions`;--> statement-breakpoint
DROP TABLE `questions`;--> statement-breakpoint
ALTER TABLE `__new_questions` RENAME TO `questions`;--> statement-breakpoint
CREATE UNIQUE INDEX `questions_briefing_idx` ON `questions` (`briefing_id`,`idx`);