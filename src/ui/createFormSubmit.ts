// makeFormSubmit with its state in a Solid store, and the error summary's list built from it.
// The caller passes how a server error is placed (src/ui/serverError.ts's placeServerError, or its
// own wording), so this module knows nothing of the backend.
import { createStore } from 'solid-js/store';
import type { SummaryError } from './ErrorSummary';
import { idleFormState, makeFormSubmit, type PlacedError } from './formSubmit';

export function createFormSubmit<F extends string>(options: {
  placeError: (e: unknown) => PlacedError<F>;
  /** The fields in page order, and each one's control id, for the error summary's links. */
  fields: readonly F[];
  idOf: (field: F) => string;
}) {
  const [state, setState] = createStore(idleFormState<F>());
  const core = makeFormSubmit<F>({ get: () => state, set: setState }, options.placeError);
  return {
    ...core,
    busy: () => state.busy,
    errors: () => state.errors,
    formError: () => state.formError,
    saved: () => state.saved,
    attempt: () => state.attempt,
    /** The error summary's entries: field errors linked to their controls, then `extra`, then the form's. */
    summary: (extra: readonly SummaryError[] = []): SummaryError[] => [
      ...options.fields.filter((f) => state.errors[f]).map((f) => ({ href: options.idOf(f), message: state.errors[f]! })),
      ...extra,
      ...(state.formError ? [{ message: state.formError }] : []),
    ],
  };
}

export type FormSubmit<F extends string> = ReturnType<typeof createFormSubmit<F>>;
