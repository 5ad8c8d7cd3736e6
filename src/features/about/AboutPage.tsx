import { DATA_ATTRIBUTION, SAMPLE_NOTICE } from '../../domain/attribution';
import { basemapPrivacyNotice, basemapSetting } from '../../map/basemapSetting';
import { useBackend } from '../../app/BackendProvider';
import { usePageTitle } from '../../ui/usePageTitle';
import { A } from '@solidjs/router';
import { residentPaths } from '../../app/paths';

export default function AboutPage() {
  const { backend } = useBackend();
  usePageTitle(() => 'About');
  return (
    <div class="page narrow">
      <h1>About Common Ground</h1>
      <p>
        Common Ground is an open map of local groups, community places and services, kept up to date by the voluntary, community, faith and social enterprise
        organisations that run them, and reviewed by council moderators.
      </p>
      {backend.mode === 'local' && (
        <p class="notice">
          <strong>{SAMPLE_NOTICE}</strong> This copy runs entirely in your browser.
        </p>
      )}
      <h2>Something missing or wrong?</h2>
      <p>
        Know a group, place or service that is not on the map? <A href={residentPaths.suggest()}>Suggest it</A>. If a listing is wrong, use “Report a problem” at the
        bottom of its page. You do not need to sign in for either.
      </p>
      <h2>Data sources</h2>
      <p>Ward and neighbourhood boundaries, population and deprivation figures, and postcodes are real open data for the Wigan borough.</p>
      <p class="attribution">{DATA_ATTRIBUTION}</p>
      <p>
        Deprivation is the English Indices of Deprivation 2019 (decile 1 is the most deprived tenth of neighbourhoods in England). Population is the ONS mid-2015 estimate
        used by those indices.
      </p>
      <h2>Privacy</h2>
      <p>{basemapPrivacyNotice(basemapSetting(import.meta.env.VITE_BASEMAP_STYLE_URL))}</p>
      <p>
        When you register an organisation or edit a listing, what you have typed but not yet saved is kept in this browser, so a reload or a closed tab does not lose it.
        It is kept for you alone, never sent anywhere, and forgotten when you save, discard it or sign out.
      </p>
      <p>
        If you report a problem or suggest something and leave your e-mail address, we use it once, to tell you what happened, and then delete it. To stop automated
        messages, we keep a scrambled code (never your internet address) for a day, to count how many come from one place.
      </p>
    </div>
  );
}
