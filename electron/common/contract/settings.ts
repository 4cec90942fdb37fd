import { z } from 'zod';
import { defineDomain, method } from './defineDomain';
import { Empty } from './schemaParts';

export const WindowPreset = z.object({ name: z.string().min(1).max(40), center: z.number(), width: z.number().positive() }).strict();
export type WindowPreset = z.infer<typeof WindowPreset>;

export const OverlayDefaults = z
  .object({
    points: z.boolean(),
    aiBoxes: z.boolean(),
    referenceLines: z.boolean(),
    axialLevels: z.boolean(),
  })
  .strict();
export type OverlayDefaults = z.infer<typeof OverlayDefaults>;

export const Settings = z
  .object({
    /** The name written to the audit with every change. */
    reader: z.string().trim().min(1).max(80),
    windowPresets: z.array(WindowPreset).max(20),
    overlays: OverlayDefaults,
    /** Decoded-slice cache bound, MiB. */
    cacheMegabytes: z.number().int().min(16).max(16384),
    /** Blinded first read (product.md P2): the AI stays hidden in a study until the reader commits their grades. */
    blindedFirstRead: z.boolean(),
  })
  .strict();
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = Settings.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const DEFAULT_SETTINGS: Omit<Settings, 'reader'> = {
  // The windows stored in each image (and its full range) are always offered beside these; a
  // zero-width "Default" entry here would fail WindowPreset's own schema (width > 0).
  windowPresets: [
    { name: 'Soft tissue', center: 600, width: 1200 },
    { name: 'Bright', center: 400, width: 800 },
    { name: 'Wide', center: 1000, width: 2400 },
  ],
  overlays: { points: true, aiBoxes: true, referenceLines: true, axialLevels: false },
  cacheMegabytes: 512,
  blindedFirstRead: false,
};

/** The reader's settings, kept in the workspace; a patch answers with the settings as now stored. */
export const settingsContract = defineDomain('settings', {
  get: method(Empty, Settings),
  set: method(SettingsPatch, Settings),
});
