CREATE INDEX "audit_log_event_action_at_idx" ON "audit_log" USING btree ("event_id","action","at");--> statement-breakpoint
CREATE INDEX "audit_log_event_entity_at_idx" ON "audit_log" USING btree ("event_id","entity_type","at");--> statement-breakpoint
CREATE INDEX "audit_log_event_actor_at_idx" ON "audit_log" USING btree ("event_id","actor_id","at");