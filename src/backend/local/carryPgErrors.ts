// PGliteWorker hands a failed query to the tab as `new Error(message)`: the SQLSTATE, constraint,
// column and hint that ApiError needs (a 40001 version conflict, a field's check constraint)
// would be lost at the worker boundary. The worker therefore appends them to the message, and
// toApiError takes them off again, so both transports raise the same ApiError.

const MARK = '\u0001cg-pg-error:';
const FIELDS = ['code', 'constraint', 'column', 'hint', 'detail', 'table'] as const;
export type CarriedFields = Partial<Record<(typeof FIELDS)[number], string>>;

export function encodePgError(e: unknown): unknown {
  if (!(e instanceof Error)) return e;
  const src = e as Error & CarriedFields;
  const fields: CarriedFields = {};
  for (const f of FIELDS) if (typeof src[f] === 'string') fields[f] = src[f];
  if (!fields.code || e.message.includes(MARK)) return e;
  return new Error(`${e.message}${MARK}${JSON.stringify(fields)}`);
}

/** The readable message and the fields carried with it; null when nothing was carried. */
export function decodePgError(message: string): { message: string; fields: CarriedFields } | null {
  const at = message.indexOf(MARK);
  if (at < 0) return null;
  try {
    return { message: message.slice(0, at), fields: JSON.parse(message.slice(at + MARK.length)) as CarriedFields };
  } catch {
    return { message: message.slice(0, at), fields: {} };
  }
}

type ProtocolMethod = 'execProtocol' | 'execProtocolStream';

/** Makes the worker's PGlite carry error fields on every protocol call the tabs make. */
export function carryPgErrors<T extends Record<ProtocolMethod, (...args: never[]) => Promise<unknown>>>(db: T): T {
  // Tabs run queries through execProtocolStream (PGlite 0.5); execProtocol for older callers.
  for (const name of ['execProtocol', 'execProtocolStream'] as const) {
    const run = db[name].bind(db) as (...args: unknown[]) => Promise<unknown>;
    db[name] = (async (...args: unknown[]) => {
      try {
        return await run(...args);
      } catch (e) {
        throw encodePgError(e);
      }
    }) as unknown as T[typeof name];
  }
  return db;
}
