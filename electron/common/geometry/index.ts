export * from './vector';
export * from './points';
export * from './sliceGeometry';
export * from './pixelPatientTransforms';
