export * from './conditions';
export * from './levels';
export * from './grades';
export * from './seriesRoles';
export * from './locations';
export * from './classifySeriesRole';
export * from './mostLikelyGrade';
