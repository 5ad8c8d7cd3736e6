// Where a database error belongs on a form: beside the field it names (ApiError.field, from the
// constraint `<table>_<field>_check` or a `field=` hint), or above the form when it names none.
import { ApiError } from '../backend/transport';
import { residentErrorMessage } from './residentErrors';

export interface PlacedError<F extends string> {
  field: F | null;
  message: string;
  code: string | null;
}

export function placeServerError<F extends string>(e: unknown, fields: readonly F[], aliases: Record<string, F> = {}): PlacedError<F> {
  const err = e instanceof ApiError ? e : null;
  const message = err?.message ?? (e instanceof Error ? e.message : String(e));
  const raw = err?.field ?? null;
  const field = raw == null ? null : (aliases[raw] ?? ((fields as readonly string[]).includes(raw) ? (raw as F) : null));
  return { field, message, code: err?.code ?? null };
}

/** The same, for a form residents fill in: the message in the language they chose (residentErrors.ts). */
export function placeResidentError<F extends string>(e: unknown, fields: readonly F[]): PlacedError<F> {
  return { ...placeServerError(e, fields), message: residentErrorMessage(e) };
}
