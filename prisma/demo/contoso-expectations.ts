import { agentSessionKeys as s } from "./contoso-agents";
import { contoso } from "./contoso-infrastructure";
import { demoIds, type RuleExpectation } from "./ids";

const id = demoIds(contoso);
const user = id.user;
const pc = id.cloudPc;
const client = id.client;
const policy = id.policy;
const session = (key: string) => id.agentSession(key);

/**
 * What the rule engine must say about Contoso. Tenant-wide rules that cannot both fail and pass in
 * one tenant list only passes here (AUTH-001, AUTH-003, AUTH-004, SSO-002, EXT-008, INS-004) or only
 * fails (INS-001); Fabrikam covers the other side.
 */
export const contosoExpectations: RuleExpectation[] = [
  { ruleId: "JOIN-001", fails: [policy("berlin-hybrid-sso")], passes: [policy("finance-hybrid-sso"), policy("operations-hybrid")] },
  { ruleId: "JOIN-002", fails: [policy("berlin-hybrid-sso")], passes: [policy("finance-hybrid-sso"), policy("operations-hybrid")] },
  {
    ruleId: "JOIN-003",
    fails: [pc("carlos.slattery"), pc("lena.fischer"), pc("akira.sato")],
    passes: [pc("adele.vance"), pc("jonas.weber"), pc("diego.siciliani")],
  },
  { ruleId: "JOIN-004", fails: [pc("hector.ruiz"), pc("ben.walters")], passes: [pc("megan.bowen"), pc("miriam.graham")] },
  { ruleId: "JOIN-005", fails: [client("alex.wilber", "home")], passes: [client("alex.wilber", "office"), client("adele.vance")] },
  { ruleId: "EXT-001", fails: [pc("lena.fischer")], passes: [pc("omar.haddad"), pc("grace.taylor")] },
  { ruleId: "EXT-002", fails: [pc("marco.rossi")], passes: [pc("omar.haddad"), pc("yuki.tanaka")] },
  { ruleId: "EXT-003", fails: [pc("yuki.tanaka")], passes: [pc("omar.haddad"), pc("marco.rossi")] },
  { ruleId: "EXT-004", fails: [pc("grace.taylor")], passes: [pc("omar.haddad"), pc("lena.fischer")] },
  {
    ruleId: "EXT-005",
    fails: [client("daniel.okafor", "windowsAppMac"), client("daniel.okafor", "windowsAppIos")],
    passes: [client("omar.haddad"), client("grace.taylor", "windowsAppWeb")],
  },
  { ruleId: "EXT-006", fails: [client("sofia.marin")], passes: [client("omar.haddad")] },
  { ruleId: "EXT-007", fails: [user("noah.becker")], passes: [user("omar.haddad")] },
  { ruleId: "EXT-008", fails: [], passes: [user("omar.haddad"), user("grace.taylor")] },
  { ruleId: "EXT-009", fails: [user("li.wei"), user("jack.miller")], passes: [user("omar.haddad")] },
  { ruleId: "EXT-010", fails: [user("chloe.dubois")], passes: [user("omar.haddad")] },
  { ruleId: "EXT-011", fails: [user("priya.raman")], passes: [user("omar.haddad")] },
  { ruleId: "EXT-012", fails: [user("tariq.aziz")], passes: [user("omar.haddad")] },
  { ruleId: "FED-001", fails: [user("wendy.park"), user("ravi.kumar")], passes: [user("tom.keller")] },
  { ruleId: "FED-002", fails: [pc("rosa.alvarez")], passes: [pc("tom.keller"), pc("akira.sato")] },
  { ruleId: "SSO-001", fails: [policy("operations-hybrid"), policy("contractors-entra")], passes: [policy("finance-hybrid-sso"), policy("corporate-entra-sso")] },
  { ruleId: "SSO-002", fails: [], passes: [policy("finance-hybrid-sso"), policy("corporate-entra-sso"), policy("partners-entra-sso")] },
  { ruleId: "SSO-003", fails: [id.servicePrincipal("windowsCloudLogin")], passes: [id.servicePrincipal("microsoftRemoteDesktop")] },
  { ruleId: "SSO-004", fails: [policy("berlin-hybrid-sso")], passes: [policy("finance-hybrid-sso")] },
  {
    ruleId: "SSO-005",
    fails: [client("diego.siciliani"), client("johanna.lorenz", "remoteDesktopWindows"), client("kim.akers")],
    passes: [client("isaiah.langer"), client("bianca.pisani")],
  },
  { ruleId: "SSO-006", fails: [pc("enrico.cattaneo")], passes: [pc("miriam.graham"), pc("adele.vance")] },
  { ruleId: "AUTH-001", fails: [], passes: [id.tenant] },
  {
    ruleId: "AUTH-002",
    fails: [id.conditionalAccessPolicy("cpc-phishing-resistant-pilot"), id.conditionalAccessPolicy("legacy-wvd-mfa")],
    passes: [id.conditionalAccessPolicy("cpc-mfa")],
  },
  { ruleId: "AUTH-003", fails: [], passes: [id.tenant] },
  { ruleId: "AUTH-004", fails: [], passes: [user("nestor.wilke"), user("pradeep.gupta")] },
  { ruleId: "AUTH-005", fails: [user("joni.sherman")], passes: [user("miriam.graham"), user("grady.archie")] },
  { ruleId: "AUTH-006", fails: [client("allan.deyoung")], passes: [client("miriam.graham")] },
  { ruleId: "INS-001", fails: [user("joni.sherman"), user("grady.archie")], passes: [] },
  {
    ruleId: "INS-002",
    fails: [client("joni.sherman", "windowsAppMac"), client("grady.archie", "old-laptop")],
    passes: [client("joni.sherman")],
  },
  { ruleId: "INS-003", fails: [pc("pradeep.gupta")], passes: [pc("nestor.wilke")] },
  { ruleId: "INS-004", fails: [], passes: [pc("nestor.wilke"), pc("pradeep.gupta")] },
  {
    ruleId: "INS-005",
    fails: [client("nestor.wilke", "windowsAppWeb"), client("pradeep.gupta", "windowsAppIos")],
    passes: [client("nestor.wilke"), client("pradeep.gupta", "windowsAppMac")],
  },
  { ruleId: "AGT-001", fails: [session(s.missedReset)], passes: [session(s.clean), session(s.cleanReuse), session(s.running)] },
  { ruleId: "AGT-002", fails: [session(s.replay)], passes: [session(s.clean)] },
  { ruleId: "AGT-003", fails: [session(s.unassignedAgent), session(s.wrongCloudPc)], passes: [session(s.clean)] },
  { ruleId: "AGT-004", fails: [session(s.riskIgnored)], passes: [session(s.riskRevoked), session(s.clean)] },
  { ruleId: "AGT-005", fails: [session(s.credentialsLeft)], passes: [session(s.clean)] },
  { ruleId: "AGT-006", fails: [session(s.interactive)], passes: [session(s.clean)] },
];
