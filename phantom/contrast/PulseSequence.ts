/** The contrasts the phantom produces: T1- and T2-weighted fast spin echo, and STIR. */
export type PulseSequence = 't1' | 't2' | 'stir';
