
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
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'Connections to Dropbox teams: credentials, user actions, tests')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Run the whole story against the built-in Dropbox emulator, in a temporary home')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
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
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a connection to a Dropbox team (and test it)')
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
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth client id (the Dropbox app key)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Free text shown by `connection show` ('''' clears it)')
            [CompletionResult]::new('--service-uri', '--service-uri', [CompletionResultType]::ParameterName, 'Base URL of the Dropbox API [at creation: https://api.dropboxapi.com/2]')
            [CompletionResult]::new('--token-endpoint', '--token-endpoint', [CompletionResultType]::ParameterName, 'OAuth token endpoint [at creation: https://api.dropboxapi.com/oauth2/token]')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'File holding the client secret (''-'' for stdin). At creation without it: DBXPROV_CLIENT_SECRET, else a hidden prompt on a terminal')
            [CompletionResult]::new('--refresh-token-file', '--refresh-token-file', [CompletionResultType]::ParameterName, 'File holding the refresh token (''-'' for stdin). At creation without it: DBXPROV_REFRESH_TOKEN, else a hidden prompt; with none, create with --no-test and run `connection authorize`')
            [CompletionResult]::new('--remove-action', '--remove-action', [CompletionResultType]::ParameterName, 'How to deprovision: delete (remove from the team) or disable (suspend, needs --disable-users) [default: disable]')
            [CompletionResult]::new('--transfer-dest', '--transfer-dest', [CompletionResultType]::ParameterName, 'Member (email) who receives the files of removed members [default: none]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--no-test', '--no-test', [CompletionResultType]::ParameterName, 'Save without testing the connection first')
            [CompletionResult]::new('--allow-invalid', '--allow-invalid', [CompletionResultType]::ParameterName, 'Save the connection even when its test fails (it is marked invalid)')
            [CompletionResult]::new('--create-users', '--create-users', [CompletionResultType]::ParameterName, 'Create Dropbox members for directory users in scope [default: on]')
            [CompletionResult]::new('--no-create-users', '--no-create-users', [CompletionResultType]::ParameterName, 'no-create-users')
            [CompletionResult]::new('--update-users', '--update-users', [CompletionResultType]::ParameterName, 'Update members whose directory profile changed [default: on]')
            [CompletionResult]::new('--no-update-users', '--no-update-users', [CompletionResultType]::ParameterName, 'no-update-users')
            [CompletionResult]::new('--disable-users', '--disable-users', [CompletionResultType]::ParameterName, 'Suspend members whose directory user is disabled; needs --update-users [default: on]')
            [CompletionResult]::new('--no-disable-users', '--no-disable-users', [CompletionResultType]::ParameterName, 'no-disable-users')
            [CompletionResult]::new('--deprovision-users', '--deprovision-users', [CompletionResultType]::ParameterName, 'Deprovision members whose user left the scope or the directory [default: on]')
            [CompletionResult]::new('--no-deprovision-users', '--no-deprovision-users', [CompletionResultType]::ParameterName, 'no-deprovision-users')
            [CompletionResult]::new('--deprovision-on-rule-deletion', '--deprovision-on-rule-deletion', [CompletionResultType]::ParameterName, 'Deprovision a rule''s members when the rule is deleted [default: off]')
            [CompletionResult]::new('--no-deprovision-on-rule-deletion', '--no-deprovision-on-rule-deletion', [CompletionResultType]::ParameterName, 'no-deprovision-on-rule-deletion')
            [CompletionResult]::new('--wipe-data', '--wipe-data', [CompletionResultType]::ParameterName, 'Wipe the devices of suspended and removed members [default: off]')
            [CompletionResult]::new('--no-wipe-data', '--no-wipe-data', [CompletionResultType]::ParameterName, 'no-wipe-data')
            [CompletionResult]::new('--keep-account', '--keep-account', [CompletionResultType]::ParameterName, 'Removed members keep their account as a Basic account [default: off]')
            [CompletionResult]::new('--no-keep-account', '--no-keep-account', [CompletionResultType]::ParameterName, 'no-keep-account')
            [CompletionResult]::new('--no-transfer-dest', '--no-transfer-dest', [CompletionResultType]::ParameterName, 'Stop transferring the files of removed members')
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
            [CompletionResult]::new('--remove-action', '--remove-action', [CompletionResultType]::ParameterName, 'How to deprovision: delete (remove from the team) or disable (suspend, needs --disable-users) [default: disable]')
            [CompletionResult]::new('--transfer-dest', '--transfer-dest', [CompletionResultType]::ParameterName, 'Member (email) who receives the files of removed members [default: none]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--create-users', '--create-users', [CompletionResultType]::ParameterName, 'Create Dropbox members for directory users in scope [default: on]')
            [CompletionResult]::new('--no-create-users', '--no-create-users', [CompletionResultType]::ParameterName, 'no-create-users')
            [CompletionResult]::new('--update-users', '--update-users', [CompletionResultType]::ParameterName, 'Update members whose directory profile changed [default: on]')
            [CompletionResult]::new('--no-update-users', '--no-update-users', [CompletionResultType]::ParameterName, 'no-update-users')
            [CompletionResult]::new('--disable-users', '--disable-users', [CompletionResultType]::ParameterName, 'Suspend members whose directory user is disabled; needs --update-users [default: on]')
            [CompletionResult]::new('--no-disable-users', '--no-disable-users', [CompletionResultType]::ParameterName, 'no-disable-users')
            [CompletionResult]::new('--deprovision-users', '--deprovision-users', [CompletionResultType]::ParameterName, 'Deprovision members whose user left the scope or the directory [default: on]')
            [CompletionResult]::new('--no-deprovision-users', '--no-deprovision-users', [CompletionResultType]::ParameterName, 'no-deprovision-users')
            [CompletionResult]::new('--deprovision-on-rule-deletion', '--deprovision-on-rule-deletion', [CompletionResultType]::ParameterName, 'Deprovision a rule''s members when the rule is deleted [default: off]')
            [CompletionResult]::new('--no-deprovision-on-rule-deletion', '--no-deprovision-on-rule-deletion', [CompletionResultType]::ParameterName, 'no-deprovision-on-rule-deletion')
            [CompletionResult]::new('--wipe-data', '--wipe-data', [CompletionResultType]::ParameterName, 'Wipe the devices of suspended and removed members [default: off]')
            [CompletionResult]::new('--no-wipe-data', '--no-wipe-data', [CompletionResultType]::ParameterName, 'no-wipe-data')
            [CompletionResult]::new('--keep-account', '--keep-account', [CompletionResultType]::ParameterName, 'Removed members keep their account as a Basic account [default: off]')
            [CompletionResult]::new('--no-keep-account', '--no-keep-account', [CompletionResultType]::ParameterName, 'no-keep-account')
            [CompletionResult]::new('--no-transfer-dest', '--no-transfer-dest', [CompletionResultType]::ParameterName, 'Stop transferring the files of removed members')
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
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a connection to a Dropbox team (and test it)')
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
        'dbxprov;demo' {
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
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'Connections to Dropbox teams: credentials, user actions, tests')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Run the whole story against the built-in Dropbox emulator, in a temporary home')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbxprov;help;connection' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a connection to a Dropbox team (and test it)')
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
