// A line (or the part of a line split off at a lost break) waiting to be put into blocks.
import type { LineStyle, Piece } from './types';

export interface Item {
  piece: Piece;
  style?: LineStyle;
  /** The source line started with an indent. */
  indented: boolean;
  /** Split off a line as a heading run into the following text. */
  headingHint: boolean;
  /** Length of the whole source line the item comes from (wrapping width). */
  lineLength?: number;
}
