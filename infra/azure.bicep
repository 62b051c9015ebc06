// Strategilotsen in Azure: one Linux App Service (Node 24) serving the bot (/api/messages) and the tab
// (/tab/…), its Azure Bot registration on the Teams and Microsoft 365 (Outlook) channels, a
// user-assigned managed identity that is both the bot's identity and the app's key to Key Vault,
// PostgreSQL for the feedback store, reachable only from the app through a virtual network, and
// Application Insights. Deployed by `arm/deploy` in m365agents.yml with azure.parameters.json.
//
// Secrets never appear in app settings or in the repository: DATABASE_URL and FEEDBACK_SECRET are
// Key Vault secrets, and the app settings hold Key Vault references that App Service resolves with the
// managed identity. Their values come in as @secure() parameters from env/.env.<name>.user.
//
// `test/infra/settings.test.ts` holds `settingsReadByCode` below to the settings core/config.ts reads.

@description('Base of every resource name: lowercase letters, digits and hyphens. The web app and the bot take it as is, so it must be unique in Azure (it becomes <name>.azurewebsites.net).')
@minLength(3)
@maxLength(40)
param resourceBaseName string

param location string = resourceGroup().location

@description('App Service plan size. B1 suffices for a few thousand users asking now and then; P0v3 adds headroom and deployment slots.')
param appServiceSku string = 'B1'

@maxLength(42)
param botDisplayName string

@description('Client id of the tab\'s single sign-on Entra app (aadApp/create in m365agents.yml).')
param aadAppClientId string

@description('Tenant of that Entra app: the Microsoft 365 tenant whose users sign in.')
param aadAppTenantId string

param postgresAdminLogin string = 'strategilotsen'

@secure()
@description('From SECRET_POSTGRES_ADMIN_PASSWORD in env/.env.<name>.user. For the administrator only: the app never gets it.')
param postgresAdminPassword string

@description('The least-privileged role the app connects as: it owns the app\'s tables and nothing else. The administrator creates it once (docs/deploy.md, step 5).')
param postgresAppLogin string = 'strategilotsen_app'

@secure()
@description('From SECRET_POSTGRES_APP_PASSWORD: the app role\'s password, which reaches the app only inside DATABASE_URL, from Key Vault.')
param postgresAppPassword string

@secure()
@description('From SECRET_FEEDBACK_SECRET: the HMAC key that turns a person into an anonymous respondent key. Changing it breaks the link to earlier answers.')
param feedbackSecret string

@description('From TEAMS_APP_ID: the Teams app\'s id (the manifest\'s id), so cards link into the tabs by Teams deep link.')
param teamsAppId string

@description('Months a feedback comment (free text) is kept before the app deletes it; ratings stay. 0 keeps comments.')
@minValue(0)
@maxValue(120)
param commentRetentionMonths int = 12

var databaseName = 'strategilotsen'
// Key Vault names are global and at most 24 characters, so this one is derived rather than readable.
var keyVaultName = 'kv-${uniqueString(resourceGroup().id, resourceBaseName)}'
var keyVaultSecretsUserRole = '4633458b-17de-408a-b874-0445c86b69e6' // built-in role "Key Vault Secrets User"

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-id'
  location: location
}

// ---- Monitoring: the app logs JSON lines (pino) to stdout, which land in this workspace, and sends
// redacted requests, dependencies and exceptions to Application Insights (core/telemetry/). ----

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-appi'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

// ---- Secrets ----

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true // access by Azure roles, granted below; no access policies
    softDeleteRetentionInDays: 90
    // Not even an owner can purge a deleted secret (or the vault) before the 90 days are over: the
    // feedback secret cannot be lost by mistake or by an attacker, and answers stay anonymous-but-linked.
    enablePurgeProtection: true
  }
}

resource appReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keyVault.id, identity.id, keyVaultSecretsUserRole)
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRole)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource databaseUrlSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'database-url'
  properties: {
    // The app role, never the administrator. verify-full: TLS with the server's certificate checked
    // against Node's trusted roots; the name resolves to the private endpoint inside the network.
    value: 'postgres://${postgresAppLogin}:${uriComponent(postgresAppPassword)}@${postgres.properties.fullyQualifiedDomainName}:5432/${databaseName}?sslmode=verify-full'
  }
}

resource feedbackSecretSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'feedback-secret'
  properties: {
    value: feedbackSecret
  }
}

// ---- The feedback store: PostgreSQL, so any number of app instances share one store. ----

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: '${resourceBaseName}-pg'
  location: location
  sku: {
    name: 'Standard_B1ms'
    tier: 'Burstable'
  }
  properties: {
    version: '16'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: {
      storageSizeGB: 32
    }
    backup: {
      backupRetentionDays: 14
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    // No public endpoint and no firewall rules: the only way in is the private endpoint below, from
    // the app's virtual network. TLS is required by default.
    network: {
      publicNetworkAccess: 'Disabled'
    }
  }
}

// ---- The network: the web app's outbound traffic enters the virtual network (VNet integration), where
// PostgreSQL has its only address, a private endpoint. ----

var appSubnetName = 'app'
var endpointSubnetName = 'private-endpoints'

resource network 'Microsoft.Network/virtualNetworks@2023-09-01' = {
  name: '${resourceBaseName}-vnet'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.40.0.0/24'
      ]
    }
    subnets: [
      {
        name: appSubnetName
        properties: {
          addressPrefix: '10.40.0.0/26'
          delegations: [
            {
              name: 'app-service'
              properties: {
                serviceName: 'Microsoft.Web/serverFarms'
              }
            }
          ]
        }
      }
      {
        name: endpointSubnetName
        properties: {
          addressPrefix: '10.40.0.64/27'
        }
      }
    ]
  }
}

resource postgresEndpoint 'Microsoft.Network/privateEndpoints@2023-09-01' = {
  name: '${resourceBaseName}-pg-endpoint'
  location: location
  properties: {
    subnet: {
      id: '${network.id}/subnets/${endpointSubnetName}'
    }
    privateLinkServiceConnections: [
      {
        name: 'postgres'
        properties: {
          privateLinkServiceId: postgres.id
          groupIds: [
            'postgresqlServer'
          ]
        }
      }
    ]
  }
}

// The server's usual name resolves, inside the network, to the endpoint's private address.
resource postgresDns 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.postgres.database.azure.com'
  location: 'global'
}

resource postgresDnsInNetwork 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  parent: postgresDns
  name: 'app-network'
  location: 'global'
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: network.id
    }
  }
}

resource postgresEndpointDns 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2023-09-01' = {
  parent: postgresEndpoint
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: 'postgres'
        properties: {
          privateDnsZoneId: postgresDns.id
        }
      }
    ]
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// ---- The app ----

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
  }
  properties: {
    reserved: true // reserved = Linux
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: resourceBaseName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Outbound traffic goes through the app's subnet, all of it, so the database's private name is used.
    virtualNetworkSubnetId: '${network.id}/subnets/${appSubnetName}'
    vnetRouteAllEnabled: true
    keyVaultReferenceIdentity: identity.id // resolve @Microsoft.KeyVault(...) settings as the identity
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts' // Node 24 LTS; package.json's engines, README "Running in production"
      // Builds nothing and needs no devDependency: the tab was built once by the deploy step and shipped.
      // (`npm start` would rebuild it on every instance at once, with esbuild, a devDependency.)
      appCommandLine: 'npm run start:prod'
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

// Every setting core/config.ts reads that Azure must set. The rest keep their defaults (PORT is set
// by App Service itself); test/infra/settings.test.ts lists them and why.
var settingsReadByCode = {
  BOT_ID: identity.properties.clientId
  BOT_TYPE: 'UserAssignedMSI' // no password: the bot authenticates as the managed identity
  BOT_TENANT_ID: identity.properties.tenantId
  DATABASE_URL: '@Microsoft.KeyVault(SecretUri=${databaseUrlSecret.properties.secretUri})'
  FEEDBACK_SECRET: '@Microsoft.KeyVault(SecretUri=${feedbackSecretSecret.properties.secretUri})'
  TEAMS_APP_ID: teamsAppId
  AAD_APP_CLIENT_ID: aadAppClientId
  AAD_APP_TENANT_ID: aadAppTenantId
  TAB_APP_ID_URI: 'api://${webApp.properties.defaultHostName}/${aadAppClientId}'
  AAD_JWKS_URL: '${environment().authentication.loginEndpoint}${aadAppTenantId}/discovery/v2.0/keys'
  COMMENT_RETENTION_MONTHS: string(commentRetentionMonths)
  // The app starts the SDK itself (core/telemetry/), redacting every span before it is sent.
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
}

// Settings App Service itself reads; the code never does.
var platformSettings = {
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'true' // install node_modules on Linux during zip deploy (native better-sqlite3)
  // The App Service agent off: its telemetry would bypass the app's redaction (URLs with query strings).
  ApplicationInsightsAgent_EXTENSION_VERSION: 'disabled'
}

// A separate resource, because the settings use the web app's own host name. Note: this replaces all
// app settings on every provision — change settings here, not in the portal.
resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'appsettings'
  properties: union(platformSettings, settingsReadByCode)
  dependsOn: [
    appReadsSecrets
    database
    postgresEndpointDns
    postgresDnsInNetwork
  ]
}

resource webAppLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: webApp
  properties: {
    workspaceId: logs.id
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
  }
}

// ---- The bot registration: Teams sends activities to the web app, signed for the managed identity. ----

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'F0' // Teams is a standard channel: no message charges on F0
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

// The Microsoft 365 channel: the message extension in Outlook reaches the bot through it.
resource microsoft365Channel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'M365Extensions'
  location: 'global'
  properties: {
    channelName: 'M365Extensions'
  }
}

// Written to env/.env.<name> by arm/deploy; the manifest and the deploy step use them.
output AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output TAB_DOMAIN string = webApp.properties.defaultHostName
output BOT_ID string = identity.properties.clientId
