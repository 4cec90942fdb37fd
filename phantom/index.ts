/**
 * The synthetic lumbar spine MR phantom (issue 3): the demo dataset, test data and training
 * data of Spine Review. Everything its users call is exported here. Not part of the product:
 * it imports only electron/common and core's file writers (Part 10, RSNA CSV), and only the
 * demo's workspace side (electron/core/demo/), tests, benchmarks and scripts import it
 * (issue 12; eslint.config.js enforces both directions).
 */
export { generatePhantomDataset, type PhantomDatasetOptions, type PhantomDatasetSummary } from './generatePhantomDataset';
export { generatePhantomStudy, type GeneratedStudy } from './generatePhantomStudy';
export { planPhantomStudy, type PhantomStudyOptions, type PlannedStudy } from './planPhantomStudy';
export type { LocationMeasurement, LocationTruth, SeriesTruth, StudyTruth, TruthPoint } from './truth/StudyTruth';
export type { StudyPitfalls } from './protocol/StudyPitfalls';
export type { GradeOverride } from './grades/sampleGrades';
