// The words the import wizard's steps share: where the wizard is, what it reads, what it needs.
import type { Api } from '../../backend/api';
import type { Geocoder } from '../../domain/geocoder';
import type { ImportClient } from './importClient';
import type { OrukService } from './oruk/orukServices';
import type { CategoryOption, UnknownCategory } from './rows';

/** 'import' asks for the go-ahead; 'done' shows the result. Both are step 4 to the moderator. */
export type WizardStep = 'source' | 'mapping' | 'check' | 'import' | 'done';

export type ImportSource =
  | { kind: 'file'; file: Blob; name: string }
  | { kind: 'text'; text: string; name: string }
  /** Services read from an ORUK feed; `name` is the feed's address. */
  | { kind: 'oruk'; services: OrukService[]; name: string };

/** Where a column's field came from, shown beside it so the moderator knows what to check. */
export type FieldOrigin = 'saved' | 'exact' | 'word' | 'none' | 'you';

export interface Busy {
  label: string;
  /** 0..1, or null when the step cannot say how far it is. */
  fraction: number | null;
  detail: string;
  cancellable: boolean;
}

export interface WizardDeps {
  api: Pick<Api, 'importListings' | 'previewImport' | 'commitImport' | 'undoImport' | 'importBatches' | 'savedMappings' | 'saveMapping'>;
  client: ImportClient;
  categories: () => readonly CategoryOption[];
  geocoder: () => Promise<Geocoder>;
  /** How ORUK feeds are fetched (the browser's fetch when absent). */
  fetch?: typeof fetch;
  /** Called after every write with what it changed, so the views that show it read again. */
  onWritten: (change: 'imports' | 'mappings') => void;
}

/** A partner category nobody has decided about yet: its rows would all be rejected at the check. */
export interface CategoryProblem extends UnknownCategory {
  message: string;
}
