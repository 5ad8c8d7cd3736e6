// What every form does when it is sent, in one place: check it, refuse a second send while one is
// on its way, place a server error beside the field it names (or above the form), flash what was
// saved, and hand a version conflict to the form that knows how to show it. Plain state in and
// out, so the rules run (and are tested) without Solid; createFormSubmit.ts gives it signals.

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/** A server error, placed: the field it concerns (null for the whole form) and its code. */
export interface PlacedError<F extends string> {
  field: F | null;
  message: string;
  code?: string | null;
}

export interface FormSubmitState<F extends string> {
  /** True while a send is on its way: the submit buttons are disabled and a second send ignored. */
  busy: boolean;
  errors: FieldErrors<F>;
  /** An error about the whole form, shown in the error summary without a link. */
  formError: string | null;
  /** The "saved" message, until the next send. */
  saved: string | null;
  /** Counts failed tries: the error summary takes focus each time it changes. */
  attempt: number;
}

export const idleFormState = <F extends string>(): FormSubmitState<F> => ({ busy: false, errors: {}, formError: null, saved: null, attempt: 0 });

/** The SQLSTATE a save answers with when the row's version moved on since the form was read. */
export const VERSION_CONFLICT = '40001';

export interface SubmitAction<F extends string, R> {
  /** Problems found before sending; any stops the send. */
  validate?: () => FieldErrors<F>;
  /** Problems the form shows by itself (not as field errors) that also stop the send. */
  blocked?: () => boolean;
  send: () => Promise<R>;
  /** After a successful send; returns the message to flash, if any. */
  done?: (result: R) => string | null | void;
  /** A version conflict: returns a message for above the form, or nothing when the form shows
   *  the conflict itself (the editor's ConflictPanel). Without it a conflict is placed like any error. */
  onConflict?: (placed: PlacedError<F>) => Promise<string | null | void> | string | null | void;
  /** Overrides the form's own placement for this action. */
  placeError?: (e: unknown) => PlacedError<F>;
}

export interface FormSubmitStore<F extends string> {
  get: () => FormSubmitState<F>;
  set: (patch: Partial<FormSubmitState<F>>) => void;
}

export function makeFormSubmit<F extends string>(store: FormSubmitStore<F>, placeError: (e: unknown) => PlacedError<F>) {
  const failed = (patch: Partial<FormSubmitState<F>>) => store.set({ ...patch, attempt: store.get().attempt + 1 });

  /** Sends the form; resolves true when it was sent and accepted. */
  async function submit<R>(action: SubmitAction<F, R>, ev?: Event): Promise<boolean> {
    ev?.preventDefault();
    if (store.get().busy) return false;
    store.set({ formError: null, saved: null });
    const errors = action.validate?.() ?? {};
    store.set({ errors });
    if (Object.keys(errors).length || action.blocked?.()) {
      failed({});
      return false;
    }
    store.set({ busy: true });
    try {
      const result = await action.send();
      store.set({ errors: {}, saved: action.done?.(result) ?? null });
      return true;
    } catch (e) {
      const placed = (action.placeError ?? placeError)(e);
      if (placed.code === VERSION_CONFLICT && action.onConflict) {
        const message = await action.onConflict(placed);
        failed({ formError: message ?? null });
      } else if (placed.field) failed({ errors: { [placed.field]: placed.message } as FieldErrors<F> });
      else failed({ formError: placed.message });
      return false;
    } finally {
      store.set({ busy: false });
    }
  }

  return {
    submit,
    /** Shows errors found outside a send (for example a step the form checks by itself). */
    fail: (errors: FieldErrors<F>, formError: string | null = null) => failed({ errors, formError }),
    clearErrors: () => store.set({ errors: {} }),
    flash: (message: string | null) => store.set({ saved: message }),
  };
}
