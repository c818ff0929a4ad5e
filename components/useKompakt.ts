import { useMemo } from 'react';
import { alsKompakt, type KompaktFuerClient } from '@/lib/themen/kompaktGepackt';
import type { KompaktDaten } from '@/lib/themen/model';

/** In a client component: the data as received (packed from the server), unpacked once per object. */
export const useKompakt = (k: KompaktFuerClient): KompaktDaten => useMemo(() => alsKompakt(k), [k]);
