import Link from "next/link";
import { clientPlatforms, credentialSupport, platformLabels, type Support } from "@/lib/matrix/credential-support";
import type { CredentialCounts } from "@/lib/matrix/queries";
import { MatrixTable } from "./matrix-table";
import { cellTone } from "./rule-flags";

const credentialLabels: Record<string, string> = {
  password: "Password",
  microsoftAuthenticator: "Microsoft Authenticator",
  fido2: "Passkey / FIDO2 security key",
  windowsHelloForBusiness: "Windows Hello for Business",
  smartCard: "Smart card",
};

const supportText: Record<Support, { mark: string; label: string; tone: string }> = {
  yes: { mark: "✔", label: "Supported", tone: "text-emerald-700 dark:text-emerald-300" },
  preview: { mark: "✔", label: "Preview", tone: "text-amber-700 dark:text-amber-300" },
  no: { mark: "✘", label: "Not supported", tone: "text-red-700 dark:text-red-300" },
  notListed: { mark: "–", label: "Not listed", tone: "text-slate-500 dark:text-slate-400" },
};

/** Credential x authentication phase x client platform, with the people who use each combination. */
export function CredentialMatrix({ counts }: { counts: CredentialCounts }) {
  return (
    <div className="space-y-6">
      {credentialSupport.map((phase) => (
        <MatrixTable
          key={phase.phase}
          title={`Credentials × clients: ${phase.title}`}
          caption={phase.note}
          head={
            <tr>
              <th scope="col" className="px-3 py-2 text-left">Credential</th>
              {clientPlatforms.map((p) => (
                <th key={p} scope="col" className="px-3 py-2 text-left">{platformLabels[p]}</th>
              ))}
            </tr>
          }
        >
          {phase.rows.map((row) => (
            <tr key={row.credential}>
              <th scope="row" className="px-3 py-2 text-left font-medium">{credentialLabels[row.credential]}</th>
              {clientPlatforms.map((platform) => {
                const support = supportText[row.support[platform]];
                const cell = counts[phase.phase]?.[row.credential]?.[platform] ?? { users: 0, affected: 0 };
                const broken = cell.affected > 0 || (row.support[platform] === "no" && cell.users > 0);
                return (
                  <td key={platform} className={`px-3 py-2 ${cellTone(broken)}`}>
                    <span className={support.tone} title={support.label}>
                      {support.mark} <span className="text-xs">{support.label}</span>
                    </span>
                    {cell.users > 0 ? (
                      <p className="text-xs text-slate-600 dark:text-slate-400">
                        {row.breakingRules.length > 0 && cell.affected > 0 ? (
                          <Link href={`/findings?${new URLSearchParams({ ruleId: row.breakingRules[0], status: "open", verdict: "fail" })}`} className="font-medium text-red-700 hover:underline dark:text-red-300">
                            {cell.affected} of {cell.users} affected
                          </Link>
                        ) : (
                          <>{cell.users} {cell.users === 1 ? "person" : "people"}</>
                        )}
                      </p>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </MatrixTable>
      ))}
    </div>
  );
}
