CREATE TABLE `roster_seats` (
	`id` text PRIMARY KEY NOT NULL,
	`quiz_code` text NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `roster_seats_token` ON `roster_seats` (`token_hash`);--> statement-breakpoint
CREATE INDEX `roster_seats_quiz` ON `roster_seats` (`quiz_code`);--> statement-breakpoint
ALTER TABLE `quizzes` ADD `roster_size` integer DEFAULT 0 NOT NULL;