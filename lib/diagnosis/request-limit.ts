/** A diagnosis request is a user, a Cloud PC, a client and a few answers: a few hundred bytes. */
export const MAX_DIAGNOSIS_REQUEST_BYTES = 64 * 1024;
