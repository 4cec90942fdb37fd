import { seriesRoleInfo } from '../../../../electron/common/vocabulary';
import type { ReferenceSource } from './buildScene';
import { CONDITION_COLOURS, REFERENCE_COLOUR } from './colours';
import type { ViewSlice } from './ViewSeries';
import type { ViewSlot } from './viewSlots';

const SLOT_REFERENCE_COLOURS: Record<ViewSlot, string> = {
  sag_t1: CONDITION_COLOURS.left_foraminal,
  sag_t2: CONDITION_COLOURS.spinal,
  ax_t2: REFERENCE_COLOUR,
};

/** The other views' slices a view draws as reference lines: the axial view the sagittal ones', each sagittal view the axial one's. */
export function referenceSources(slot: ViewSlot, sliceShownIn: (slot: ViewSlot) => ViewSlice | undefined): ReferenceSource[] {
  const others = slot === 'ax_t2' ? (['sag_t1', 'sag_t2'] as const) : (['ax_t2'] as const);
  const refs: ReferenceSource[] = [];
  for (const other of others) {
    const slice = sliceShownIn(other);
    if (slice) refs.push({ slice, colour: SLOT_REFERENCE_COLOURS[other], text: `${seriesRoleInfo(other).short} ${slice.index + 1}` });
  }
  return refs;
}
