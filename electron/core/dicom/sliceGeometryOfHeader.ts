import type { SliceGeometry } from '../../common/geometry';
import type { DicomHeader } from './DicomHeader';

/**
 * The Image Plane Module of an indexed file (PS3.3 C.7.6.2) as a SliceGeometry, or null when
 * ImagePositionPatient, ImageOrientationPatient or PixelSpacing is missing (then the file has
 * no place in patient space: no reference lines, no nearest slice).
 */
export function sliceGeometryOfHeader(
  header: Pick<DicomHeader, 'imagePosition' | 'rowDirection' | 'columnDirection' | 'pixelSpacing' | 'rows' | 'columns'>,
): SliceGeometry | null {
  const { imagePosition, rowDirection, columnDirection, pixelSpacing, rows, columns } = header;
  if (!imagePosition || !rowDirection || !columnDirection || !pixelSpacing) return null;
  return {
    position: imagePosition,
    rowDirection,
    columnDirection,
    rowSpacing: pixelSpacing[0],
    columnSpacing: pixelSpacing[1],
    rows,
    columns,
  };
}
