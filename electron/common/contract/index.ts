export * from './ipcResult';
export * from './jobs';
export * from './settings';
export * from './studies';
export * from './methods';
export * from './events';
export * from './spineApi';
export * from './ai';
