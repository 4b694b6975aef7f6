import { useEffect } from 'react';
import { readerActsNow } from '@/lib/intent';

/**
 * A slide show, the presenter's window and a wall display are watched, not read: nobody points
 * or types before the audience sees them, and their charts must be drawn for the stage's scale
 * (the server drew them at the page's design size). So the code for drawing loads at once here.
 */
export function useDrawAtOnce(): void {
  useEffect(() => readerActsNow(), []);
}
