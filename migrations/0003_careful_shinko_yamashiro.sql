ALTER TABLE `quizzes` ADD `leaderboard_briefing_id` text;--> statement-breakpoint
CREATE INDEX `quizzes_leaderboard_briefing` ON `quizzes` (`leaderboard_briefing_id`);