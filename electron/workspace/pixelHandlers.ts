import type { DomainHandlers, FramePixels } from '../common/contract';
import { pixelsType } from '../common/imaging';
import { NotFoundError } from '../core/errors';
import { instanceFileLookup } from '../core/store/studies/instanceRepository';
import type { CoreServices } from './CoreServices';

/**
 * Pixels for the viewer. The renderer names an indexed instance, never a path: the file comes
 * from the store. Decoding runs in the FrameService's worker threads, so main only waits; the
 * stored values leave as an ArrayBuffer (structured-cloned by Electron IPC, not JSON) with what
 * the renderer needs to apply the LUTs itself.
 */
export function pixelHandlers(services: CoreServices): DomainHandlers<'pixels'> {
  const instance = instanceFileLookup(services.db);
  return {
    'pixels:get': async ({ instanceId, frame }): Promise<FramePixels> => {
      const row = instance(instanceId);
      if (!row) throw new NotFoundError(`instance ${instanceId} not found`);
      if (frame >= row.frames) throw new NotFoundError(`instance ${instanceId} has ${row.frames} frame(s); frame ${frame} asked for`);
      const decoded = await services.frames.getFrame(row.filePath, frame);
      const { pixels } = decoded;
      const owned = pixels.byteOffset === 0 && pixels.byteLength === pixels.buffer.byteLength ? pixels : pixels.slice();
      return {
        instanceId,
        frame,
        rows: decoded.rows,
        columns: decoded.columns,
        samplesPerPixel: decoded.samplesPerPixel,
        bitsAllocated: decoded.bitsAllocated,
        bitsStored: decoded.bitsStored,
        pixelRepresentation: decoded.pixelRepresentation,
        photometricInterpretation: decoded.photometricInterpretation,
        rescaleSlope: decoded.rescaleSlope,
        rescaleIntercept: decoded.rescaleIntercept,
        windowCenter: decoded.windowCenter,
        windowWidth: decoded.windowWidth,
        windowExplanation: decoded.windowExplanation,
        voiLutFunction: decoded.voiLutFunction,
        pixelsType: pixelsType(owned),
        pixels: owned.buffer as ArrayBuffer,
      };
    },
  };
}
