import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PointPlacement, StudyLabels } from '../../../electron/common/contract';
import type { ConditionId, GradeId, LevelId } from '../../../electron/common/vocabulary';
import { call } from '../api/spine';

export interface ReviewActions {
  setGrade(condition: ConditionId, level: LevelId, grade: GradeId | null): void;
  movePoint(pointId: number, to: PointPlacement): void;
  addPoint(condition: ConditionId, level: LevelId, at: PointPlacement): void;
  deletePoint(pointId: number): void;
  acceptAi(condition: ConditionId, level: LevelId): void;
  shiftLevels(seriesId: number, delta: -1 | 1): void;
  undo(): void;
  redo(): void;
  setReview(status: 'in_review' | 'reviewed'): Promise<void>;
  /** Keeps the current grades as this reader's blinded first read; the AI is shown after it. */
  commitFirstRead(): Promise<void>;
}

export interface ReviewState {
  readonly labels: StudyLabels | null;
  readonly error: string | null;
  /** Bumped after every saved change, so the history panel reloads. */
  readonly revision: number;
  readonly actions: ReviewActions;
  clearError(): void;
  /** Reads the labels again (after a job changed the study, such as an AI run). */
  refresh(): void;
}

/**
 * A study's labels and the actions on them. Each action goes to the store at once; the answer
 * (the labels as stored) replaces the local copy, so what is shown is what was saved. Actions
 * run one after another in the order given, so a fast reader's keystrokes never race.
 */
export function useReview(studyId: number): ReviewState {
  const [labels, setLabels] = useState<StudyLabels | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    call('labels:get', { studyId }).then(
      (value) => live && setLabels(value),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [studyId]);

  const run = useCallback((action: () => Promise<StudyLabels>): Promise<void> => {
    const next = queue.current.then(action).then(
      (value) => {
        setLabels(value);
        setRevision((r) => r + 1);
        // User Timing mark for bench/viewer.bench.ts: a change saved and its answer applied.
        performance.mark('spine:label-saved');
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
    queue.current = next;
    return next;
  }, []);

  const actions = useMemo<ReviewActions>(
    () => ({
      setGrade: (condition, level, grade) => void run(() => call('labels:setGrade', { studyId, condition, level, grade })),
      movePoint: (pointId, to) => void run(() => call('labels:movePoint', { pointId, ...to })),
      addPoint: (condition, level, at) => void run(() => call('labels:addPoint', { studyId, condition, level, ...at })),
      deletePoint: (pointId) => void run(() => call('labels:deletePoint', { pointId })),
      acceptAi: (condition, level) => void run(() => call('labels:acceptAi', { studyId, condition, level })),
      shiftLevels: (seriesId, delta) => void run(() => call('labels:shiftLevels', { studyId, seriesId, delta })),
      undo: () => void run(() => call('labels:undo', { studyId })),
      redo: () => void run(() => call('labels:redo', { studyId })),
      setReview: (status) => run(() => call('reviews:set', { studyId, status })),
      commitFirstRead: () => run(() => call('reviews:commitFirstRead', { studyId })),
    }),
    [run, studyId],
  );
  const refresh = useCallback(() => void run(() => call('labels:get', { studyId })), [run, studyId]);
  return { labels, error, revision, actions, clearError: () => setError(null), refresh };
}
