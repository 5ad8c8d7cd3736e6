// The About page says in the resident's language what exported files say in English: the two
// English sentences must stay the same words.
import { expect, it } from 'vitest';
import { SAMPLE_NOTICE } from '../../../src/domain/attribution';
import about from '../../../src/features/about/i18n/en';

it('the About page’s sample notice is the one exported files carry', () => expect(about.sampleNotice).toBe(SAMPLE_NOTICE));
