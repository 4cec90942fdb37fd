import { MR_IMAGE_STORAGE } from '../../electron/core/dicom/encodePart10';
import type { SeriesPlan } from '../protocol/SeriesPlan';
import { dicomTime, type StudyInfo } from './StudyInfo';

/** Larmor frequency of ¹H, MHz per tesla. */
const PROTON_MHZ_PER_T = 42.577478;

/**
 * The attributes every slice of a series shares, for the MR Image IOD (PS3.3 A.4): Patient,
 * General Study, General Series, Frame of Reference, General Equipment, General Image,
 * Image Plane, Image Pixel, MR Image, VOI LUT and SOP Common modules. Type 1 and 2 attributes
 * are all present (Type 2 ones may be empty), so dciodvfy reports no error.
 */
export function seriesDataset(study: StudyInfo, series: SeriesPlan, seriesIndex: number): Record<string, unknown> {
  const p = series.protocol;
  const seriesTime = dicomTime(study.studySeconds + 60 + seriesIndex * 240);
  const firstSlice = series.slices[0];
  const phaseAlongRows = series.role === 'ax_t2';
  const dataset: Record<string, unknown> = {
    SpecificCharacterSet: 'ISO_IR 100',
    ImageType: ['ORIGINAL', 'PRIMARY', 'OTHER'],
    SOPClassUID: MR_IMAGE_STORAGE,
    StudyDate: study.studyDate,
    SeriesDate: study.studyDate,
    AcquisitionDate: study.studyDate,
    ContentDate: study.studyDate,
    StudyTime: study.studyTime,
    SeriesTime: seriesTime,
    AcquisitionTime: seriesTime,
    ContentTime: seriesTime,
    AccessionNumber: study.accessionNumber,
    Modality: 'MR',
    Manufacturer: 'Spine Review',
    InstitutionName: 'Synthetic phantom (not a patient)',
    ReferringPhysicianName: '',
    StationName: 'PHANTOM',
    StudyDescription: study.studyDescription,
    SeriesDescription: series.description,
    ManufacturerModelName: 'Lumbar spine MR phantom',
    PatientName: study.patientName,
    PatientID: study.patientId,
    PatientBirthDate: study.patientBirthDate,
    PatientSex: study.patientSex,
    PatientAge: study.patientAge,
    BodyPartExamined: 'LSPINE',
    ScanningSequence: [...p.scanningSequence],
    SequenceVariant: [...p.sequenceVariant],
    ScanOptions: [...p.scanOptions],
    MRAcquisitionType: '2D',
    SequenceName: p.sequenceName,
    AngioFlag: 'N',
    RepetitionTime: p.repetitionTime,
    EchoTime: p.echoTime,
    NumberOfAverages: p.numberOfAverages,
    ImagingFrequency: Number((PROTON_MHZ_PER_T * p.fieldStrength).toFixed(6)),
    ImagedNucleus: '1H',
    EchoNumbers: 1,
    MagneticFieldStrength: p.fieldStrength,
    NumberOfPhaseEncodingSteps: p.acquisitionMatrix[1],
    EchoTrainLength: p.echoTrainLength,
    PercentSampling: 100,
    PercentPhaseFieldOfView: 100,
    PixelBandwidth: p.pixelBandwidth,
    SoftwareVersions: 'spine-review phantom 1',
    ProtocolName: series.description,
    AcquisitionMatrix: phaseAlongRows
      ? [p.acquisitionMatrix[0], 0, 0, p.acquisitionMatrix[1]]
      : [0, p.acquisitionMatrix[0], p.acquisitionMatrix[1], 0],
    InPlanePhaseEncodingDirection: phaseAlongRows ? 'ROW' : 'COL',
    FlipAngle: p.flipAngle,
    PatientPosition: 'HFS',
    StudyInstanceUID: study.studyInstanceUid,
    SeriesInstanceUID: series.seriesInstanceUid,
    StudyID: study.studyId.slice(-16),
    SeriesNumber: series.seriesNumber,
    AcquisitionNumber: 1,
    FrameOfReferenceUID: study.frameOfReferenceUid,
    PositionReferenceIndicator: '',
    SamplesPerPixel: 1,
    PhotometricInterpretation: 'MONOCHROME2',
    BitsAllocated: 16,
    BitsStored: series.bitsStored,
    HighBit: series.bitsStored - 1,
    PixelRepresentation: 0,
    RescaleIntercept: 0,
    RescaleSlope: 1,
    RescaleType: 'US',
    LossyImageCompression: '00',
  };
  if (p.inversionTime !== null) dataset['InversionTime'] = p.inversionTime;
  if (series.omitSliceThickness) {
    dataset['SliceThickness'] = '';
  } else {
    dataset['SliceThickness'] = p.sliceThickness;
    dataset['SpacingBetweenSlices'] = p.spacingBetweenSlices;
  }
  if (!firstSlice) throw new Error(`series ${series.seriesId} has no slices`);
  return dataset;
}
