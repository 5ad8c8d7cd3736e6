// For a listing under review, what raw fields do not show: where its pin is (a map, how far it
// moves, and whether it sits near its postcode) and the card residents will see once approved.
import { Show, Suspense, createResource, lazy, type Accessor } from 'solid-js';
import { formatDistance, haversine } from '../../domain/distance';
import type { Asset, Category } from '../../domain/types';
import { loadGeocoder } from '../../lib/loadGeocoder';
import { ResidentPreview } from './ResidentPreview';
import { isGeneralArea } from '../../domain/generalArea';
import { pinMove, proposedListing, residentFeature } from './proposedListing';
import { t } from './i18n';

const PinPreview = lazy(() => import('./PinPreview'));

// Sample pins sit within 60 m of their postcode's point; a pin further than this is probably
// in the wrong place (a typo in the postcode, or a click on the wrong street).
const FAR_FROM_POSTCODE_M = 500;

export function ListingPreview(props: { asset: Asset; categories: Accessor<readonly Category[]>; categoryLabel: (slug: string) => string }) {
  const now = new Date();
  const feature = () => residentFeature(props.asset, now);
  const pin = () => residentFeature(props.asset, now, { exact: true });
  const move = () => pinMove(props.asset);
  const postcode = () => proposedListing(props.asset).postcode;
  const [postcodePoint] = createResource(postcode, async (pc) => {
    try {
      return await (await loadGeocoder()).lookup(pc);
    } catch {
      return null; // the check is a help, not a gate: say nothing rather than fail the page
    }
  });
  const fromPostcode = () => {
    const p = postcodePoint.latest;
    return p ? haversine(p, move().to) : null;
  };
  return (
    <>
      <section class="pin-preview" aria-labelledby="pin-heading">
        <h2 id="pin-heading">{t('pinHeading')}</h2>
        <p>
          <Show when={move().from} fallback={<>{t('pinAt', { lat: move().to.lat.toFixed(5), lng: move().to.lng.toFixed(5) })}</>}>
            <Show when={move().metres > 0} fallback={<>{t('pinStays')}</>}>
              {t('pinMoves', { distance: formatDistance(move().metres) })}
            </Show>
          </Show>{' '}
          <Show when={fromPostcode() !== null && postcode()}>
            <Show
              when={fromPostcode()! < FAR_FROM_POSTCODE_M}
              fallback={<strong class="pin-warning">{t('pinFar', { distance: formatDistance(fromPostcode()!), postcode: postcode() ?? '' })}</strong>}
            >
              {t('pinNear', { distance: formatDistance(fromPostcode()!), postcode: postcode() ?? '' })}
            </Show>
          </Show>
        </p>
        <Show when={isGeneralArea(proposedListing(props.asset))}>
          <p>
            <strong>{t('privateAddressLead')}</strong>
            {t('privateAddress')}
          </p>
        </Show>
        <div class="pin-map">
          <Suspense fallback={<p class="loading">{t('loadingMap')}</p>}>
            <PinPreview feature={pin()} from={move().metres > 0 ? move().from : null} categories={props.categories} />
          </Suspense>
        </div>
      </section>
      <section class="resident-preview-section" aria-labelledby="resident-preview-heading">
        <h2 id="resident-preview-heading">{t('residentPreviewHeading')}</h2>
        <p class="hint">{t('residentPreviewHint')}</p>
        <ResidentPreview feature={feature()} categoryLabel={props.categoryLabel} now={now} />
      </section>
    </>
  );
}
