import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePart10, MR_IMAGE_STORAGE } from '../../electron/core/dicom/encodePart10';

/**
 * A folder of `count` single-frame 512×512 16-bit MR files in the RSNA layout (20 studies ×
 * 5 series), made once and kept in bench/.cache. Pixel values are a smooth pattern: the index
 * benchmark reads headers only.
 */
export function ensureMrFiles(cacheDir: string, count: number): string {
  const root = join(cacheDir, `mr-${count}`, 'train_images');
  const marker = join(cacheDir, `mr-${count}`, '.complete');
  if (existsSync(marker)) return root;
  const rows = 512;
  const columns = 512;
  const pixels = new Uint16Array(rows * columns);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i % columns) * 3 + Math.floor(i / columns);
  const perSeries = Math.ceil(count / 100);
  let written = 0;
  for (let study = 0; study < 20 && written < count; study++) {
    for (let series = 0; series < 5 && written < count; series++) {
      const dir = join(root, String(3_000_000 + study), String(50_000 + study * 10 + series));
      mkdirSync(dir, { recursive: true });
      for (let i = 0; i < perSeries && written < count; i++, written++) {
        const studyUid = `2.25.${1000 + study}`;
        writeFileSync(
          join(dir, `${i + 1}.dcm`),
          encodePart10({
            SOPClassUID: MR_IMAGE_STORAGE,
            SOPInstanceUID: `${studyUid}.${series}.${i + 1}`,
            StudyInstanceUID: studyUid,
            SeriesInstanceUID: `${studyUid}.${series}`,
            Modality: 'MR',
            PatientID: `BENCH${study}`,
            StudyDate: '20240101',
            SeriesDescription: series < 2 ? 'Sagittal T1' : series < 4 ? 'Sagittal T2/STIR' : 'Axial T2',
            SeriesNumber: series + 1,
            InstanceNumber: i + 1,
            ImagePositionPatient: [i * 4, -120, 110],
            ImageOrientationPatient: [0, 1, 0, 0, 0, -1],
            PixelSpacing: [0.5, 0.5],
            SliceThickness: 4,
            RepetitionTime: 600,
            EchoTime: 12,
            Rows: rows,
            Columns: columns,
            BitsAllocated: 16,
            BitsStored: 12,
            HighBit: 11,
            PixelRepresentation: 0,
            SamplesPerPixel: 1,
            PhotometricInterpretation: 'MONOCHROME2',
            WindowCenter: 800,
            WindowWidth: 1600,
            PixelData: pixels.buffer,
            _vrMap: { PixelData: 'OW' },
          }),
        );
      }
    }
  }
  writeFileSync(marker, String(written));
  return root;
}
