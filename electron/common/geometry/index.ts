export * from './vector';
export * from './points';
export * from './sliceGeometry';
export * from './pixelPatientTransforms';
export * from './nearestSlice';
export * from './referenceLine';
export * from './orientationLabels';
