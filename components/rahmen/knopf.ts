/** The frame's button of this kind (`data-rahmen`) an event happened on or in, if any. */
export const knopf = (e: Event, art: string): HTMLButtonElement | null => (e.target instanceof Element ? e.target.closest<HTMLButtonElement>(`button[data-rahmen="${art}"]`) : null);
