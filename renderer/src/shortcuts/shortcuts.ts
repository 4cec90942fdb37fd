/** Every keyboard shortcut, in one table: the help dialog (`?`) lists exactly these. */
export interface Shortcut {
  readonly keys: readonly string[];
  readonly action: string;
}

export interface ShortcutGroup {
  readonly title: string;
  readonly shortcuts: readonly Shortcut[];
}

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: 'Everywhere',
    shortcuts: [
      { keys: ['?'], action: 'Show this list' },
      { keys: ['Tab', 'Shift+Tab'], action: 'Next / previous control' },
      { keys: ['Esc'], action: 'Close a dialog; cancel placing a point; back to the worklist' },
      { keys: ['Ctrl+1'], action: 'Worklist (or the open study)' },
      { keys: ['Ctrl+2'], action: 'Models & quality' },
      { keys: ['←', '→', 'Home', 'End'], action: 'In a row of tabs: previous / next / first / last tab' },
    ],
  },
  {
    title: 'Worklist',
    shortcuts: [
      { keys: ['↑', '↓'], action: 'Previous / next study' },
      { keys: ['PageUp', 'PageDown', 'Home', 'End'], action: 'Move by a page, to the first or last study' },
      { keys: ['Enter'], action: 'Open the selected study' },
      { keys: ['/'], action: 'Search by study id' },
    ],
  },
  {
    title: 'Review (severity grid)',
    shortcuts: [
      { keys: ['←', '→', '↑', '↓'], action: 'Move between cells; every view jumps to the location' },
      { keys: ['1', '2', '3'], action: 'Grade the cell Normal/Mild, Moderate, Severe' },
      { keys: ['0'], action: 'Clear the grade' },
      { keys: ['Enter'], action: 'Accept the AI grade and point for the cell' },
      { keys: ['P'], action: "Place (or re-place) the cell's point: then click the image" },
      { keys: ['Delete'], action: "Delete the cell's point" },
      { keys: ['Ctrl+Z'], action: 'Undo' },
      { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], action: 'Redo' },
      { keys: ['N'], action: 'Mark the study reviewed and open the next one in the worklist' },
      { keys: ['Shift+C'], action: 'Blinded first read: commit your grades and show the AI' },
      { keys: ['L', 'A', 'X', 'V'], action: 'Toggle labelled points, AI, reference lines, axial levels' },
    ],
  },
  {
    title: 'In a view (click it or Tab to it first)',
    shortcuts: [
      { keys: ['Wheel', '↑', '↓'], action: 'Previous / next slice (Shift: 5 slices)' },
      { keys: ['PageUp', 'PageDown', 'Home', 'End'], action: '5 slices back / on, first / last slice' },
      { keys: ['Drag'], action: 'Window (left–right) and level (up–down)' },
      { keys: ['Shift+drag', 'Middle drag'], action: 'Pan' },
      { keys: ['Ctrl+drag', 'Right drag', 'Ctrl+wheel'], action: 'Zoom' },
      { keys: ['+', '−'], action: 'Zoom in / out' },
      { keys: ['F', 'Double-click'], action: 'Fit the image to the view' },
      { keys: ['R'], action: 'Reset window and zoom' },
      {
        keys: ['Drag a point'],
        action: 'Move it; wheel while dragging takes it to another slice; drop it on another view to move it to that series',
      },
    ],
  },
];
