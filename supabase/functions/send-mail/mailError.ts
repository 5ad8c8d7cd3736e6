// A failure to hand a message over. `permanent`: the service refused this message or address, so
// trying again cannot help; otherwise it is tried again later.

export class MailError extends Error {
  constructor(
    message: string,
    readonly code: number | null,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'MailError';
  }
}
