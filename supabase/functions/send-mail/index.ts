// Supabase Edge Function: delivers the outbox (app.outbox) through SMTP or an HTTP mail API.
// Called every minute by supabase/deploy/schedule-send-mail.sql while messages are due; see
// handler.ts for the request it expects and config.ts for its settings.

import { readConfig } from './config.ts';
import { connect } from './database.ts';
import { createHandler } from './handler.ts';

Deno.serve(createHandler({ config: readConfig((name) => Deno.env.get(name)), connect, fetch }));
