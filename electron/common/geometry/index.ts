export * from './vector';
export * from './sliceGeometry';
