// Errors meant for the person at the keyboard: printed as they are, without a stack trace.
export class UserError extends Error {}
