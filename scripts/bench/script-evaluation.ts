// The task in which the browser compiles and runs the content script: the slicer inside the
// script cannot time it (it starts once the script runs), so the benchmark reads it from a
// trace of the page's visit.

/** The fields of a Chrome trace event read here. */
export interface TraceEvent {
  name: string;
  ph: string;
  /** Wall-clock length in µs (complete events). */
  dur?: number;
  /** Thread CPU time in µs (complete events). */
  tdur?: number;
  args?: { data?: { url?: unknown } };
}

export interface ScriptEvaluation {
  /** Wall-clock length of the longest evaluation of the script, in ms. */
  wallMs: number;
  /** Its thread's CPU time in ms: the wall clock less the time the thread waited for a core. */
  cpuMs: number;
  /** How many frames evaluated the script. */
  frames: number;
}

/** The longest evaluation of the script whose URL ends with `scriptPath`, or undefined if none ran. */
export function longestEvaluation(
  events: readonly TraceEvent[],
  scriptPath: string,
): ScriptEvaluation | undefined {
  let longest: ScriptEvaluation | undefined;
  let frames = 0;
  for (const event of events) {
    const url = event.args?.data?.url;
    if (event.name !== 'EvaluateScript' || event.ph !== 'X' || typeof url !== 'string') continue;
    if (!url.split(/[?#]/, 1)[0]!.endsWith(scriptPath)) continue;
    frames++;
    const wallMs = (event.dur ?? 0) / 1000;
    if (!longest || wallMs > longest.wallMs) longest = { wallMs, cpuMs: (event.tdur ?? 0) / 1000, frames: 0 };
  }
  return longest && { ...longest, frames };
}

/**
 * The least of several visits' evaluations (each figure at its own least: the visit the machine
 * disturbed least); NaN figures and no frames when the script ran in none of them.
 */
export function leastEvaluation(visits: readonly (ScriptEvaluation | undefined)[]): ScriptEvaluation {
  const ran = visits.filter((visit) => visit !== undefined);
  if (ran.length === 0) return { wallMs: NaN, cpuMs: NaN, frames: 0 };
  return {
    wallMs: Math.min(...ran.map((visit) => visit.wallMs)),
    cpuMs: Math.min(...ran.map((visit) => visit.cpuMs)),
    frames: Math.max(...ran.map((visit) => visit.frames)),
  };
}
