import type { Handlers } from './createHandlers';
import type { CoreServices } from './CoreServices';

/** Pixel data for the viewer. TEMPORARY until the pixels branch (FrameService) lands on main. */
export function pixelHandlers(_services: CoreServices): Pick<Handlers, 'pixels:get'> {
  return {
    'pixels:get': () => {
      throw new Error('pixels:get: the decoder has not landed on this branch yet');
    },
  };
}
