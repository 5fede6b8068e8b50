/** A mistake in how a command was called (exit 2), as opposed to a problem with the archive (exit 1). */
export class UsageError extends Error {}
