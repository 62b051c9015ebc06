// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Bicep's `${…}` interpolation, compared here as text.
/**
 * infra/azure.bicep for police data: PostgreSQL reachable only from the app (a private endpoint in the
 * app's virtual network, no public access, no "allow all Azure services" rule), the app connecting as a
 * least-privileged role rather than the server's administrator, Key Vault with purge protection, and
 * the Microsoft 365 channel on so the message extension works in Outlook. Read as text (see
 * infra-files.ts: no Bicep compiler here), so each check names the exact property it needs.
 */
import { describe, expect, it } from "vitest";
import { repoFile } from "../app-package/app-package-fixture.ts";
import { bicepParams, toolkitProject } from "./infra-files.ts";

const bicep = repoFile("infra/azure.bicep");

/** The body of `resource <name> '<type>@…' = { … }`, up to the next top-level declaration. */
function resource(name: string): string {
  const start = bicep.search(new RegExp(`^resource ${name} '`, "m"));
  if (start < 0) throw new Error(`azure.bicep: no resource ${name}`);
  const rest = bicep.slice(start + 1);
  const end = rest.search(/^(resource|var|param|output|\/\/ ----) /m);
  return bicep.slice(start, end < 0 ? undefined : start + 1 + end);
}

/** The resource type of every declared resource whose type starts with `prefix`. */
const resourcesOfType = (type: string) =>
  [...bicep.matchAll(/^resource (\w+) '([^@']+)@/gm)].filter((m) => m[2] === type).map((m) => m[1] as string);

describe("PostgreSQL", () => {
  it("has no public endpoint and no firewall rule, least of all one for all of Azure", () => {
    expect(resource("postgres")).toMatch(/publicNetworkAccess: 'Disabled'/);
    expect(resourcesOfType("Microsoft.DBforPostgreSQL/flexibleServers/firewallRules")).toEqual([]);
    expect(bicep).not.toMatch(/0\.0\.0\.0|AllowAzureServices|AllowAll/);
  });

  it("is reached through a private endpoint in the app's network, under its own name", () => {
    const [endpoint] = resourcesOfType("Microsoft.Network/privateEndpoints");
    const text = resource(endpoint ?? "");
    expect(text).toContain("privateLinkServiceId: postgres.id");
    expect(text).toMatch(/groupIds: \[\s*'postgresqlServer'\s*\]/);
    expect(text).toMatch(/subnet: \{\s*id: '\$\{network\.id\}\/subnets\//);
    const [zone] = resourcesOfType("Microsoft.Network/privateDnsZones");
    expect(resource(zone ?? "")).toContain("name: 'privatelink.postgres.database.azure.com'");
    const [link] = resourcesOfType("Microsoft.Network/privateDnsZones/virtualNetworkLinks");
    expect(resource(link ?? "")).toMatch(/virtualNetwork: \{\s*id: network\.id/);
    const [group] = resourcesOfType("Microsoft.Network/privateEndpoints/privateDnsZoneGroups");
    expect(resource(group ?? "")).toContain(`privateDnsZoneId: ${zone}.id`);
  });

  it("is the web app's only way out to it: VNet integration in a subnet delegated to App Service, all traffic routed", () => {
    const webApp = resource("webApp");
    expect(webApp).toMatch(/virtualNetworkSubnetId: '\$\{network\.id\}\/subnets\/\$\{appSubnetName\}'/);
    expect(webApp).toContain("vnetRouteAllEnabled: true");
    expect(resource("network")).toMatch(
      /name: appSubnetName[\s\S]*?serviceName: 'Microsoft\.Web\/serverFarms'/,
    );
  });
});

describe("the app's database login", () => {
  it("is the least-privileged app role, with its own secret password; the administrator's stays out of the app", () => {
    const url = resource("databaseUrlSecret");
    expect(url).toContain("postgres://${postgresAppLogin}:${uriComponent(postgresAppPassword)}@");
    expect(url).not.toMatch(/postgresAdmin/);
    const params = bicepParams(bicep);
    expect(params.find((param) => param.name === "postgresAppPassword")?.secure).toBe(true);
    expect(bicep).toMatch(/^param postgresAppLogin string = 'strategilotsen_app'$/m);
    const adminPasswordUses = bicep.split("\n").filter((line) => /[^@]\bpostgresAdminPassword\b/.test(line));
    expect(adminPasswordUses.map((line) => line.trim())).toEqual([
      "param postgresAdminPassword string",
      "administratorLoginPassword: postgresAdminPassword",
    ]);
  });

  it("is created by the administrator as docs/deploy.md says, under the name Bicep connects with", () => {
    const guide = repoFile("docs/deploy.md");
    expect(guide).toMatch(/CREATE ROLE strategilotsen_app LOGIN/);
    expect(guide).toMatch(/GRANT CONNECT ON DATABASE strategilotsen TO strategilotsen_app/);
    expect(guide).not.toMatch(/GRANT azure_pg_admin|SUPERUSER|CREATEROLE/);
  });
});

describe("Key Vault and the bot", () => {
  it("Key Vault has purge protection on, so the feedback secret cannot be purged before its retention ends", () => {
    expect(resource("keyVault")).toContain("enablePurgeProtection: true");
  });

  it("the bot has the Teams channel and the Microsoft 365 channel (Outlook's message extension)", () => {
    const channels = resourcesOfType("Microsoft.BotService/botServices/channels").map(resource);
    expect(channels.some((text) => /channelName: 'MsTeamsChannel'/.test(text))).toBe(true);
    expect(
      channels.some((text) => /name: 'M365Extensions'[\s\S]*channelName: 'M365Extensions'/.test(text)),
    ).toBe(true);
  });

  it("the local bot's registration has both channels too", () => {
    const registration = toolkitProject("m365agents.local.yml").provision?.find(
      (action) => action.uses === "botFramework/create",
    );
    expect(registration?.with?.channels).toEqual([{ name: "msteams" }, { name: "m365extensions" }]);
  });
});
