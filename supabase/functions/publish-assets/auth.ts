// Who may start a publish: whoever sends PUBLISH_SECRET in x-publish-secret (see _shared/secret.ts).

export { isAuthorised } from '../_shared/secret.ts';
export const SECRET_HEADER = 'x-publish-secret';
