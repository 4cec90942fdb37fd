import { createContext, useContext } from 'react';
import type { Location } from '../../../electron/common/vocabulary';

/**
 * Opens a study in the viewer at one cell from anywhere in the app (the Quality screen's
 * adjudication table): the reader looks at the images before settling a grade. Esc returns to the
 * screen the study was opened from. Null outside the app shell.
 */
export type OpenStudyAt = (studyId: number, cell: Location) => void;

export const OpenStudyContext = createContext<OpenStudyAt | null>(null);

export function useOpenStudyAt(): OpenStudyAt | null {
  return useContext(OpenStudyContext);
}
