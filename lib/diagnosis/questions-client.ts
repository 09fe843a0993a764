import { parseLocalOs } from "../rules/facts";
import type { Client } from "../validations/snapshot";
import { deviceName, isYes, sliceClient, yesNo, type QuestionDefinition } from "./question-types";

/** Questions about the device the user connects from: the person at it can usually answer them. */

type ClientFlag = "canReachRequiredUrls" | "b2bRegistryKeySet" | "lineOfSightToDomainController" | "credentialsSaved" | "managed" | "shared";

function clientFlagQuestion(
  flag: ClientFlag,
  rules: QuestionDefinition["rules"],
  wording: (device: string, client: Client) => string | null,
): QuestionDefinition {
  return {
    id: `client.${flag}`,
    scope: "client",
    audience: "user",
    rules,
    options: yesNo,
    ask: (slice) => {
      const client = sliceClient(slice);
      return client ? wording(deviceName(client), client) : null;
    },
    open: (slice) => {
      const client = sliceClient(slice);
      return client !== null && client[flag] == null;
    },
    apply: (slice, value) => {
      const client = sliceClient(slice);
      if (client) client[flag] = isYes(value);
    },
  };
}

/** The local OS answers, as the text a client records ("Windows 10 22H2"), so the rule reads them as recorded data. */
const localOsAnswers = [
  { value: "windows11", label: "Windows 11", localOs: "Windows 11" },
  { value: "windows10Supported", label: "Windows 10, version 20H2 or later", localOs: "Windows 10 20H2" },
  { value: "windows10Old", label: "Windows 10, before version 20H2", localOs: "Windows 10 2004" },
  { value: "macOs", label: "macOS", localOs: "macOS" },
  { value: "other", label: "Another operating system", localOs: "Other" },
] as const;

export const clientQuestions: QuestionDefinition[] = [
  clientFlagQuestion(
    "canReachRequiredUrls",
    ["AUTH-006"],
    (device) => `Can ${device} reach the Remote Desktop client URLs, with no proxy or firewall blocking them? (Windows App's connection check tells.)`,
  ),
  clientFlagQuestion("b2bRegistryKeySet", ["EXT-006"], (device, client) =>
    client.app === "windowsAppWindows" ? `Is the B2B registry key (EnableIdSignInUx) set on ${device}, the device running Windows App?` : null,
  ),
  clientFlagQuestion(
    "lineOfSightToDomainController",
    ["JOIN-005"],
    (device) => `Is ${device} on the corporate network, or on a VPN that reaches a domain controller, when the user connects?`,
  ),
  clientFlagQuestion("credentialsSaved", ["SSO-005"], (device) => `Are the Cloud PC credentials saved in the client on ${device}?`),
  clientFlagQuestion("managed", ["SSO-005"], (device) => `Is ${device} managed by the organisation (enrolled in Intune)?`),
  clientFlagQuestion("shared", ["SSO-005"], (device) => `Do other people use ${device}?`),
  {
    id: "client.localOs",
    scope: "client",
    audience: "user",
    rules: ["INS-002"],
    options: localOsAnswers.map(({ value, label }) => ({ value, label })),
    ask: (slice) => {
      const client = sliceClient(slice);
      return client ? `Which operating system does ${deviceName(client)} run?` : null;
    },
    open: (slice) => {
      const client = sliceClient(slice);
      if (!client) return false;
      if (!client.localOs) return true;
      // Windows 10 without its release is as good as unrecorded: WebAuthn redirection depends on the release.
      const os = parseLocalOs(client.localOs);
      return os.windowsVersion === 10 && os.release === null;
    },
    apply: (slice, value) => {
      const client = sliceClient(slice);
      const answer = localOsAnswers.find((candidate) => candidate.value === value);
      if (client && answer) client.localOs = answer.localOs;
    },
  },
];
