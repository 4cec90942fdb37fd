/**
 * The synthetic lumbar spine MR phantom (issue 3): the demo dataset, test data and training
 * data of Spine Review. Everything the rest of the app calls is exported here.
 */
export { generatePhantomDataset, type PhantomDatasetOptions, type PhantomDatasetSummary } from './generatePhantomDataset';
export { generatePhantomStudy, type GeneratedStudy } from './generatePhantomStudy';
export { planPhantomStudy, type PhantomStudyOptions, type PlannedStudy } from './planPhantomStudy';
export { installDemoDataset, type DemoInstallOptions, type DemoInstallSummary } from './installDemoDataset';
export { ensureDemoDataset, FIRST_START_DEMO } from './ensureDemoDataset';
export type { LocationMeasurement, LocationTruth, SeriesTruth, StudyTruth, TruthPoint } from './truth/StudyTruth';
export type { StudyPitfalls } from './protocol/StudyPitfalls';
export type { GradeOverride } from './grades/sampleGrades';
