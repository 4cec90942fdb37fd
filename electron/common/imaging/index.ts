export * from './modalityLut';
export * from './voiLut';
export * from './windowPresets';
export * from './renderToDisplay';
export * from './renderDefaultWindow';
export * from './DecodedFrame';
export * from './ImagePixelAttributes';
