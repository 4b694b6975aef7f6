import puyangJson from '@fixtures/nbs/puyang-2023.json';
import type { NbsCity } from '@/data/model/nbs-schema';

/**
 * Puyang's NBS counts, bundled with the NBS page (3.5 kB). The build validates the file
 * (buildStaticApi fails on a bad one) and a unit test does too, so the app takes it as typed
 * without shipping the validator, as units.ts does.
 */
export const puyangNbs = puyangJson as NbsCity;
