/** Every react-query key comes from here, so invalidation never guesses at a string. */
export const evaluationKeys = {
  all: ["evaluation"] as const,
  status: (tenantId: string) => ["evaluation", "status", tenantId] as const,
};

/** The inventory tables: one list per entity, keyed by tenant and the table's URL parameters. */
export const inventoryKeys = {
  all: ["inventory"] as const,
  lists: (entity: string) => ["inventory", entity, "list"] as const,
  list: (entity: string, tenantId: string, params: object) => ["inventory", entity, "list", tenantId, params] as const,
};

/** The help-desk diagnosis: user search, a user's pickers, each diagnosis by its full input, a user's history. */
export const diagnosisKeys = {
  all: ["diagnosis"] as const,
  userSearch: (tenantId: string, q: string) => ["diagnosis", "userSearch", tenantId, q] as const,
  subjects: (tenantId: string, userId: string) => ["diagnosis", "subjects", tenantId, userId] as const,
  run: (tenantId: string, input: object) => ["diagnosis", "run", tenantId, input] as const,
  history: (tenantId: string, userId: string) => ["diagnosis", "history", tenantId, userId] as const,
};
