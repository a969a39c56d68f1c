ALTER TABLE `plays` ADD `answered_at` integer;--> statement-breakpoint
ALTER TABLE `plays` ADD `ended_by` text;