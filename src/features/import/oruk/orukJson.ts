// What counts as ORUK JSON: one service, a list (package) of services, or a paged envelope
// ({contents: [...]}) as GET /services returns. Anything else gets a message saying what it is.
import type { OrukService } from './orukServices';
import { t } from '../i18n';

export type OrukJsonRead = { ok: true; services: OrukService[]; page: OrukPage | null } | { ok: false; message: string };

export interface OrukPage {
  total_items: number | null;
  total_pages: number | null;
  page_number: number | null;
  contents: OrukService[];
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const numberOrNull = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : null);

/** A service has at least an id or a name, and none of a page's or another record's tell-tale fields. */
export function looksLikeService(v: unknown): v is OrukService {
  return isObject(v) && (typeof v.id === 'string' || typeof v.name === 'string') && !('contents' in v) && !('service' in v && 'location' in v);
}

/** A JSON value → the services it holds, or why it is not ORUK services. */
export function servicesFromJson(value: unknown): OrukJsonRead {
  if (Array.isArray(value)) {
    const services = value.filter(looksLikeService);
    if (value.length > 0 && services.length === 0) return { ok: false, message: t('jsonListNotServices') };
    // Something that is not an object still gets its row, so the report names it.
    return { ok: true, services: value.map((v) => (isObject(v) ? v : {})), page: null };
  }
  if (!isObject(value)) return { ok: false, message: t('jsonNotOruk') };
  if (Array.isArray(value.contents)) {
    const page: OrukPage = {
      total_items: numberOrNull(value.total_items),
      total_pages: numberOrNull(value.total_pages),
      page_number: numberOrNull(value.page_number),
      contents: (value.contents as unknown[]).map((v) => (isObject(v) ? v : {})),
    };
    return { ok: true, services: page.contents, page };
  }
  if (isObject(value.service) && isObject(value.location)) {
    return { ok: false, message: t('jsonServiceAtLocation') };
  }
  if (typeof value.version === 'string' && ('profile' in value || 'openapi_url' in value)) {
    return { ok: false, message: t('jsonApiDescription') };
  }
  if (looksLikeService(value)) return { ok: true, services: [value], page: null };
  return { ok: false, message: t('jsonNotOruk') };
}

/** Text that should be JSON → the services in it, or a message. */
export function servicesFromJsonText(text: string): OrukJsonRead {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, message: t('jsonInvalid', { reason: e instanceof Error ? e.message : String(e) }) };
  }
  return servicesFromJson(value);
}
