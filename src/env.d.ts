/// <reference types="vite/client" />
interface ImportMetaEnv {
  readonly VITE_SUPABASE_URL?: string;
  readonly VITE_SUPABASE_ANON_KEY?: string;
  /** A MapLibre style URL for the basemap, or "offline"; unset means OpenFreeMap Positron (src/map/basemapSetting.ts). */
  readonly VITE_BASEMAP_STYLE_URL?: string;
  /** Where published.json comes from in Supabase mode (Storage behind a CDN). */
  readonly VITE_PUBLISHED_URL?: string;
  /** Partners' ORUK feeds the import may read (added to the policy's connect-src). */
  readonly VITE_ORUK_FEED_ORIGINS?: string;
  /** Where residents' "Report a problem" emails go. */
  /** Who runs the site and how to reach them (src/features/legal/contactDetails.ts, docs/DEPLOY.md). */
  readonly VITE_COUNCIL_NAME?: string;
  readonly VITE_CONTACT_EMAIL?: string;
  readonly VITE_CONTACT_PHONE?: string;
  readonly VITE_CONTACT_ADDRESS?: string;
  readonly VITE_DPO_EMAIL?: string;
  /** "postcodes.io" to geocode online; default offline table. */
  readonly VITE_GEOCODER?: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
