import type { z } from "zod";
import type { IdentityType } from "../../lib/validations/enums";
import type {
  Client,
  GraphCloudPc,
  GraphOnPremisesConnection,
  GraphProvisioningPolicy,
  GraphUser,
  UserFacts,
} from "../../lib/validations/snapshot";
import {
  aliasOf,
  makeClient,
  makeCloudPc,
  makeUser,
  type ClientInput,
  type CloudPcInput,
  type TenantContext,
} from "../factories";

/**
 * A demo tenant's people written as a table: each person with their Cloud PC and the devices they
 * connect from. The builder turns the table into Graph users, Cloud PCs and clients, and keeps the
 * scenario text for the demo document.
 */

export interface CloudPcPlan extends Omit<CloudPcInput, "key" | "user" | "policy" | "networkConnection"> {
  /** Key of the provisioning policy in the tenant's policy table. */
  policy: string;
  /** Id seed; defaults to the person's alias. */
  key?: string;
}

export interface ClientPlan extends Omit<ClientInput, "user" | "key"> {
  /** Distinguishes a person's clients in the id seed; defaults to the app. */
  key?: string;
}

export interface PersonPlan {
  name: string;
  kind: IdentityType;
  alias?: string;
  domain?: string;
  department?: string;
  jobTitle?: string;
  /** Why this person is in the demo, for docs/demo-tenant.md. Ordinary staff have none. */
  scenario?: string;
  /** Keys of the tenant's groups. */
  groups?: string[];
  facts?: z.input<typeof UserFacts>;
  overrides?: Partial<GraphUser>;
  /** Their Cloud PCs; none for people who only sign in to other apps. */
  cloudPcs?: CloudPcPlan[];
  /** Devices they connect from; defaults to one managed Windows laptop with Windows App. */
  clients?: ClientPlan[];
}

export interface CastEntry {
  userId: string;
  displayName: string;
  identityType: IdentityType;
  scenario: string | null;
}

export interface TenantTables {
  policies: Record<string, GraphProvisioningPolicy>;
  networkConnections: GraphOnPremisesConnection[];
  groups: Record<string, { id: string }>;
}

/** What most people in a tenant use; explicit `null` in a plan's facts wins (unrecorded facts). */
function defaultFacts(kind: IdentityType): z.input<typeof UserFacts> {
  const facts: z.input<typeof UserFacts> = { signInMethods: ["password", "microsoftAuthenticator"] };
  if (kind === "external") {
    facts.homeCloud = "commercial";
    facts.requiresOnPremisesKerberos = false;
    facts.softwareEntitlements = "Microsoft 365 Apps for enterprise, licensed by the home tenant";
  }
  return facts;
}

export function buildCast(ctx: TenantContext, people: PersonPlan[], tables: TenantTables) {
  const users: GraphUser[] = [];
  const cloudPCs: GraphCloudPc[] = [];
  const clients: Client[] = [];
  const cast: CastEntry[] = [];
  const connectionsById = new Map(tables.networkConnections.map((connection) => [connection.id, connection]));

  for (const person of people) {
    const alias = person.alias ?? aliasOf(person.name);
    const memberOf = (person.groups ?? []).map((key) => {
      const group = tables.groups[key];
      if (!group) throw new Error(`${person.name}: unknown group ${key}`);
      return group.id;
    });
    // People get a Cloud PC by being in a group its provisioning policy is assigned to.
    for (const plan of person.cloudPcs ?? []) {
      for (const assignment of tables.policies[plan.policy]?.assignments ?? []) {
        const groupId = assignment.target?.groupId;
        if (groupId && !memberOf.includes(groupId)) memberOf.push(groupId);
      }
    }
    const user = makeUser(ctx, {
      displayName: person.name,
      kind: person.kind,
      alias,
      domain: person.domain,
      department: person.department,
      jobTitle: person.jobTitle,
      memberOf,
      sightline: { ...defaultFacts(person.kind), ...person.facts },
      overrides: person.overrides,
    });
    users.push(user);
    cast.push({
      userId: user.id,
      displayName: person.name,
      identityType: person.facts?.identityTypeOverride ?? person.kind,
      scenario: person.scenario ?? null,
    });

    for (const plan of person.cloudPcs ?? []) {
      const { policy: policyKey, key, ...rest } = plan;
      const policy = tables.policies[policyKey];
      if (!policy) throw new Error(`${person.name}: unknown provisioning policy ${policyKey}`);
      const connectionId = policy.domainJoinConfigurations?.[0]?.onPremisesConnectionId;
      cloudPCs.push(
        makeCloudPc(ctx, {
          ...rest,
          key: key ?? alias,
          user,
          policy,
          networkConnection: connectionId ? connectionsById.get(connectionId) : null,
        }),
      );
    }

    for (const plan of person.clients ?? [{ app: "windowsAppWindows" }]) {
      const { key, ...rest } = plan;
      clients.push(makeClient(ctx, { ...rest, key: `${alias}/${key ?? plan.app}`, user }));
    }
  }
  return { users, cloudPCs, clients, cast };
}
