import { clientRef, clientSubject, cloudPcEvidence, ssoEvidence } from "./subjects";
import type { RuleDefinition, RuleResult } from "./types";
import { assess } from "./assessment";

/**
 * SSO-005, on its own because it judges the client device rather than the policy: without SSO the
 * only way past the prompt is saved credentials, which are safe only on a secure device (seed 003).
 */
export const sso005: RuleDefinition = {
  id: "SSO-005",
  title: "SSO off and credentials saved in a client on a device that is not secure",
  severity: "medium",
  stalls: false,
  phase: "remoteSession",
  entityType: "client",
  rationale:
    "Without single sign-on, the only way to avoid the Cloud PC credential prompt is to save the credentials in the client, and they should only be saved on secure devices. On an unmanaged or shared device, anyone who uses it can open the user's Cloud PC.",
  remediation: [
    "Remove the saved Cloud PC credentials from the client on that device.",
    "Turn on single sign-on for the user's provisioning policy so saving credentials is no longer needed.",
    "Enroll the device in Intune, or stop using a shared device for this Cloud PC.",
  ],
  source: "seed 003 SSO",
  evaluate({ index }) {
    const results: RuleResult[] = [];
    for (const user of index.usersById.values()) {
      const withoutSso = user.cloudPcs.find((cloudPc) => cloudPc.sso.value === false);
      if (!withoutSso) continue;
      for (const client of user.clients) {
        const entry = { client, user };
        const ref = clientRef(entry);
        const device = client.deviceName ?? client.id;
        const v = assess("SSO-005", clientSubject(entry, withoutSso)).note(cloudPcEvidence(withoutSso), ssoEvidence(withoutSso));
        const saved = client.credentialsSaved ?? null;
        v.note({ label: "Credentials saved in the client", value: saved, ref });
        if (saved === null) v.missing(`Whether Cloud PC credentials are saved in the client on ${device} (credentialsSaved)`);
        if (saved !== true) {
          results.push(v.result());
          continue;
        }
        const managed = { label: "Device managed", value: client.managed ?? null, ref };
        const shared = { label: "Device shared", value: client.shared ?? null, ref };
        if (client.managed === false || client.shared === true) v.fail(managed, shared);
        else {
          v.note(managed, shared);
          // A device is secure only when both facts say so; one missing fact is not a pass.
          if (client.managed == null) v.missing(`Whether ${device} is managed (managed)`);
          if (client.shared == null) v.missing(`Whether ${device} is shared with other people (shared)`);
        }
        results.push(v.result());
      }
    }
    return results;
  },
};
