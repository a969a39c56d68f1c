CREATE TABLE `live_games` (
	`code` text PRIMARY KEY NOT NULL,
	`quiz_code` text NOT NULL,
	`created_at` text NOT NULL,
	`ended_at` text,
	`player_count` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`quiz_code`) REFERENCES `quizzes`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `live_games_quiz` ON `live_games` (`quiz_code`);