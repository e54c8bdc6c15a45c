/**
 * Next runs in the guide are counted from this instant, not from the time of the build, so every build of the
 * site shows the same runs (the page says so).
 */
export const CRON_FROM = new Date("2026-01-01T00:00:00Z");
