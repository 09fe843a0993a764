import type { TenantSnapshot } from "../../lib/validations/snapshot";
import type { CastEntry } from "./cast";
import { buildContosoSnapshot, contosoCast, contosoExpectations, contosoSessionScenarios } from "./contoso";
import { buildFabrikamSnapshot, fabrikamCast, fabrikamExpectations } from "./fabrikam";
import type { RuleExpectation } from "./ids";

export type { CastEntry } from "./cast";
export type { RuleExpectation } from "./ids";
export { buildContosoSnapshot, contosoExpectations } from "./contoso";
export { buildFabrikamSnapshot, fabrikamExpectations } from "./fabrikam";

export interface DemoTenant {
  snapshot: TenantSnapshot;
  expectations: RuleExpectation[];
  /** The tenant's people by identity type and scenario. */
  cast: CastEntry[];
  /** What each agent session shows. */
  sessionScenarios: { sessionId: string; scenario: string }[];
}

/** Both demo tenants; built when this module loads, so callers that change a snapshot should build their own. */
export const demoTenants: DemoTenant[] = [
  { snapshot: buildContosoSnapshot(), expectations: contosoExpectations, cast: contosoCast(), sessionScenarios: contosoSessionScenarios() },
  { snapshot: buildFabrikamSnapshot(), expectations: fabrikamExpectations, cast: fabrikamCast(), sessionScenarios: [] },
];
