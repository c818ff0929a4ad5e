/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];
export const REFERENZ = '#333333';
export const farbe = (i: number) => PALETTE[i % PALETTE.length] as string;
