// Supabase Edge Function: the public Open Referral UK feed, e.g.
// https://<ref>.supabase.co/functions/v1/oruk/services. See handler.ts for what it answers.

import { connect } from './database.ts';
import { createOrukHandler, type OrukDb } from './handler.ts';

const url = Deno.env.get('SUPABASE_DB_URL');
// Supabase sets SUPABASE_DB_URL on every function; without it each request is a 500 saying nothing internal.
const unconfigured: OrukDb = { call: () => Promise.reject(new Error('SUPABASE_DB_URL is not set')) };

Deno.serve(createOrukHandler(url ? connect(url) : unconfigured));
