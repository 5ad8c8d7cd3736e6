// The listing editor: every field of an asset, checked as the database checks it, saved as a
// draft or submitted for review. A save carries the version it started from; when someone else
// saved first, the ConflictPanel explains it and nothing typed is lost. What is typed is kept in
// this browser until it is saved (createListingForm.ts), so a reload or a closed tab loses nothing.
import { Show, untrack } from 'solid-js';
import type { Asset } from '../../../domain/types';
import { useBackend } from '../../../app/BackendProvider';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { FlashBanner } from '../../../ui/FlashBanner';
import { RestoredDraftNotice } from '../../../ui/RestoredDraftNotice';
import { stickyBottomBar } from '../../../ui/stickyBottomBar';
import type { OrgContext } from '../OrganisationFrame';
import { StatusTag } from '../StatusTag';
import { assetFieldId, formFromAsset } from './assetForm';
import { AudienceFields } from './AudienceFields';
import { CategoryFields } from './CategoryFields';
import { ChangedSinceDraft, ConflictPanel, KeptText } from './ConflictPanel';
import { ContactFields } from './ContactFields';
import { createListingForm } from './createListingForm';
import { createListingSave } from './createListingSave';
import { ListingBasics } from './ListingBasics';
import { ListingStatusBanners } from './ListingStatusBanners';
import { t } from './i18n';
import { LocationPicker } from './LocationPicker';
import { Choice, FieldSet } from '../../../ui/Field';
import { OpeningHoursEditor } from './OpeningHoursEditor';

export function AssetEditor(props: { ctx: OrgContext; asset: Asset | null }) {
  const { session } = useBackend();
  const listing = createListingForm(
    untrack(() => props.asset),
    untrack(() => props.ctx.orgId),
    () => session()?.user_id,
  );
  const actions = createListingSave(
    untrack(() => props.ctx),
    listing,
  );
  const { form, setForm, base } = listing;
  const { sending } = actions;
  // Fields reached with Tab scroll above the sticky action bar, never behind it.
  const stickToBottom = stickyBottomBar();
  const status = () => base()?.status ?? null;
  // Archived and taken-down listings cannot be edited: the database refuses, so the form says so.
  const locked = () => status() === 'archived' || status() === 'taken_down';
  const categoryLabel = (slug: string) => props.ctx.categoryLabel(slug);
  const sections = {
    form,
    setForm,
    get errors() {
      return sending.errors();
    },
  };

  const submitLabel = () => {
    if (status() === 'published') return actions.trusted() ? t('publishChanges') : t('submitChanges');
    if (status() === 'pending') return t('saveChanges');
    return actions.trusted() ? t('publish') : t('submitForReview');
  };

  return (
    <>
      <h1>{base() ? base()!.name : t('addTitle')}</h1>
      <Show when={base()}>
        {(b) => (
          <p>
            <StatusTag status={b().status} />
          </p>
        )}
      </Show>
      <FlashBanner message={sending.saved()} />
      <ErrorSummary errors={sending.summary(actions.tried() ? actions.hoursRowErrors() : [])} focusKey={sending.attempt()} />
      <RestoredDraftNotice
        savedAt={listing.draftNotice()?.savedAt ?? null}
        onDiscard={() => {
          listing.discardDraft();
          sending.clearErrors();
        }}
      >
        <Show when={listing.sinceDraft}>{(s) => <ChangedSinceDraft {...s()} categoryLabel={categoryLabel} />}</Show>
      </RestoredDraftNotice>
      <Show when={actions.conflict()}>
        {(c) => (
          <ConflictPanel
            base={listing.baseForm()}
            latest={formFromAsset(c().latest)}
            mine={c().mine}
            categoryLabel={categoryLabel}
            busy={sending.busy()}
            onLoadTheirs={actions.loadTheirs}
            onOverwrite={() => void actions.save(false, c().latest)}
          />
        )}
      </Show>
      <Show when={actions.kept()}>{(k) => <KeptText kept={k()} current={form} categoryLabel={categoryLabel} onDismiss={actions.dismissKept} />}</Show>
      <ListingStatusBanners asset={base()} busy={sending.busy()} onRestore={() => void actions.restore()} />
      <form
        novalidate
        aria-busy={sending.busy() || undefined}
        onSubmit={(e) => {
          e.preventDefault();
          void actions.save(true);
        }}
      >
        <fieldset disabled={locked()} class="plain">
          <legend class="visually-hidden">{t('listingDetails')}</legend>
          <ListingBasics {...sections} />
          <CategoryFields {...sections} />

          <h2 class="editor-section">{t('sectionWhere')}</h2>
          <LocationPicker
            values={{ postcode: form.postcode, address: form.address, lat: form.lat, lng: form.lng }}
            set={(f, v) => setForm(f, v)}
            errors={{ postcode: sending.errors().postcode, address: sending.errors().address, lat: sending.errors().lat, lng: sending.errors().lng }}
            idFor={assetFieldId}
            disabled={locked()}
            generalArea={form.private_address}
          />
          <FieldSet id={assetFieldId('private_address')} legend={t('privateAddress')} error={sending.errors().private_address}>
            <Choice
              type="checkbox"
              id="asset-private_address-yes"
              name="private_address"
              value="yes"
              checked={form.private_address}
              onChange={(on) => setForm('private_address', on)}
              label={t('privateAddressLabel')}
              hint={t('privateAddressHint')}
            />
          </FieldSet>

          <h2 class="editor-section">{t('sectionWhen')}</h2>
          <Show when={listing.generation() + 1} keyed>
            <OpeningHoursEditor
              id={assetFieldId('opening_hours')}
              value={form.opening_hours}
              onChange={(v) => setForm('opening_hours', v)}
              error={sending.errors().opening_hours}
              showRowErrors={actions.tried()}
              onRowErrors={actions.setHoursRowErrors}
            />
          </Show>

          <h2 class="editor-section">{t('sectionWho')}</h2>
          <AudienceFields {...sections} />

          <h2 class="editor-section">{t('sectionContact')}</h2>
          <ContactFields {...sections} />
        </fieldset>
        <Show when={!locked()}>
          <div class="button-group sticky-actions" ref={stickToBottom}>
            <button type="submit" disabled={sending.busy()}>
              {submitLabel()}
            </button>
            <Show when={status() === null || status() === 'draft' || status() === 'rejected'}>
              <button type="button" class="secondary" disabled={sending.busy()} onClick={() => void actions.save(false)}>
                {t('saveAsDraft')}
              </button>
            </Show>
          </div>
        </Show>
      </form>
    </>
  );
}
