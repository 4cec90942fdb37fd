import type { InstanceInfo, SeriesInfo } from '../../../../electron/common/contract';
import type { SliceGeometry } from '../../../../electron/common/geometry';
import type { SeriesRole } from '../../../../electron/common/vocabulary';

/** One slice as the viewer addresses it: ordered by position along the normal (getStudy orders them). */
export interface ViewSlice {
  readonly index: number;
  readonly instanceId: number;
  readonly instanceNumber: number | null;
  readonly rows: number;
  readonly columns: number;
  readonly geometry: SliceGeometry | null;
  readonly slicePosition: number | null;
}

export interface ViewSeries {
  readonly id: SeriesInfo['id'];
  readonly key: string;
  readonly role: SeriesRole | null;
  readonly description: string;
  readonly slices: readonly ViewSlice[];
}

export function sliceGeometry(instance: InstanceInfo): SliceGeometry | null {
  const { position, rowDirection, columnDirection, pixelSpacing } = instance;
  if (!position || !rowDirection || !columnDirection || !pixelSpacing) return null;
  return {
    position,
    rowDirection,
    columnDirection,
    rowSpacing: pixelSpacing[0],
    columnSpacing: pixelSpacing[1],
    rows: instance.rows,
    columns: instance.columns,
  };
}

export function toViewSeries(series: SeriesInfo): ViewSeries {
  return {
    id: series.id,
    key: series.key,
    role: series.role,
    description: series.description ?? `Series ${series.key}`,
    slices: series.instances.map((instance, index) => ({
      index,
      instanceId: instance.id,
      instanceNumber: instance.instanceNumber,
      rows: instance.rows,
      columns: instance.columns,
      geometry: sliceGeometry(instance),
      slicePosition: instance.slicePosition,
    })),
  };
}

/** The slice of a series holding an instance number (RSNA points name instances by number). */
export function sliceOfInstance(series: ViewSeries, instanceNumber: number): ViewSlice | undefined {
  return series.slices.find((s) => s.instanceNumber === instanceNumber);
}
