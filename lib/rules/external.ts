import { externalCloudPcRules } from "./external-cloud-pc";
import { externalUserRules } from "./external-user";
import type { RuleDefinition } from "./types";

/** External identity (preview) rules, EXT-001 to EXT-012: device and client requirements, then user limitations. */
export const externalRules: RuleDefinition[] = [...externalCloudPcRules, ...externalUserRules];
