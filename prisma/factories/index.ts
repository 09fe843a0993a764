/** Snapshot factories shared by the demo tenants, the seed, the tests and the benchmark. */
export * from "./agents";
export * from "./authentication";
export * from "./clients";
export * from "./clock";
export * from "./cloud-pcs";
export * from "./conditional-access";
export * from "./configuration-assignments";
export * from "./ids";
export * from "./network-connections";
export * from "./os";
export * from "./provisioning-policies";
export * from "./tenant";
export * from "./users";
export * from "./synthetic";
