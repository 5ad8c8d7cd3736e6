// Supabase Edge Function: writes published.json (every published listing, as residents see them)
// to the Storage bucket when the published set has changed. Called every minute by the schedule
// in supabase/deploy/schedule-publish.sql; see handler.ts for the request it expects.

import { readConfig } from './config.ts';
import { connect } from './database.ts';
import { createHandler } from './handler.ts';

Deno.serve(createHandler({ config: readConfig((name) => Deno.env.get(name)), connect, fetch }));
