// The ORUK JSON export: the fully nested services api.oruk_export builds, in the envelope an
// ORUK v3 API answers GET /services with (a page: total_items, total_pages, page_number, size,
// first_page, last_page, empty, contents), as one page holding them all, so any ORUK consumer,
// our own ORUK import included, reads the file as it reads a feed. What the file is (title,
// generated_at, source, attribution, licence) rides along as extra top-level members, which the
// ORUK page schema allows.
import { exportMetaJson, type ExportMeta } from './exportMeta';

export function orukExportFile<T>(services: readonly T[], meta: ExportMeta) {
  const n = services.length;
  return {
    ...exportMetaJson(meta, n),
    total_items: n,
    total_pages: 1,
    page_number: 1,
    size: n,
    first_page: true,
    last_page: true,
    empty: n === 0,
    contents: services,
  };
}
