/** Keyboard movement in a tab list (src/theme/Tabs): the arrow keys as the theme has them, Home and End as the WAI-ARIA tabs pattern adds. */

/** Which tab the key moves focus to, from the focused one's index; undefined for any other key. */
export function tabForKey(key: string, index: number, count: number): number | undefined {
  switch (key) {
    case "ArrowRight":
      return (index + 1) % count;
    case "ArrowLeft":
      return (index - 1 + count) % count;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return undefined;
  }
}
