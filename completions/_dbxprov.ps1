
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'dbxprov' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'dbxprov'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'dbxprov' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Set up a tested connection, optionally an import and an outbound rule, step by step')
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'Connections to Dropbox teams: credentials, user actions, tests')
            [CompletionResult]::new('directory', 'directory', [CompletionResultType]::ParameterValue, 'The directory: users, groups, populations, import and export')
            [CompletionResult]::new('rule', 'rule', [CompletionResultType]::ParameterValue, 'Provisioning rules: scope, mappings, deletion limit')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Run rules and see what happened to whom')
            [CompletionResult]::new('notify', 'notify', [CompletionResultType]::ParameterValue, 'Where runs are told: webhooks (Slack, Teams) and mail, on failures, guard stops, recoveries')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Each enabled rule''s health for a monitor: one line, exit 0 OK, 1 WARNING, 2 CRITICAL')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Run the whole story against the built-in Dropbox emulator, in a temporary home')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbxprov;setup' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;connection' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a connection to a Dropbox team or an LDAP directory (and test it)')
            [CompletionResult]::new('authorize', 'authorize', [CompletionResultType]::ParameterValue, 'Obtain a refresh token with the OAuth code flow (PKCE) and store it')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Test a connection: get an access token, read the team, check the scopes')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the connections with their last test')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one connection, its user actions and where its secrets come from')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a connection''s settings, secrets or user actions')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a connection (rules using it run again)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a connection (rules using it do not run)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a connection and its secrets')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbxprov;connection;create' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'What it reaches')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth client id (the Dropbox app key); required for Dropbox')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Free text shown by `connection show` ('''' clears it)')
            [CompletionResult]::new('--service-uri', '--service-uri', [CompletionResultType]::ParameterName, 'Base URL of the Dropbox API [at creation: https://api.dropboxapi.com/2]')
            [CompletionResult]::new('--token-endpoint', '--token-endpoint', [CompletionResultType]::ParameterName, 'OAuth token endpoint [at creation: https://api.dropboxapi.com/oauth2/token]')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'File holding the client secret (''-'' for stdin). At creation without it: DBXPROV_CLIENT_SECRET, else a hidden prompt on a terminal')
            [CompletionResult]::new('--refresh-token-file', '--refresh-token-file', [CompletionResultType]::ParameterName, 'File holding the refresh token (''-'' for stdin). At creation without it: DBXPROV_REFRESH_TOKEN, else a hidden prompt; with none, create with --no-test and run `connection authorize`')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The directory: ldaps://HOST[:PORT], or ldap://HOST[:PORT] with --starttls (clear text only to this machine)')
            [CompletionResult]::new('--bind-dn', '--bind-dn', [CompletionResultType]::ParameterName, 'The DN dbxprov binds as: a reader (its password is never a flag)')
            [CompletionResult]::new('--base-dn', '--base-dn', [CompletionResultType]::ParameterName, 'Where rules search unless they say otherwise')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA that signed the server''s certificate [default: the system''s roots]')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Entries a page asks for [default: 500; Active Directory caps a page at 1000]')
            [CompletionResult]::new('--bind-password-file', '--bind-password-file', [CompletionResultType]::ParameterName, 'File holding the bind password (''-'' for stdin). At creation without it: DBXPROV_BIND_PASSWORD, else a hidden prompt')
            [CompletionResult]::new('--remove-action', '--remove-action', [CompletionResultType]::ParameterName, 'How to deprovision: delete (remove from the team), disable (suspend, needs --disable-users) or suspend-then-delete (suspend, remove after --remove-after days) [default: disable]')
            [CompletionResult]::new('--remove-after', '--remove-after', [CompletionResultType]::ParameterName, 'With suspend-then-delete: the days a leaver stays suspended before it is removed [default: 30]')
            [CompletionResult]::new('--transfer-dest', '--transfer-dest', [CompletionResultType]::ParameterName, 'Member (email) who receives the files of removed members [default: none]')
            [CompletionResult]::new('--transfer-admin', '--transfer-admin', [CompletionResultType]::ParameterName, 'Team admin (email) told of errors while files are transferred; required with --transfer-dest [default: none]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--no-test', '--no-test', [CompletionResultType]::ParameterName, 'Save without testing the connection first')
            [CompletionResult]::new('--allow-invalid', '--allow-invalid', [CompletionResultType]::ParameterName, 'Save the connection even when its test fails (it is marked invalid)')
            [CompletionResult]::new('--starttls', '--starttls', [CompletionResultType]::ParameterName, 'Upgrade ldap:// with StartTLS before binding')
            [CompletionResult]::new('--no-starttls', '--no-starttls', [CompletionResultType]::ParameterName, 'Do not use StartTLS (ldaps://, or a server on this machine)')
            [CompletionResult]::new('--no-ca-file', '--no-ca-file', [CompletionResultType]::ParameterName, 'Check the server''s certificate against the system''s roots again')
            [CompletionResult]::new('--create-users', '--create-users', [CompletionResultType]::ParameterName, 'Create Dropbox members for directory users in scope [default: on]')
            [CompletionResult]::new('--no-create-users', '--no-create-users', [CompletionResultType]::ParameterName, 'Do not create members (new users in scope stay unsynced)')
            [CompletionResult]::new('--update-users', '--update-users', [CompletionResultType]::ParameterName, 'Update members whose directory profile changed [default: on]')
            [CompletionResult]::new('--no-update-users', '--no-update-users', [CompletionResultType]::ParameterName, 'Do not update members (changed profiles stay partially synced)')
            [CompletionResult]::new('--disable-users', '--disable-users', [CompletionResultType]::ParameterName, 'Suspend members whose directory user is disabled; needs --update-users [default: on]')
            [CompletionResult]::new('--no-disable-users', '--no-disable-users', [CompletionResultType]::ParameterName, 'Do not suspend members of disabled users')
            [CompletionResult]::new('--deprovision-users', '--deprovision-users', [CompletionResultType]::ParameterName, 'Deprovision members whose user left the scope or the directory [default: on]')
            [CompletionResult]::new('--no-deprovision-users', '--no-deprovision-users', [CompletionResultType]::ParameterName, 'Leave the members of users that left alone')
            [CompletionResult]::new('--deprovision-on-rule-deletion', '--deprovision-on-rule-deletion', [CompletionResultType]::ParameterName, 'Deprovision a rule''s members when the rule is deleted [default: off]')
            [CompletionResult]::new('--no-deprovision-on-rule-deletion', '--no-deprovision-on-rule-deletion', [CompletionResultType]::ParameterName, 'Deleting a rule only forgets its links')
            [CompletionResult]::new('--wipe-data', '--wipe-data', [CompletionResultType]::ParameterName, 'Wipe the devices of suspended and removed members [default: off]')
            [CompletionResult]::new('--no-wipe-data', '--no-wipe-data', [CompletionResultType]::ParameterName, 'Keep the devices of suspended and removed members as they are')
            [CompletionResult]::new('--keep-account', '--keep-account', [CompletionResultType]::ParameterName, 'Removed members keep their account as a Basic account [default: off]')
            [CompletionResult]::new('--no-keep-account', '--no-keep-account', [CompletionResultType]::ParameterName, 'Removed members lose their account')
            [CompletionResult]::new('--no-transfer-dest', '--no-transfer-dest', [CompletionResultType]::ParameterName, 'Stop transferring the files of removed members')
            [CompletionResult]::new('--no-transfer-admin', '--no-transfer-admin', [CompletionResultType]::ParameterName, 'Clear the transfer admin')
            [CompletionResult]::new('--welcome-email', '--welcome-email', [CompletionResultType]::ParameterName, 'Send Dropbox''s welcome email to new members [default: on]')
            [CompletionResult]::new('--no-welcome-email', '--no-welcome-email', [CompletionResultType]::ParameterName, 'Do not send Dropbox''s welcome email to new members')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;connection;authorize' {
            [CompletionResult]::new('--authorize-url', '--authorize-url', [CompletionResultType]::ParameterName, 'The consent page [default: Dropbox''s, or the `authorize` sibling of a custom token endpoint]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;connection;test' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;connection;list' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;connection;show' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;connection;update' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'New OAuth client id (app key)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Free text shown by `connection show` ('''' clears it)')
            [CompletionResult]::new('--service-uri', '--service-uri', [CompletionResultType]::ParameterName, 'Base URL of the Dropbox API [at creation: https://api.dropboxapi.com/2]')
            [CompletionResult]::new('--token-endpoint', '--token-endpoint', [CompletionResultType]::ParameterName, 'OAuth token endpoint [at creation: https://api.dropboxapi.com/oauth2/token]')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'File holding the client secret (''-'' for stdin). At creation without it: DBXPROV_CLIENT_SECRET, else a hidden prompt on a terminal')
            [CompletionResult]::new('--refresh-token-file', '--refresh-token-file', [CompletionResultType]::ParameterName, 'File holding the refresh token (''-'' for stdin). At creation without it: DBXPROV_REFRESH_TOKEN, else a hidden prompt; with none, create with --no-test and run `connection authorize`')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The directory: ldaps://HOST[:PORT], or ldap://HOST[:PORT] with --starttls (clear text only to this machine)')
            [CompletionResult]::new('--bind-dn', '--bind-dn', [CompletionResultType]::ParameterName, 'The DN dbxprov binds as: a reader (its password is never a flag)')
            [CompletionResult]::new('--base-dn', '--base-dn', [CompletionResultType]::ParameterName, 'Where rules search unless they say otherwise')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM file of the CA that signed the server''s certificate [default: the system''s roots]')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Entries a page asks for [default: 500; Active Directory caps a page at 1000]')
            [CompletionResult]::new('--bind-password-file', '--bind-password-file', [CompletionResultType]::ParameterName, 'File holding the bind password (''-'' for stdin). At creation without it: DBXPROV_BIND_PASSWORD, else a hidden prompt')
            [CompletionResult]::new('--remove-action', '--remove-action', [CompletionResultType]::ParameterName, 'How to deprovision: delete (remove from the team), disable (suspend, needs --disable-users) or suspend-then-delete (suspend, remove after --remove-after days) [default: disable]')
            [CompletionResult]::new('--remove-after', '--remove-after', [CompletionResultType]::ParameterName, 'With suspend-then-delete: the days a leaver stays suspended before it is removed [default: 30]')
            [CompletionResult]::new('--transfer-dest', '--transfer-dest', [CompletionResultType]::ParameterName, 'Member (email) who receives the files of removed members [default: none]')
            [CompletionResult]::new('--transfer-admin', '--transfer-admin', [CompletionResultType]::ParameterName, 'Team admin (email) told of errors while files are transferred; required with --transfer-dest [default: none]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--no-test', '--no-test', [CompletionResultType]::ParameterName, 'Do not test a changed client id, secret, token or endpoint (or LDAP URL, bind DN, TLS setting or password) now')
            [CompletionResult]::new('--starttls', '--starttls', [CompletionResultType]::ParameterName, 'Upgrade ldap:// with StartTLS before binding')
            [CompletionResult]::new('--no-starttls', '--no-starttls', [CompletionResultType]::ParameterName, 'Do not use StartTLS (ldaps://, or a server on this machine)')
            [CompletionResult]::new('--no-ca-file', '--no-ca-file', [CompletionResultType]::ParameterName, 'Check the server''s certificate against the system''s roots again')
            [CompletionResult]::new('--create-users', '--create-users', [CompletionResultType]::ParameterName, 'Create Dropbox members for directory users in scope [default: on]')
            [CompletionResult]::new('--no-create-users', '--no-create-users', [CompletionResultType]::ParameterName, 'Do not create members (new users in scope stay unsynced)')
            [CompletionResult]::new('--update-users', '--update-users', [CompletionResultType]::ParameterName, 'Update members whose directory profile changed [default: on]')
            [CompletionResult]::new('--no-update-users', '--no-update-users', [CompletionResultType]::ParameterName, 'Do not update members (changed profiles stay partially synced)')
            [CompletionResult]::new('--disable-users', '--disable-users', [CompletionResultType]::ParameterName, 'Suspend members whose directory user is disabled; needs --update-users [default: on]')
            [CompletionResult]::new('--no-disable-users', '--no-disable-users', [CompletionResultType]::ParameterName, 'Do not suspend members of disabled users')
            [CompletionResult]::new('--deprovision-users', '--deprovision-users', [CompletionResultType]::ParameterName, 'Deprovision members whose user left the scope or the directory [default: on]')
            [CompletionResult]::new('--no-deprovision-users', '--no-deprovision-users', [CompletionResultType]::ParameterName, 'Leave the members of users that left alone')
            [CompletionResult]::new('--deprovision-on-rule-deletion', '--deprovision-on-rule-deletion', [CompletionResultType]::ParameterName, 'Deprovision a rule''s members when the rule is deleted [default: off]')
            [CompletionResult]::new('--no-deprovision-on-rule-deletion', '--no-deprovision-on-rule-deletion', [CompletionResultType]::ParameterName, 'Deleting a rule only forgets its links')
            [CompletionResult]::new('--wipe-data', '--wipe-data', [CompletionResultType]::ParameterName, 'Wipe the devices of suspended and removed members [default: off]')
            [CompletionResult]::new('--no-wipe-data', '--no-wipe-data', [CompletionResultType]::ParameterName, 'Keep the devices of suspended and removed members as they are')
            [CompletionResult]::new('--keep-account', '--keep-account', [CompletionResultType]::ParameterName, 'Removed members keep their account as a Basic account [default: off]')
            [CompletionResult]::new('--no-keep-account', '--no-keep-account', [CompletionResultType]::ParameterName, 'Removed members lose their account')
            [CompletionResult]::new('--no-transfer-dest', '--no-transfer-dest', [CompletionResultType]::ParameterName, 'Stop transferring the files of removed members')
            [CompletionResult]::new('--no-transfer-admin', '--no-transfer-admin', [CompletionResultType]::ParameterName, 'Clear the transfer admin')
            [CompletionResult]::new('--welcome-email', '--welcome-email', [CompletionResultType]::ParameterName, 'Send Dropbox''s welcome email to new members [default: on]')
            [CompletionResult]::new('--no-welcome-email', '--no-welcome-email', [CompletionResultType]::ParameterName, 'Do not send Dropbox''s welcome email to new members')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;connection;enable' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;connection;disable' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;connection;delete' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;connection;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a connection to a Dropbox team or an LDAP directory (and test it)')
            [CompletionResult]::new('authorize', 'authorize', [CompletionResultType]::ParameterValue, 'Obtain a refresh token with the OAuth code flow (PKCE) and store it')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Test a connection: get an access token, read the team, check the scopes')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the connections with their last test')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one connection, its user actions and where its secrets come from')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a connection''s settings, secrets or user actions')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a connection (rules using it run again)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a connection (rules using it do not run)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a connection and its secrets')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbxprov;connection;help;create' {
            break
        }
        'dbxprov;connection;help;authorize' {
            break
        }
        'dbxprov;connection;help;test' {
            break
        }
        'dbxprov;connection;help;list' {
            break
        }
        'dbxprov;connection;help;show' {
            break
        }
        'dbxprov;connection;help;update' {
            break
        }
        'dbxprov;connection;help;enable' {
            break
        }
        'dbxprov;connection;help;disable' {
            break
        }
        'dbxprov;connection;help;delete' {
            break
        }
        'dbxprov;connection;help;help' {
            break
        }
        'dbxprov;directory' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import users from a CSV or JSON file (all or nothing)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export users as CSV or JSON, in the form import reads')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Users: add, list, show, set, enable, disable, delete')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Groups: create, rename, delete, list, members, add-member, remove-member')
            [CompletionResult]::new('population', 'population', [CompletionResultType]::ParameterValue, 'Populations: create, list, delete')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbxprov;directory;import' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The file''s format [default: from its extension]')
            [CompletionResult]::new('--population', '--population', [CompletionResultType]::ParameterName, 'Population of rows that name none [default: Default]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--create-populations', '--create-populations', [CompletionResultType]::ParameterName, 'Create the populations the file names that do not exist yet')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'The file is authoritative for the populations it covers: their users missing from it are deleted (refused for a file without rows)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and show what would change, without changing anything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;directory;export' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (also what --json would choose) [default: csv]')
            [CompletionResult]::new('--population', '--population', [CompletionResultType]::ParameterName, 'Only this population''s users')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;directory;user' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users, optionally of one population or group')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user (by id, username or email)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a user''s fields or attributes')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a user')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a user (outbound rules suspend its Dropbox member)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user from the directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbxprov;directory;user;add' {
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username [at creation: the email]')
            [CompletionResult]::new('--given-name', '--given-name', [CompletionResultType]::ParameterName, 'Given name (at most 50 characters, none of `/:?*<>"|`, as Dropbox accepts)')
            [CompletionResult]::new('--surname', '--surname', [CompletionResultType]::ParameterName, 'Surname (the same rules)')
            [CompletionResult]::new('--population', '--population', [CompletionResultType]::ParameterName, 'Population [at creation: Default]')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'Set an attribute (repeatable): --attr department=Sales; --attr department= removes it')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Add the user disabled')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;directory;user;list' {
            [CompletionResult]::new('--population', '--population', [CompletionResultType]::ParameterName, 'Only this population''s users')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only this group''s members')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;directory;user;show' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;directory;user;set' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'New email address (Dropbox''s pattern; unique in the directory)')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username [at creation: the email]')
            [CompletionResult]::new('--given-name', '--given-name', [CompletionResultType]::ParameterName, 'Given name (at most 50 characters, none of `/:?*<>"|`, as Dropbox accepts)')
            [CompletionResult]::new('--surname', '--surname', [CompletionResultType]::ParameterName, 'Surname (the same rules)')
            [CompletionResult]::new('--population', '--population', [CompletionResultType]::ParameterName, 'Population [at creation: Default]')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'Set an attribute (repeatable): --attr department=Sales; --attr department= removes it')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;directory;user;enable' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;directory;user;disable' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;directory;user;delete' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Say what the deletion would do, and delete nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;directory;user;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users, optionally of one population or group')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user (by id, username or email)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a user''s fields or attributes')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a user')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a user (outbound rules suspend its Dropbox member)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user from the directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbxprov;directory;user;help;add' {
            break
        }
        'dbxprov;directory;user;help;list' {
            break
        }
        'dbxprov;directory;user;help;show' {
            break
        }
        'dbxprov;directory;user;help;set' {
            break
        }
        'dbxprov;directory;user;help;enable' {
            break
        }
        'dbxprov;directory;user;help;disable' {
            break
        }
        'dbxprov;directory;user;help;delete' {
            break
        }
        'dbxprov;directory;user;help;help' {
            break
        }
        'dbxprov;directory;group' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a group (its id, and so its Dropbox group, stays)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a group (its users stay)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the groups with their member counts')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'List a group''s members')
            [CompletionResult]::new('add-member', 'add-member', [CompletionResultType]::ParameterValue, 'Add users to a group')
            [CompletionResult]::new('remove-member', 'remove-member', [CompletionResultType]::ParameterValue, 'Remove users from a group')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbxprov;directory;group;create' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;directory;group;rename' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;directory;group;delete' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Say what the deletion would do, and delete nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;directory;group;list' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;directory;group;members' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;directory;group;add-member' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;directory;group;remove-member' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;directory;group;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a group (its id, and so its Dropbox group, stays)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a group (its users stay)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the groups with their member counts')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'List a group''s members')
            [CompletionResult]::new('add-member', 'add-member', [CompletionResultType]::ParameterValue, 'Add users to a group')
            [CompletionResult]::new('remove-member', 'remove-member', [CompletionResultType]::ParameterValue, 'Remove users from a group')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbxprov;directory;group;help;create' {
            break
        }
        'dbxprov;directory;group;help;rename' {
            break
        }
        'dbxprov;directory;group;help;delete' {
            break
        }
        'dbxprov;directory;group;help;list' {
            break
        }
        'dbxprov;directory;group;help;members' {
            break
        }
        'dbxprov;directory;group;help;add-member' {
            break
        }
        'dbxprov;directory;group;help;remove-member' {
            break
        }
        'dbxprov;directory;group;help;help' {
            break
        }
        'dbxprov;directory;population' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a population')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the populations with their user counts')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an empty population')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbxprov;directory;population;create' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;directory;population;list' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;directory;population;delete' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;directory;population;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a population')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the populations with their user counts')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an empty population')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbxprov;directory;population;help;create' {
            break
        }
        'dbxprov;directory;population;help;list' {
            break
        }
        'dbxprov;directory;population;help;delete' {
            break
        }
        'dbxprov;directory;population;help;help' {
            break
        }
        'dbxprov;directory;help' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import users from a CSV or JSON file (all or nothing)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export users as CSV or JSON, in the form import reads')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Users: add, list, show, set, enable, disable, delete')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Groups: create, rename, delete, list, members, add-member, remove-member')
            [CompletionResult]::new('population', 'population', [CompletionResultType]::ParameterValue, 'Populations: create, list, delete')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbxprov;directory;help;import' {
            break
        }
        'dbxprov;directory;help;export' {
            break
        }
        'dbxprov;directory;help;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users, optionally of one population or group')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user (by id, username or email)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a user''s fields or attributes')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a user')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a user (outbound rules suspend its Dropbox member)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user from the directory')
            break
        }
        'dbxprov;directory;help;user;add' {
            break
        }
        'dbxprov;directory;help;user;list' {
            break
        }
        'dbxprov;directory;help;user;show' {
            break
        }
        'dbxprov;directory;help;user;set' {
            break
        }
        'dbxprov;directory;help;user;enable' {
            break
        }
        'dbxprov;directory;help;user;disable' {
            break
        }
        'dbxprov;directory;help;user;delete' {
            break
        }
        'dbxprov;directory;help;group' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a group (its id, and so its Dropbox group, stays)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a group (its users stay)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the groups with their member counts')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'List a group''s members')
            [CompletionResult]::new('add-member', 'add-member', [CompletionResultType]::ParameterValue, 'Add users to a group')
            [CompletionResult]::new('remove-member', 'remove-member', [CompletionResultType]::ParameterValue, 'Remove users from a group')
            break
        }
        'dbxprov;directory;help;group;create' {
            break
        }
        'dbxprov;directory;help;group;rename' {
            break
        }
        'dbxprov;directory;help;group;delete' {
            break
        }
        'dbxprov;directory;help;group;list' {
            break
        }
        'dbxprov;directory;help;group;members' {
            break
        }
        'dbxprov;directory;help;group;add-member' {
            break
        }
        'dbxprov;directory;help;group;remove-member' {
            break
        }
        'dbxprov;directory;help;population' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a population')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the populations with their user counts')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an empty population')
            break
        }
        'dbxprov;directory;help;population;create' {
            break
        }
        'dbxprov;directory;help;population;list' {
            break
        }
        'dbxprov;directory;help;population;delete' {
            break
        }
        'dbxprov;directory;help;help' {
            break
        }
        'dbxprov;rule' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a rule')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the rules')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a rule: scope, mappings in effect, deletion limit')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a rule (checked as a whole before it is saved)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a rule')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a rule (it does not run)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a rule (with --deprovision, deprovision what it provisioned first)')
            [CompletionResult]::new('test-mapping', 'test-mapping', [CompletionResultType]::ParameterValue, 'Evaluate a rule''s mappings for one user (inbound: one member, by email) and show each value or error')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbxprov;rule;create' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('outbound', 'outbound', [CompletionResultType]::ParameterValue, 'Directory -> Dropbox: keep the team''s members equal to the users in scope')
            [CompletionResult]::new('inbound', 'inbound', [CompletionResultType]::ParameterValue, 'Dropbox or LDAP/AD -> directory: keep a population equal to the team''s members or the directory''s entries')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbxprov;rule;create;outbound' {
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'The connection (Dropbox team) to provision')
            [CompletionResult]::new('--population', '--population', [CompletionResultType]::ParameterName, 'Users of this population are in scope (repeatable)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Members of this group are in scope (repeatable; with populations, both must hold)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'An expression over `user` that must be true, e.g. "user.attributes.department == ''Sales''"')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Override one attribute''s mapping (repeatable): email, given_name, surname, external_id, status')
            [CompletionResult]::new('--max-deletes', '--max-deletes', [CompletionResultType]::ParameterName, 'Stop a run that would deprovision more than N members, or P% of the linked ones [default: 10%]')
            [CompletionResult]::new('--provision-group', '--provision-group', [CompletionResultType]::ParameterName, 'Provision this directory group as a Dropbox group (repeatable): created, renamed and deleted with it, its members kept equal to its in-scope users')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--adopt-existing-groups', '--adopt-existing-groups', [CompletionResultType]::ParameterName, 'Take over a same-name Dropbox group that dbxprov did not create (else that group fails and is left untouched)')
            [CompletionResult]::new('--exclusive-group-membership', '--exclusive-group-membership', [CompletionResultType]::ParameterName, 'Remove members the rule does not manage from its groups too (by default members added by hand stay)')
            [CompletionResult]::new('--allow-bidirectional', '--allow-bidirectional', [CompletionResultType]::ParameterName, 'Allow it on a connection that has inbound rules: it then never re-creates in Dropbox a member an inbound rule brought in (it leaves those users to it)')
            [CompletionResult]::new('--take-external-ids', '--take-external-ids', [CompletionResultType]::ParameterName, 'Replace the external id of a member adopted by email when another tool set one (Dropbox''s SCIM app, Okta, Entra rely on theirs); by default it is kept, and the rule finds the member by its link')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;rule;create;inbound' {
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'The connection (Dropbox team or LDAP directory) to read')
            [CompletionResult]::new('--population', '--population', [CompletionResultType]::ParameterName, 'The population its users live in')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'An expression over `member` (or `entry`) that must be true, e.g. "member.email is endingwith(''@example.com'')"')
            [CompletionResult]::new('--user-filter', '--user-filter', [CompletionResultType]::ParameterName, 'The LDAP filter of its users [default: (&(objectClass=inetOrgPerson)(mail=*)), or on Active Directory (&(objectCategory=person)(objectClass=user)(mail=*))]')
            [CompletionResult]::new('--group-filter', '--group-filter', [CompletionResultType]::ParameterName, 'The LDAP filter of its groups [default: groupOfNames and groupOfUniqueNames, or on Active Directory (objectClass=group)]')
            [CompletionResult]::new('--search-base', '--search-base', [CompletionResultType]::ParameterName, 'Where it searches [default: the connection''s base DN]')
            [CompletionResult]::new('--schedule', '--schedule', [CompletionResultType]::ParameterName, 'When `sync run --due` runs it [default: every-run]')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Override one attribute''s mapping (repeatable): email, username, given_name, surname, enabled, attributes.NAME')
            [CompletionResult]::new('--max-deletes', '--max-deletes', [CompletionResultType]::ParameterName, 'Stop a run that would delete or disable more than N users, or P% of those it brought in [default: 10%]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--sync-only-active', '--sync-only-active', [CompletionResultType]::ParameterName, 'Bring in active members only; invited and suspended members'' users are deleted')
            [CompletionResult]::new('--allow-bidirectional', '--allow-bidirectional', [CompletionResultType]::ParameterName, 'Allow it on a connection that has outbound rules (those never re-create in Dropbox a member this rule brought in)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;rule;create;help' {
            [CompletionResult]::new('outbound', 'outbound', [CompletionResultType]::ParameterValue, 'Directory -> Dropbox: keep the team''s members equal to the users in scope')
            [CompletionResult]::new('inbound', 'inbound', [CompletionResultType]::ParameterValue, 'Dropbox or LDAP/AD -> directory: keep a population equal to the team''s members or the directory''s entries')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbxprov;rule;create;help;outbound' {
            break
        }
        'dbxprov;rule;create;help;inbound' {
            break
        }
        'dbxprov;rule;create;help;help' {
            break
        }
        'dbxprov;rule;list' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;rule;show' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;rule;update' {
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Move the rule to another connection')
            [CompletionResult]::new('--population', '--population', [CompletionResultType]::ParameterName, 'Replace the populations (repeatable)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Replace the groups (repeatable)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Replace the filter')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Override one attribute''s mapping (repeatable)')
            [CompletionResult]::new('--unmap', '--unmap', [CompletionResultType]::ParameterName, 'Put one attribute back on its default mapping (repeatable)')
            [CompletionResult]::new('--max-deletes', '--max-deletes', [CompletionResultType]::ParameterName, 'New deletion limit: N or P%')
            [CompletionResult]::new('--add-provision-group', '--add-provision-group', [CompletionResultType]::ParameterName, 'Start provisioning this directory group as a Dropbox group (repeatable)')
            [CompletionResult]::new('--remove-provision-group', '--remove-provision-group', [CompletionResultType]::ParameterName, 'Stop provisioning this group (repeatable): the next run deletes its Dropbox group if the rule created or adopted it (counted by the deletion guard)')
            [CompletionResult]::new('--user-filter', '--user-filter', [CompletionResultType]::ParameterName, 'The LDAP filter of its users [default: (&(objectClass=inetOrgPerson)(mail=*)), or on Active Directory (&(objectCategory=person)(objectClass=user)(mail=*))]')
            [CompletionResult]::new('--group-filter', '--group-filter', [CompletionResultType]::ParameterName, 'The LDAP filter of its groups [default: groupOfNames and groupOfUniqueNames, or on Active Directory (objectClass=group)]')
            [CompletionResult]::new('--search-base', '--search-base', [CompletionResultType]::ParameterName, 'Where it searches [default: the connection''s base DN]')
            [CompletionResult]::new('--schedule', '--schedule', [CompletionResultType]::ParameterName, 'When `sync run --due` runs it [default: every-run]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--no-populations', '--no-populations', [CompletionResultType]::ParameterName, 'Scope only by groups: remove every population')
            [CompletionResult]::new('--no-groups', '--no-groups', [CompletionResultType]::ParameterName, 'Scope only by populations: remove every group')
            [CompletionResult]::new('--no-filter', '--no-filter', [CompletionResultType]::ParameterName, 'Remove the filter')
            [CompletionResult]::new('--default-max-deletes', '--default-max-deletes', [CompletionResultType]::ParameterName, 'Go back to the default deletion limit (10%)')
            [CompletionResult]::new('--adopt-existing-groups', '--adopt-existing-groups', [CompletionResultType]::ParameterName, 'Take over same-name Dropbox groups that dbxprov did not create')
            [CompletionResult]::new('--no-adopt-existing-groups', '--no-adopt-existing-groups', [CompletionResultType]::ParameterName, 'Leave same-name Dropbox groups that dbxprov did not create alone (they fail)')
            [CompletionResult]::new('--exclusive-group-membership', '--exclusive-group-membership', [CompletionResultType]::ParameterName, 'Remove members the rule does not manage from its groups too')
            [CompletionResult]::new('--no-exclusive-group-membership', '--no-exclusive-group-membership', [CompletionResultType]::ParameterName, 'Keep members added by hand in the rule''s groups')
            [CompletionResult]::new('--take-external-ids', '--take-external-ids', [CompletionResultType]::ParameterName, 'Replace the external ids other tools set on members the rule adopted')
            [CompletionResult]::new('--keep-external-ids', '--keep-external-ids', [CompletionResultType]::ParameterName, 'Keep the external ids other tools set on members the rule adopted (the default)')
            [CompletionResult]::new('--sync-only-active', '--sync-only-active', [CompletionResultType]::ParameterName, 'Inbound: bring in active members only. Turned on for a rule that has run, it runs the full resync at once, deleting the users of members that are not active (after saying how many, and asking)')
            [CompletionResult]::new('--no-sync-only-active', '--no-sync-only-active', [CompletionResultType]::ParameterName, 'Inbound: bring in invited and suspended members too (as disabled users)')
            [CompletionResult]::new('--allow-bidirectional', '--allow-bidirectional', [CompletionResultType]::ParameterName, 'Allow the move to a connection that has rules of the other direction')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (the resync of --sync-only-active)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (the resync of --sync-only-active)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;rule;enable' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;rule;disable' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;rule;delete' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--deprovision', '--deprovision', [CompletionResultType]::ParameterName, 'Deprovision what the rule provisioned first: outbound, its Dropbox members (with the connection''s remove action) and groups; inbound, the directory users it brought in (deleted). Also done when the connection has --deprovision-on-rule-deletion')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be deprovisioned; delete nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;rule;test-mapping' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;rule;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a rule')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the rules')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a rule: scope, mappings in effect, deletion limit')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a rule (checked as a whole before it is saved)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a rule')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a rule (it does not run)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a rule (with --deprovision, deprovision what it provisioned first)')
            [CompletionResult]::new('test-mapping', 'test-mapping', [CompletionResultType]::ParameterValue, 'Evaluate a rule''s mappings for one user (inbound: one member, by email) and show each value or error')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbxprov;rule;help;create' {
            [CompletionResult]::new('outbound', 'outbound', [CompletionResultType]::ParameterValue, 'Directory -> Dropbox: keep the team''s members equal to the users in scope')
            [CompletionResult]::new('inbound', 'inbound', [CompletionResultType]::ParameterValue, 'Dropbox or LDAP/AD -> directory: keep a population equal to the team''s members or the directory''s entries')
            break
        }
        'dbxprov;rule;help;create;outbound' {
            break
        }
        'dbxprov;rule;help;create;inbound' {
            break
        }
        'dbxprov;rule;help;list' {
            break
        }
        'dbxprov;rule;help;show' {
            break
        }
        'dbxprov;rule;help;update' {
            break
        }
        'dbxprov;rule;help;enable' {
            break
        }
        'dbxprov;rule;help;disable' {
            break
        }
        'dbxprov;rule;help;delete' {
            break
        }
        'dbxprov;rule;help;test-mapping' {
            break
        }
        'dbxprov;rule;help;help' {
            break
        }
        'dbxprov;sync' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run rules: plan, check the deletion limit, apply')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Per-rule summary (PingOne''s sync status), or per-user states with --users')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Past runs, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every operation of one run, with its result')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Why one user is (or is not) provisioned by a rule, step by step; changes nothing')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Apply the plan of a run the deletion guard stopped, if the rule still plans exactly it')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Take back what a run changed: unsuspend, recover, restore names and groups')
            [CompletionResult]::new('drift', 'drift', [CompletionResultType]::ParameterValue, 'Members changed in Dropbox outside dbxprov since the rule''s last run; changes nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbxprov;sync;run' {
            [CompletionResult]::new('--allow-deletes', '--allow-deletes', [CompletionResultType]::ParameterName, 'Let up to N deprovisions through the rule''s deletion limit, this run only')
            [CompletionResult]::new('--allow-changes', '--allow-changes', [CompletionResultType]::ParameterName, 'Let up to N email or external-id changes, and N unsuspends, through the rule''s limit (the deletion limit, counted apart), this run only')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Provision only this directory user (id, username or email; repeatable): their operations and group memberships, journaled as a run of the rule. Other users'' changes wait for the next full run. One outbound rule only')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests (or batches of adds) in flight at once')
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'After the runs, write every rule''s figures to PATH in the Prometheus text format (for node_exporter''s textfile collector), replaced at once')
            [CompletionResult]::new('--log-file', '--log-file', [CompletionResultType]::ParameterName, 'Append one JSON line per operation of each run, and one per run, to PATH (for a SIEM). It holds personal data: created readable by you only')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Run every enabled rule')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'Run every enabled rule that is due: outbound rules every time, inbound rules daily at the time of day their first full sync finished (for a crontab line every few minutes; DBXPROV_NOW=2026-12-03T10:00:00Z sets the clock it reads)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Plan and check only: show what would change, change nothing')
            [CompletionResult]::new('--revert-drift', '--revert-drift', [CompletionResultType]::ParameterName, 'Undo what was changed in Dropbox outside dbxprov: unsuspend the members suspended there, recover (or re-create) the members removed there. Without it they are left as they are and reported as drift')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;sync;status' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only users in this state (implies --users)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--users', '--users', [CompletionResultType]::ParameterName, 'List the rule''s users (every rule''s, without RULE) with their state, Dropbox member id and last error')
            [CompletionResult]::new('--groups', '--groups', [CompletionResultType]::ParameterName, 'List the rule''s groups (every rule''s, without RULE) with their state, Dropbox group id, member count and last error')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;sync;history' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many runs')
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'With --prune: how many runs of each rule to keep')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '`csv`: one row per run, for a spreadsheet or an audit store')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Delete the runs (and their operations) beyond the newest --keep of each rule; a run still running, or with an operation a later run must settle, stays')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'With --prune: count what would be deleted, and delete nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;sync;show' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '`csv`: one row per operation (run, rule, time, operation, user, result, reason, changes, error), for a spreadsheet or an audit store')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;sync;explain' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;sync;approve' {
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'After the runs, write every rule''s figures to PATH in the Prometheus text format (for node_exporter''s textfile collector), replaced at once')
            [CompletionResult]::new('--log-file', '--log-file', [CompletionResultType]::ParameterName, 'Append one JSON line per operation of each run, and one per run, to PATH (for a SIEM). It holds personal data: created readable by you only')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;sync;undo' {
            [CompletionResult]::new('--metrics-file', '--metrics-file', [CompletionResultType]::ParameterName, 'After the runs, write every rule''s figures to PATH in the Prometheus text format (for node_exporter''s textfile collector), replaced at once')
            [CompletionResult]::new('--log-file', '--log-file', [CompletionResultType]::ParameterName, 'Append one JSON line per operation of each run, and one per run, to PATH (for a SIEM). It holds personal data: created readable by you only')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be undone; change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Undo also what was changed since the run (a member renamed again, unsuspended by hand, ...)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;sync;drift' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;sync;help' {
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run rules: plan, check the deletion limit, apply')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Per-rule summary (PingOne''s sync status), or per-user states with --users')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Past runs, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every operation of one run, with its result')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Why one user is (or is not) provisioned by a rule, step by step; changes nothing')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Apply the plan of a run the deletion guard stopped, if the rule still plans exactly it')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Take back what a run changed: unsuspend, recover, restore names and groups')
            [CompletionResult]::new('drift', 'drift', [CompletionResultType]::ParameterValue, 'Members changed in Dropbox outside dbxprov since the rule''s last run; changes nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbxprov;sync;help;run' {
            break
        }
        'dbxprov;sync;help;status' {
            break
        }
        'dbxprov;sync;help;history' {
            break
        }
        'dbxprov;sync;help;show' {
            break
        }
        'dbxprov;sync;help;explain' {
            break
        }
        'dbxprov;sync;help;approve' {
            break
        }
        'dbxprov;sync;help;undo' {
            break
        }
        'dbxprov;sync;help;drift' {
            break
        }
        'dbxprov;sync;help;help' {
            break
        }
        'dbxprov;notify' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a notifier: a webhook (Slack, Teams, any JSON receiver) or mail through SMTP')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The notifiers, and the last notification of each that was not delivered')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a test notification now')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a notifier and its secret')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbxprov;notify;add' {
            [CompletionResult]::new('--webhook', '--webhook', [CompletionResultType]::ParameterName, 'POST each notification as JSON to this URL (https; http only to this host)')
            [CompletionResult]::new('--smtp', '--smtp', [CompletionResultType]::ParameterName, 'Mail each notification through this server: smtps://HOST[:465] (TLS), smtp://HOST[:587] (STARTTLS required), or smtp://localhost[:25] (a local relay)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'A recipient (repeatable, or comma-separated)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The sender (default: the first recipient)')
            [CompletionResult]::new('--smtp-user', '--smtp-user', [CompletionResultType]::ParameterName, 'The user to log in to the SMTP server as; its password from --smtp-password-file, DBXPROV_SMTP_PASSWORD, or a hidden prompt')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A PEM file of the CA that signed the SMTP server''s certificate (an internal relay''s), trusted beside the Mozilla roots; read at each send')
            [CompletionResult]::new('--smtp-password-file', '--smtp-password-file', [CompletionResultType]::ParameterName, 'A file holding the SMTP password (`-` for stdin)')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The events it is told of (comma-separated)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;notify;list' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;notify;test' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;notify;remove' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;notify;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a notifier: a webhook (Slack, Teams, any JSON receiver) or mail through SMTP')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The notifiers, and the last notification of each that was not delivered')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a test notification now')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a notifier and its secret')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbxprov;notify;help;add' {
            break
        }
        'dbxprov;notify;help;list' {
            break
        }
        'dbxprov;notify;help;test' {
            break
        }
        'dbxprov;notify;help;remove' {
            break
        }
        'dbxprov;notify;help;help' {
            break
        }
        'dbxprov;check' {
            [CompletionResult]::new('--max-age', '--max-age', [CompletionResultType]::ParameterName, 'How long ago a rule''s last run that went through may have ended (e.g. 30m, 1h, 2d)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;demo' {
            [CompletionResult]::new('--users', '--users', [CompletionResultType]::ParameterName, 'After the story, provision this many more users at once (a rule of their own, with its progress), e.g. --users 100000')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Keep the temporary home (and print where it is) instead of removing it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;completions' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: every HTTP request with its status and duration, and retries')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbxprov;help' {
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Set up a tested connection, optionally an import and an outbound rule, step by step')
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'Connections to Dropbox teams: credentials, user actions, tests')
            [CompletionResult]::new('directory', 'directory', [CompletionResultType]::ParameterValue, 'The directory: users, groups, populations, import and export')
            [CompletionResult]::new('rule', 'rule', [CompletionResultType]::ParameterValue, 'Provisioning rules: scope, mappings, deletion limit')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Run rules and see what happened to whom')
            [CompletionResult]::new('notify', 'notify', [CompletionResultType]::ParameterValue, 'Where runs are told: webhooks (Slack, Teams) and mail, on failures, guard stops, recoveries')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Each enabled rule''s health for a monitor: one line, exit 0 OK, 1 WARNING, 2 CRITICAL')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Run the whole story against the built-in Dropbox emulator, in a temporary home')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbxprov;help;setup' {
            break
        }
        'dbxprov;help;connection' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a connection to a Dropbox team or an LDAP directory (and test it)')
            [CompletionResult]::new('authorize', 'authorize', [CompletionResultType]::ParameterValue, 'Obtain a refresh token with the OAuth code flow (PKCE) and store it')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Test a connection: get an access token, read the team, check the scopes')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the connections with their last test')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one connection, its user actions and where its secrets come from')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a connection''s settings, secrets or user actions')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a connection (rules using it run again)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a connection (rules using it do not run)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a connection and its secrets')
            break
        }
        'dbxprov;help;connection;create' {
            break
        }
        'dbxprov;help;connection;authorize' {
            break
        }
        'dbxprov;help;connection;test' {
            break
        }
        'dbxprov;help;connection;list' {
            break
        }
        'dbxprov;help;connection;show' {
            break
        }
        'dbxprov;help;connection;update' {
            break
        }
        'dbxprov;help;connection;enable' {
            break
        }
        'dbxprov;help;connection;disable' {
            break
        }
        'dbxprov;help;connection;delete' {
            break
        }
        'dbxprov;help;directory' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import users from a CSV or JSON file (all or nothing)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export users as CSV or JSON, in the form import reads')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Users: add, list, show, set, enable, disable, delete')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Groups: create, rename, delete, list, members, add-member, remove-member')
            [CompletionResult]::new('population', 'population', [CompletionResultType]::ParameterValue, 'Populations: create, list, delete')
            break
        }
        'dbxprov;help;directory;import' {
            break
        }
        'dbxprov;help;directory;export' {
            break
        }
        'dbxprov;help;directory;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users, optionally of one population or group')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user (by id, username or email)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a user''s fields or attributes')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a user')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a user (outbound rules suspend its Dropbox member)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user from the directory')
            break
        }
        'dbxprov;help;directory;user;add' {
            break
        }
        'dbxprov;help;directory;user;list' {
            break
        }
        'dbxprov;help;directory;user;show' {
            break
        }
        'dbxprov;help;directory;user;set' {
            break
        }
        'dbxprov;help;directory;user;enable' {
            break
        }
        'dbxprov;help;directory;user;disable' {
            break
        }
        'dbxprov;help;directory;user;delete' {
            break
        }
        'dbxprov;help;directory;group' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a group (its id, and so its Dropbox group, stays)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a group (its users stay)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the groups with their member counts')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'List a group''s members')
            [CompletionResult]::new('add-member', 'add-member', [CompletionResultType]::ParameterValue, 'Add users to a group')
            [CompletionResult]::new('remove-member', 'remove-member', [CompletionResultType]::ParameterValue, 'Remove users from a group')
            break
        }
        'dbxprov;help;directory;group;create' {
            break
        }
        'dbxprov;help;directory;group;rename' {
            break
        }
        'dbxprov;help;directory;group;delete' {
            break
        }
        'dbxprov;help;directory;group;list' {
            break
        }
        'dbxprov;help;directory;group;members' {
            break
        }
        'dbxprov;help;directory;group;add-member' {
            break
        }
        'dbxprov;help;directory;group;remove-member' {
            break
        }
        'dbxprov;help;directory;population' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a population')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the populations with their user counts')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an empty population')
            break
        }
        'dbxprov;help;directory;population;create' {
            break
        }
        'dbxprov;help;directory;population;list' {
            break
        }
        'dbxprov;help;directory;population;delete' {
            break
        }
        'dbxprov;help;rule' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a rule')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the rules')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a rule: scope, mappings in effect, deletion limit')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a rule (checked as a whole before it is saved)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a rule')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a rule (it does not run)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a rule (with --deprovision, deprovision what it provisioned first)')
            [CompletionResult]::new('test-mapping', 'test-mapping', [CompletionResultType]::ParameterValue, 'Evaluate a rule''s mappings for one user (inbound: one member, by email) and show each value or error')
            break
        }
        'dbxprov;help;rule;create' {
            [CompletionResult]::new('outbound', 'outbound', [CompletionResultType]::ParameterValue, 'Directory -> Dropbox: keep the team''s members equal to the users in scope')
            [CompletionResult]::new('inbound', 'inbound', [CompletionResultType]::ParameterValue, 'Dropbox or LDAP/AD -> directory: keep a population equal to the team''s members or the directory''s entries')
            break
        }
        'dbxprov;help;rule;create;outbound' {
            break
        }
        'dbxprov;help;rule;create;inbound' {
            break
        }
        'dbxprov;help;rule;list' {
            break
        }
        'dbxprov;help;rule;show' {
            break
        }
        'dbxprov;help;rule;update' {
            break
        }
        'dbxprov;help;rule;enable' {
            break
        }
        'dbxprov;help;rule;disable' {
            break
        }
        'dbxprov;help;rule;delete' {
            break
        }
        'dbxprov;help;rule;test-mapping' {
            break
        }
        'dbxprov;help;sync' {
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run rules: plan, check the deletion limit, apply')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Per-rule summary (PingOne''s sync status), or per-user states with --users')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Past runs, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every operation of one run, with its result')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Why one user is (or is not) provisioned by a rule, step by step; changes nothing')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Apply the plan of a run the deletion guard stopped, if the rule still plans exactly it')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Take back what a run changed: unsuspend, recover, restore names and groups')
            [CompletionResult]::new('drift', 'drift', [CompletionResultType]::ParameterValue, 'Members changed in Dropbox outside dbxprov since the rule''s last run; changes nothing')
            break
        }
        'dbxprov;help;sync;run' {
            break
        }
        'dbxprov;help;sync;status' {
            break
        }
        'dbxprov;help;sync;history' {
            break
        }
        'dbxprov;help;sync;show' {
            break
        }
        'dbxprov;help;sync;explain' {
            break
        }
        'dbxprov;help;sync;approve' {
            break
        }
        'dbxprov;help;sync;undo' {
            break
        }
        'dbxprov;help;sync;drift' {
            break
        }
        'dbxprov;help;notify' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a notifier: a webhook (Slack, Teams, any JSON receiver) or mail through SMTP')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The notifiers, and the last notification of each that was not delivered')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a test notification now')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a notifier and its secret')
            break
        }
        'dbxprov;help;notify;add' {
            break
        }
        'dbxprov;help;notify;list' {
            break
        }
        'dbxprov;help;notify;test' {
            break
        }
        'dbxprov;help;notify;remove' {
            break
        }
        'dbxprov;help;check' {
            break
        }
        'dbxprov;help;demo' {
            break
        }
        'dbxprov;help;completions' {
            break
        }
        'dbxprov;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
