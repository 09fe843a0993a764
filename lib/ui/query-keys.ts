/** Every react-query key comes from here, so invalidation never guesses at a string. */
export const evaluationKeys = {
  all: ["evaluation"] as const,
  status: (tenantId: string) => ["evaluation", "status", tenantId] as const,
};
