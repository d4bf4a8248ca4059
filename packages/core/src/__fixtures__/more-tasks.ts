// A second task module for task-pool.test.ts, loaded into threads already running; `warm` runs first.
let warmed = false;

export function warm(): void {
  warmed = true;
}

export const tasks = { warmed: () => warmed };
