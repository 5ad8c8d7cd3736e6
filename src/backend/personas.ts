// Sample people for local mode, which has no email sign-in. The seed gives each the same rights
// a real user would get from memberships and staff rows, so the database checks them for real.

export interface Persona {
  id: string;
  label: string;
  /** null for the anonymous resident */
  user_id: string | null;
  email: string | null;
}

export const SAMPLE_ORG_A = '0a000000-0000-4000-8000-00000000000a'; // "Sample: Hindley Community Trust"
export const SAMPLE_ORG_B = '0b000000-0000-4000-8000-00000000000b'; // "Sample: Leigh Food Network"

export const PERSONAS: Persona[] = [
  { id: 'resident', label: 'Resident (not signed in)', user_id: null, email: null },
  { id: 'editor-a', label: 'Editor, Sample: Hindley Community Trust', user_id: 'e0000000-0000-4000-8000-0000000000a1', email: 'editor.a@example.org' },
  { id: 'editor-b', label: 'Editor, Sample: Leigh Food Network', user_id: 'e0000000-0000-4000-8000-0000000000b1', email: 'editor.b@example.org' },
  { id: 'newcomer', label: 'New organisation (no memberships yet)', user_id: 'e0000000-0000-4000-8000-0000000000c1', email: 'newcomer@example.org' },
  { id: 'moderator', label: 'Council moderator', user_id: 'd0000000-0000-4000-8000-000000000001', email: 'moderator@example.gov.uk' },
  { id: 'planner', label: 'Planner (council, NHS, police)', user_id: 'f0000000-0000-4000-8000-000000000001', email: 'planner@example.gov.uk' },
];

/** The claims PostgREST would put in `request.jwt.claims` for this persona. */
export function personaClaims(p: Persona): Record<string, unknown> {
  if (!p.user_id) return { role: 'anon' };
  return { sub: p.user_id, role: 'authenticated', email: p.email, aud: 'authenticated' };
}
