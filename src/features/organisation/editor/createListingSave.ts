// The listing editor's actions: save as a draft, submit or publish, save over someone else's
// version after a conflict, load theirs instead, and restore an archived listing. All of them go
// through one createFormSubmit, so busy, errors and the "saved" banner behave the same.
import { useNavigate } from '@solidjs/router';
import { createSignal } from 'solid-js';
import type { Asset } from '../../../domain/types';
import { useBackend } from '../../../app/BackendProvider';
import { createFormSubmit } from '../../../ui/createFormSubmit';
import { placeServerError } from '../../../app/serverError';
import type { OrgContext } from '../OrganisationFrame';
import { written } from '../../../app/data/liveData';
import { orgPaths } from '../../../app/paths';
import { ASSET_FORM_FIELDS, assetFieldId, formFromAsset, inputFromForm, type AssetForm } from './assetForm';
import type { ListingForm } from './createListingForm';
import type { HoursRowError } from './OpeningHoursEditor';

export function createListingSave(ctx: OrgContext, listing: ListingForm) {
  const { backend } = useBackend();
  const navigate = useNavigate();
  const sending = createFormSubmit({ placeError: (e) => placeServerError(e, ASSET_FORM_FIELDS), fields: ASSET_FORM_FIELDS, idOf: assetFieldId });
  const [hoursRowErrors, setHoursRowErrors] = createSignal<HoursRowError[]>([]);
  // Row errors of the hours editor show only once a save was tried.
  const [tried, setTried] = createSignal(false);
  const [conflict, setConflict] = createSignal<{ latest: Asset; mine: AssetForm } | null>(null);
  // What was typed before loading their version, kept on the page to copy from.
  const [kept, setKept] = createSignal<AssetForm | null>(null);
  const trusted = () => ctx.org().status === 'verified' && ctx.org().auto_publish;

  function savedMessage(a: Asset, submit: boolean): string {
    if (a.status === 'published' && a.pending_changes) return 'Changes sent for review. Residents see the published version until a moderator approves them.';
    if (a.status === 'published') return submit || trusted() ? 'Published. Residents can see it now.' : 'Saved.';
    if (a.status === 'pending') return submit ? 'Submitted for review. A council moderator will check it.' : 'Saved. It is still waiting for review.';
    return 'Saved as a draft. Only your organisation can see it.';
  }

  /** Saves (and with `submit`, sends for review or publishes); `overwriteFrom` saves over that version. */
  function save(submit: boolean, overwriteFrom?: Asset) {
    const from = overwriteFrom ?? listing.base();
    const { form } = listing;
    return sending.submit({
      validate: () => {
        setTried(true);
        return listing.clientErrors();
      },
      blocked: () => hoursRowErrors().length > 0,
      send: async () => {
        const result = await backend.api.saveAsset(inputFromForm(form, ctx.orgId, from?.id, from?.version));
        return submit && (result.status === 'draft' || result.status === 'rejected') ? backend.api.submitAsset(result) : result;
      },
      done: (result) => {
        listing.savedAs(result);
        setConflict(null);
        void written('listing');
        const message = savedMessage(result, submit);
        if (from) return message;
        navigate(orgPaths.asset(ctx.orgId, result.id), { state: { flash: message } });
      },
      // Only an existing listing has a version to lose a race over.
      onConflict: from
        ? async (placed) => {
            try {
              const latest = await backend.api.asset(from.id);
              if (!latest) return 'This listing no longer exists, or you can no longer edit it.';
              setConflict({ latest, mine: JSON.parse(JSON.stringify(form)) as AssetForm });
            } catch (e) {
              return `${placed.message}. The latest version could not be loaded: ${(e as Error).message}`;
            }
          }
        : undefined,
    });
  }

  function loadTheirs() {
    const c = conflict();
    if (!c) return;
    setKept(c.mine);
    listing.replace(formFromAsset(c.latest));
    listing.savedAs(c.latest);
    setConflict(null);
    sending.clearErrors();
  }

  function restore() {
    const b = listing.base();
    if (!b) return;
    return sending.submit({
      send: () => backend.api.restoreAsset(b),
      done: (r) => {
        listing.savedAs(r);
        void written('listing');
        if (r.status === 'published') return 'Restored. Residents can see it again.';
        if (r.status === 'pending') return 'Restored and sent for review. Residents see it again once a moderator approves it.';
        return 'Restored as a draft. Submit it for review to publish it again.';
      },
      placeError: (e) => ({ field: null, message: (e as Error).message }),
    });
  }

  return { sending, save, restore, loadTheirs, conflict, kept, dismissKept: () => setKept(null), trusted, tried, hoursRowErrors, setHoursRowErrors };
}
