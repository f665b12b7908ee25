# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_dbxprov_global_optspecs
    string join \n home= json q/quiet v/verbose no-progress color= h/help V/version
end

function __fish_dbxprov_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_dbxprov_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_dbxprov_using_subcommand
    set -l cmd (__fish_dbxprov_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c dbxprov -n "__fish_dbxprov_needs_command" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_needs_command" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_needs_command" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_needs_command" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_needs_command" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_needs_command" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c dbxprov -n "__fish_dbxprov_needs_command" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_needs_command" -f -a "setup" -d 'Set up a tested connection, optionally an import and an outbound rule, step by step'
complete -c dbxprov -n "__fish_dbxprov_needs_command" -f -a "connection" -d 'Connections to Dropbox teams: credentials, user actions, tests'
complete -c dbxprov -n "__fish_dbxprov_needs_command" -f -a "directory" -d 'The directory: users, groups, populations, import and export'
complete -c dbxprov -n "__fish_dbxprov_needs_command" -f -a "rule" -d 'Provisioning rules: scope, mappings, deletion limit'
complete -c dbxprov -n "__fish_dbxprov_needs_command" -f -a "sync" -d 'Run rules and see what happened to whom'
complete -c dbxprov -n "__fish_dbxprov_needs_command" -f -a "notify" -d 'Where runs are told: webhooks (Slack, Teams) and mail, on failures, guard stops, recoveries'
complete -c dbxprov -n "__fish_dbxprov_needs_command" -f -a "check" -d 'Each enabled rule\'s health for a monitor: one line, exit 0 OK, 1 WARNING, 2 CRITICAL'
complete -c dbxprov -n "__fish_dbxprov_needs_command" -f -a "demo" -d 'Run the whole story against the built-in Dropbox emulator, in a temporary home'
complete -c dbxprov -n "__fish_dbxprov_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c dbxprov -n "__fish_dbxprov_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand setup" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand setup" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand setup" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand setup" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand setup" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand setup" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand setup" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand setup" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and not __fish_seen_subcommand_from create authorize test list show update enable disable delete help" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and not __fish_seen_subcommand_from create authorize test list show update enable disable delete help" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and not __fish_seen_subcommand_from create authorize test list show update enable disable delete help" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and not __fish_seen_subcommand_from create authorize test list show update enable disable delete help" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and not __fish_seen_subcommand_from create authorize test list show update enable disable delete help" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and not __fish_seen_subcommand_from create authorize test list show update enable disable delete help" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and not __fish_seen_subcommand_from create authorize test list show update enable disable delete help" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and not __fish_seen_subcommand_from create authorize test list show update enable disable delete help" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and not __fish_seen_subcommand_from create authorize test list show update enable disable delete help" -f -a "create" -d 'Create a connection to a Dropbox team or an LDAP directory (and test it)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and not __fish_seen_subcommand_from create authorize test list show update enable disable delete help" -f -a "authorize" -d 'Obtain a refresh token with the OAuth code flow (PKCE) and store it'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and not __fish_seen_subcommand_from create authorize test list show update enable disable delete help" -f -a "test" -d 'Test a connection: get an access token, read the team, check the scopes'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and not __fish_seen_subcommand_from create authorize test list show update enable disable delete help" -f -a "list" -d 'List the connections with their last test'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and not __fish_seen_subcommand_from create authorize test list show update enable disable delete help" -f -a "show" -d 'Show one connection, its user actions and where its secrets come from'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and not __fish_seen_subcommand_from create authorize test list show update enable disable delete help" -f -a "update" -d 'Change a connection\'s settings, secrets or user actions'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and not __fish_seen_subcommand_from create authorize test list show update enable disable delete help" -f -a "enable" -d 'Enable a connection (rules using it run again)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and not __fish_seen_subcommand_from create authorize test list show update enable disable delete help" -f -a "disable" -d 'Disable a connection (rules using it do not run)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and not __fish_seen_subcommand_from create authorize test list show update enable disable delete help" -f -a "delete" -d 'Delete a connection and its secrets'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and not __fish_seen_subcommand_from create authorize test list show update enable disable delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l kind -d 'What it reaches' -r -f -a "dropbox\t'A Dropbox team (OAuth app key, secret and refresh token)'
ldap\t'An LDAP directory or Active Directory, read by inbound rules'"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l client-id -d 'OAuth client id (the Dropbox app key); required for Dropbox' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l description -d 'Free text shown by `connection show` (\'\' clears it)' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l service-uri -d 'Base URL of the Dropbox API [at creation: https://api.dropboxapi.com/2]' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l token-endpoint -d 'OAuth token endpoint [at creation: https://api.dropboxapi.com/oauth2/token]' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l client-secret-file -d 'File holding the client secret (\'-\' for stdin). At creation without it: DBXPROV_CLIENT_SECRET, else a hidden prompt on a terminal' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l refresh-token-file -d 'File holding the refresh token (\'-\' for stdin). At creation without it: DBXPROV_REFRESH_TOKEN, else a hidden prompt; with none, create with --no-test and run `connection authorize`' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l url -d 'The directory: ldaps://HOST[:PORT], or ldap://HOST[:PORT] with --starttls (clear text only to this machine)' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l bind-dn -d 'The DN dbxprov binds as: a reader (its password is never a flag)' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l base-dn -d 'Where rules search unless they say otherwise' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l ca-file -d 'PEM file of the CA that signed the server\'s certificate [default: the system\'s roots]' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l page-size -d 'Entries a page asks for [default: 500; Active Directory caps a page at 1000]' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l bind-password-file -d 'File holding the bind password (\'-\' for stdin). At creation without it: DBXPROV_BIND_PASSWORD, else a hidden prompt' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l remove-action -d 'How to deprovision: delete (remove from the team), disable (suspend, needs --disable-users) or suspend-then-delete (suspend, remove after --remove-after days) [default: disable]' -r -f -a "delete\t'Remove the member from the team (members/remove)'
disable\t'Suspend the member (members/suspend): reversible'
suspend-then-delete\t'Suspend the member at once, remove it once out of scope --remove-after days (default 30): a suspended member still holds a license'"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l remove-after -d 'With suspend-then-delete: the days a leaver stays suspended before it is removed [default: 30]' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l transfer-dest -d 'Member (email) who receives the files of removed members [default: none]' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l transfer-admin -d 'Team admin (email) told of errors while files are transferred; required with --transfer-dest [default: none]' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l no-test -d 'Save without testing the connection first'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l allow-invalid -d 'Save the connection even when its test fails (it is marked invalid)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l starttls -d 'Upgrade ldap:// with StartTLS before binding'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l no-starttls -d 'Do not use StartTLS (ldaps://, or a server on this machine)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l no-ca-file -d 'Check the server\'s certificate against the system\'s roots again'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l create-users -d 'Create Dropbox members for directory users in scope [default: on]'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l no-create-users -d 'Do not create members (new users in scope stay unsynced)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l update-users -d 'Update members whose directory profile changed [default: on]'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l no-update-users -d 'Do not update members (changed profiles stay partially synced)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l disable-users -d 'Suspend members whose directory user is disabled; needs --update-users [default: on]'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l no-disable-users -d 'Do not suspend members of disabled users'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l deprovision-users -d 'Deprovision members whose user left the scope or the directory [default: on]'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l no-deprovision-users -d 'Leave the members of users that left alone'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l deprovision-on-rule-deletion -d 'Deprovision a rule\'s members when the rule is deleted [default: off]'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l no-deprovision-on-rule-deletion -d 'Deleting a rule only forgets its links'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l wipe-data -d 'Wipe the devices of suspended and removed members [default: off]'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l no-wipe-data -d 'Keep the devices of suspended and removed members as they are'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l keep-account -d 'Removed members keep their account as a Basic account [default: off]'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l no-keep-account -d 'Removed members lose their account'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l no-transfer-dest -d 'Stop transferring the files of removed members'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l no-transfer-admin -d 'Clear the transfer admin'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l welcome-email -d 'Send Dropbox\'s welcome email to new members [default: on]'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l no-welcome-email -d 'Do not send Dropbox\'s welcome email to new members'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from authorize" -l authorize-url -d 'The consent page [default: Dropbox\'s, or the `authorize` sibling of a custom token endpoint]' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from authorize" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from authorize" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from authorize" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from authorize" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from authorize" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from authorize" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from authorize" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from authorize" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from test" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from test" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from test" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from test" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from test" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from test" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from test" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from list" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from list" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from list" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from list" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from show" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from show" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from show" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from show" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l client-id -d 'New OAuth client id (app key)' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l description -d 'Free text shown by `connection show` (\'\' clears it)' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l service-uri -d 'Base URL of the Dropbox API [at creation: https://api.dropboxapi.com/2]' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l token-endpoint -d 'OAuth token endpoint [at creation: https://api.dropboxapi.com/oauth2/token]' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l client-secret-file -d 'File holding the client secret (\'-\' for stdin). At creation without it: DBXPROV_CLIENT_SECRET, else a hidden prompt on a terminal' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l refresh-token-file -d 'File holding the refresh token (\'-\' for stdin). At creation without it: DBXPROV_REFRESH_TOKEN, else a hidden prompt; with none, create with --no-test and run `connection authorize`' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l url -d 'The directory: ldaps://HOST[:PORT], or ldap://HOST[:PORT] with --starttls (clear text only to this machine)' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l bind-dn -d 'The DN dbxprov binds as: a reader (its password is never a flag)' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l base-dn -d 'Where rules search unless they say otherwise' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l ca-file -d 'PEM file of the CA that signed the server\'s certificate [default: the system\'s roots]' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l page-size -d 'Entries a page asks for [default: 500; Active Directory caps a page at 1000]' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l bind-password-file -d 'File holding the bind password (\'-\' for stdin). At creation without it: DBXPROV_BIND_PASSWORD, else a hidden prompt' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l remove-action -d 'How to deprovision: delete (remove from the team), disable (suspend, needs --disable-users) or suspend-then-delete (suspend, remove after --remove-after days) [default: disable]' -r -f -a "delete\t'Remove the member from the team (members/remove)'
disable\t'Suspend the member (members/suspend): reversible'
suspend-then-delete\t'Suspend the member at once, remove it once out of scope --remove-after days (default 30): a suspended member still holds a license'"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l remove-after -d 'With suspend-then-delete: the days a leaver stays suspended before it is removed [default: 30]' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l transfer-dest -d 'Member (email) who receives the files of removed members [default: none]' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l transfer-admin -d 'Team admin (email) told of errors while files are transferred; required with --transfer-dest [default: none]' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l no-test -d 'Do not test a changed client id, secret, token or endpoint (or LDAP URL, bind DN, TLS setting or password) now'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l starttls -d 'Upgrade ldap:// with StartTLS before binding'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l no-starttls -d 'Do not use StartTLS (ldaps://, or a server on this machine)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l no-ca-file -d 'Check the server\'s certificate against the system\'s roots again'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l create-users -d 'Create Dropbox members for directory users in scope [default: on]'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l no-create-users -d 'Do not create members (new users in scope stay unsynced)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l update-users -d 'Update members whose directory profile changed [default: on]'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l no-update-users -d 'Do not update members (changed profiles stay partially synced)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l disable-users -d 'Suspend members whose directory user is disabled; needs --update-users [default: on]'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l no-disable-users -d 'Do not suspend members of disabled users'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l deprovision-users -d 'Deprovision members whose user left the scope or the directory [default: on]'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l no-deprovision-users -d 'Leave the members of users that left alone'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l deprovision-on-rule-deletion -d 'Deprovision a rule\'s members when the rule is deleted [default: off]'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l no-deprovision-on-rule-deletion -d 'Deleting a rule only forgets its links'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l wipe-data -d 'Wipe the devices of suspended and removed members [default: off]'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l no-wipe-data -d 'Keep the devices of suspended and removed members as they are'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l keep-account -d 'Removed members keep their account as a Basic account [default: off]'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l no-keep-account -d 'Removed members lose their account'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l no-transfer-dest -d 'Stop transferring the files of removed members'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l no-transfer-admin -d 'Clear the transfer admin'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l welcome-email -d 'Send Dropbox\'s welcome email to new members [default: on]'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l no-welcome-email -d 'Do not send Dropbox\'s welcome email to new members'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from enable" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from enable" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from enable" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from enable" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from enable" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from disable" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from disable" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from disable" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from disable" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from disable" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from delete" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from delete" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from delete" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from delete" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a connection to a Dropbox team or an LDAP directory (and test it)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from help" -f -a "authorize" -d 'Obtain a refresh token with the OAuth code flow (PKCE) and store it'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from help" -f -a "test" -d 'Test a connection: get an access token, read the team, check the scopes'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the connections with their last test'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one connection, its user actions and where its secrets come from'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a connection\'s settings, secrets or user actions'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Enable a connection (rules using it run again)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Disable a connection (rules using it do not run)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a connection and its secrets'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand connection; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and not __fish_seen_subcommand_from import export user group population help" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and not __fish_seen_subcommand_from import export user group population help" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and not __fish_seen_subcommand_from import export user group population help" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and not __fish_seen_subcommand_from import export user group population help" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and not __fish_seen_subcommand_from import export user group population help" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and not __fish_seen_subcommand_from import export user group population help" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and not __fish_seen_subcommand_from import export user group population help" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and not __fish_seen_subcommand_from import export user group population help" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and not __fish_seen_subcommand_from import export user group population help" -f -a "import" -d 'Import users from a CSV or JSON file (all or nothing)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and not __fish_seen_subcommand_from import export user group population help" -f -a "export" -d 'Export users as CSV or JSON, in the form import reads'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and not __fish_seen_subcommand_from import export user group population help" -f -a "user" -d 'Users: add, list, show, set, enable, disable, delete'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and not __fish_seen_subcommand_from import export user group population help" -f -a "group" -d 'Groups: create, rename, delete, list, members, add-member, remove-member'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and not __fish_seen_subcommand_from import export user group population help" -f -a "population" -d 'Populations: create, list, delete'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and not __fish_seen_subcommand_from import export user group population help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from import" -l format -d 'The file\'s format [default: from its extension]' -r -f -a "csv\t''
json\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from import" -l population -d 'Population of rows that name none [default: Default]' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from import" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from import" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from import" -l create-populations -d 'Create the populations the file names that do not exist yet'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from import" -l replace -d 'The file is authoritative for the populations it covers: their users missing from it are deleted (refused for a file without rows)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from import" -l dry-run -d 'Check the file and show what would change, without changing anything'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from import" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from import" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from export" -l format -d 'Output format (also what --json would choose) [default: csv]' -r -f -a "csv\t''
json\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from export" -l population -d 'Only this population\'s users' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from export" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from export" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from export" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from export" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from user" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from user" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from user" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from user" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from user" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from user" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from user" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from user" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from user" -f -a "add" -d 'Add a user'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from user" -f -a "list" -d 'List users, optionally of one population or group'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from user" -f -a "show" -d 'Show one user (by id, username or email)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from user" -f -a "set" -d 'Change a user\'s fields or attributes'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from user" -f -a "enable" -d 'Enable a user'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from user" -f -a "disable" -d 'Disable a user (outbound rules suspend its Dropbox member)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from user" -f -a "delete" -d 'Delete a user from the directory'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from user" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from group" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from group" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from group" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from group" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from group" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from group" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from group" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from group" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from group" -f -a "create" -d 'Create a group'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from group" -f -a "rename" -d 'Rename a group (its id, and so its Dropbox group, stays)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from group" -f -a "delete" -d 'Delete a group (its users stay)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from group" -f -a "list" -d 'List the groups with their member counts'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from group" -f -a "members" -d 'List a group\'s members'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from group" -f -a "add-member" -d 'Add users to a group'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from group" -f -a "remove-member" -d 'Remove users from a group'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from group" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from population" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from population" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from population" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from population" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from population" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from population" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from population" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from population" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from population" -f -a "create" -d 'Create a population'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from population" -f -a "list" -d 'List the populations with their user counts'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from population" -f -a "delete" -d 'Delete an empty population'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from population" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import users from a CSV or JSON file (all or nothing)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export users as CSV or JSON, in the form import reads'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "user" -d 'Users: add, list, show, set, enable, disable, delete'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "group" -d 'Groups: create, rename, delete, list, members, add-member, remove-member'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "population" -d 'Populations: create, list, delete'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and not __fish_seen_subcommand_from create list show update enable disable delete test-mapping help" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and not __fish_seen_subcommand_from create list show update enable disable delete test-mapping help" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and not __fish_seen_subcommand_from create list show update enable disable delete test-mapping help" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and not __fish_seen_subcommand_from create list show update enable disable delete test-mapping help" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and not __fish_seen_subcommand_from create list show update enable disable delete test-mapping help" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and not __fish_seen_subcommand_from create list show update enable disable delete test-mapping help" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and not __fish_seen_subcommand_from create list show update enable disable delete test-mapping help" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and not __fish_seen_subcommand_from create list show update enable disable delete test-mapping help" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and not __fish_seen_subcommand_from create list show update enable disable delete test-mapping help" -f -a "create" -d 'Create a rule'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and not __fish_seen_subcommand_from create list show update enable disable delete test-mapping help" -f -a "list" -d 'List the rules'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and not __fish_seen_subcommand_from create list show update enable disable delete test-mapping help" -f -a "show" -d 'Show a rule: scope, mappings in effect, deletion limit'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and not __fish_seen_subcommand_from create list show update enable disable delete test-mapping help" -f -a "update" -d 'Change a rule (checked as a whole before it is saved)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and not __fish_seen_subcommand_from create list show update enable disable delete test-mapping help" -f -a "enable" -d 'Enable a rule'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and not __fish_seen_subcommand_from create list show update enable disable delete test-mapping help" -f -a "disable" -d 'Disable a rule (it does not run)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and not __fish_seen_subcommand_from create list show update enable disable delete test-mapping help" -f -a "delete" -d 'Delete a rule (with --deprovision, deprovision what it provisioned first)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and not __fish_seen_subcommand_from create list show update enable disable delete test-mapping help" -f -a "test-mapping" -d 'Evaluate a rule\'s mappings for one user (inbound: one member, by email) and show each value or error'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and not __fish_seen_subcommand_from create list show update enable disable delete test-mapping help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from create" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from create" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from create" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from create" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from create" -f -a "outbound" -d 'Directory -> Dropbox: keep the team\'s members equal to the users in scope'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from create" -f -a "inbound" -d 'Dropbox or LDAP/AD -> directory: keep a population equal to the team\'s members or the directory\'s entries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from create" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from list" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from list" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from list" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from list" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from show" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from show" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from show" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from show" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -l connection -d 'Move the rule to another connection' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -l population -d 'Replace the populations (repeatable)' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -l group -d 'Replace the groups (repeatable)' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -l filter -d 'Replace the filter' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -l map -d 'Override one attribute\'s mapping (repeatable)' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -l unmap -d 'Put one attribute back on its default mapping (repeatable)' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -l max-deletes -d 'New deletion limit: N or P%' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -l add-provision-group -d 'Start provisioning this directory group as a Dropbox group (repeatable)' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -l remove-provision-group -d 'Stop provisioning this group (repeatable): the next run deletes its Dropbox group if the rule created or adopted it (counted by the deletion guard)' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -l user-filter -d 'The LDAP filter of its users [default: (&(objectClass=inetOrgPerson)(mail=*)), or on Active Directory (&(objectCategory=person)(objectClass=user)(mail=*))]' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -l group-filter -d 'The LDAP filter of its groups [default: groupOfNames and groupOfUniqueNames, or on Active Directory (objectClass=group)]' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -l search-base -d 'Where it searches [default: the connection\'s base DN]' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -l schedule -d 'When `sync run --due` runs it [default: every-run]' -r -f -a "every-run\t'Every time (before the outbound rules that read its population)'
daily\t'Once a day, at the time of day its first full sync finished'"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -l no-populations -d 'Scope only by groups: remove every population'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -l no-groups -d 'Scope only by populations: remove every group'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -l no-filter -d 'Remove the filter'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -l default-max-deletes -d 'Go back to the default deletion limit (10%)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -l adopt-existing-groups -d 'Take over same-name Dropbox groups that dbxprov did not create'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -l no-adopt-existing-groups -d 'Leave same-name Dropbox groups that dbxprov did not create alone (they fail)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -l exclusive-group-membership -d 'Remove members the rule does not manage from its groups too'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -l no-exclusive-group-membership -d 'Keep members added by hand in the rule\'s groups'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -l take-external-ids -d 'Replace the external ids other tools set on members the rule adopted'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -l keep-external-ids -d 'Keep the external ids other tools set on members the rule adopted (the default)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -l sync-only-active -d 'Inbound: bring in active members only. Turned on for a rule that has run, it runs the full resync at once, deleting the users of members that are not active (after saying how many, and asking)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -l no-sync-only-active -d 'Inbound: bring in invited and suspended members too (as disabled users)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -l allow-bidirectional -d 'Allow the move to a connection that has rules of the other direction'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -s y -l yes -d 'Do not ask for confirmation (the resync of --sync-only-active)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from enable" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from enable" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from enable" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from enable" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from enable" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from disable" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from disable" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from disable" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from disable" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from disable" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from delete" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from delete" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from delete" -l deprovision -d 'Deprovision what the rule provisioned first: outbound, its Dropbox members (with the connection\'s remove action) and groups; inbound, the directory users it brought in (deleted). Also done when the connection has --deprovision-on-rule-deletion'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from delete" -l dry-run -d 'Show what would be deprovisioned; delete nothing'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from delete" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from delete" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from test-mapping" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from test-mapping" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from test-mapping" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from test-mapping" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from test-mapping" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from test-mapping" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from test-mapping" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from test-mapping" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a rule'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the rules'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a rule: scope, mappings in effect, deletion limit'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a rule (checked as a whole before it is saved)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Enable a rule'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Disable a rule (it does not run)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a rule (with --deprovision, deprovision what it provisioned first)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from help" -f -a "test-mapping" -d 'Evaluate a rule\'s mappings for one user (inbound: one member, by email) and show each value or error'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand rule; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and not __fish_seen_subcommand_from run status history show explain approve undo drift help" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and not __fish_seen_subcommand_from run status history show explain approve undo drift help" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and not __fish_seen_subcommand_from run status history show explain approve undo drift help" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and not __fish_seen_subcommand_from run status history show explain approve undo drift help" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and not __fish_seen_subcommand_from run status history show explain approve undo drift help" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and not __fish_seen_subcommand_from run status history show explain approve undo drift help" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and not __fish_seen_subcommand_from run status history show explain approve undo drift help" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and not __fish_seen_subcommand_from run status history show explain approve undo drift help" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and not __fish_seen_subcommand_from run status history show explain approve undo drift help" -f -a "run" -d 'Run rules: plan, check the deletion limit, apply'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and not __fish_seen_subcommand_from run status history show explain approve undo drift help" -f -a "status" -d 'Per-rule summary (PingOne\'s sync status), or per-user states with --users'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and not __fish_seen_subcommand_from run status history show explain approve undo drift help" -f -a "history" -d 'Past runs, newest first'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and not __fish_seen_subcommand_from run status history show explain approve undo drift help" -f -a "show" -d 'Every operation of one run, with its result'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and not __fish_seen_subcommand_from run status history show explain approve undo drift help" -f -a "explain" -d 'Why one user is (or is not) provisioned by a rule, step by step; changes nothing'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and not __fish_seen_subcommand_from run status history show explain approve undo drift help" -f -a "approve" -d 'Apply the plan of a run the deletion guard stopped, if the rule still plans exactly it'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and not __fish_seen_subcommand_from run status history show explain approve undo drift help" -f -a "undo" -d 'Take back what a run changed: unsuspend, recover, restore names and groups'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and not __fish_seen_subcommand_from run status history show explain approve undo drift help" -f -a "drift" -d 'Members changed in Dropbox outside dbxprov since the rule\'s last run; changes nothing'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and not __fish_seen_subcommand_from run status history show explain approve undo drift help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from run" -l allow-deletes -d 'Let up to N deprovisions through the rule\'s deletion limit, this run only' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from run" -l allow-changes -d 'Let up to N email or external-id changes, and N unsuspends, through the rule\'s limit (the deletion limit, counted apart), this run only' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from run" -l user -d 'Provision only this directory user (id, username or email; repeatable): their operations and group memberships, journaled as a run of the rule. Other users\' changes wait for the next full run. One outbound rule only' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from run" -l concurrency -d 'Requests (or batches of adds) in flight at once' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from run" -l metrics-file -d 'After the runs, write every rule\'s figures to PATH in the Prometheus text format (for node_exporter\'s textfile collector), replaced at once' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from run" -l log-file -d 'Append one JSON line per operation of each run, and one per run, to PATH (for a SIEM). It holds personal data: created readable by you only' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from run" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from run" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from run" -l all -d 'Run every enabled rule'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from run" -l due -d 'Run every enabled rule that is due: outbound rules every time, inbound rules daily at the time of day their first full sync finished (for a crontab line every few minutes; DBXPROV_NOW=2026-12-03T10:00:00Z sets the clock it reads)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from run" -l dry-run -d 'Plan and check only: show what would change, change nothing'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from run" -l revert-drift -d 'Undo what was changed in Dropbox outside dbxprov: unsuspend the members suspended there, recover (or re-create) the members removed there. Without it they are left as they are and reported as drift'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from run" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from run" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from run" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from status" -l state -d 'Only users in this state (implies --users)' -r -f -a "synced\t''
unsynced\t''
partially_synced\t''
failed\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from status" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from status" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from status" -l users -d 'List the rule\'s users (every rule\'s, without RULE) with their state, Dropbox member id and last error'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from status" -l groups -d 'List the rule\'s groups (every rule\'s, without RULE) with their state, Dropbox group id, member count and last error'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from status" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from status" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from history" -l limit -d 'How many runs' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from history" -l keep -d 'With --prune: how many runs of each rule to keep' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from history" -l format -d '`csv`: one row per run, for a spreadsheet or an audit store' -r -f -a "table\t''
csv\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from history" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from history" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from history" -l prune -d 'Delete the runs (and their operations) beyond the newest --keep of each rule; a run still running, or with an operation a later run must settle, stays'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from history" -l dry-run -d 'With --prune: count what would be deleted, and delete nothing'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from history" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from history" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from history" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from show" -l format -d '`csv`: one row per operation (run, rule, time, operation, user, result, reason, changes, error), for a spreadsheet or an audit store' -r -f -a "table\t''
csv\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from show" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from show" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from show" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from show" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from explain" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from explain" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from explain" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from explain" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from explain" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from explain" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from explain" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from explain" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from approve" -l metrics-file -d 'After the runs, write every rule\'s figures to PATH in the Prometheus text format (for node_exporter\'s textfile collector), replaced at once' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from approve" -l log-file -d 'Append one JSON line per operation of each run, and one per run, to PATH (for a SIEM). It holds personal data: created readable by you only' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from approve" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from approve" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from approve" -s y -l yes -d 'Do not ask for confirmation'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from approve" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from approve" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from approve" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from approve" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from approve" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from approve" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from undo" -l metrics-file -d 'After the runs, write every rule\'s figures to PATH in the Prometheus text format (for node_exporter\'s textfile collector), replaced at once' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from undo" -l log-file -d 'Append one JSON line per operation of each run, and one per run, to PATH (for a SIEM). It holds personal data: created readable by you only' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from undo" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from undo" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from undo" -l dry-run -d 'Show what would be undone; change nothing'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from undo" -s y -l yes -d 'Do not ask for confirmation'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from undo" -l force -d 'Undo also what was changed since the run (a member renamed again, unsuspended by hand, ...)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from undo" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from undo" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from undo" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from undo" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from undo" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from undo" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from drift" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from drift" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from drift" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from drift" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from drift" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from drift" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from drift" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from drift" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run rules: plan, check the deletion limit, apply'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from help" -f -a "status" -d 'Per-rule summary (PingOne\'s sync status), or per-user states with --users'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from help" -f -a "history" -d 'Past runs, newest first'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from help" -f -a "show" -d 'Every operation of one run, with its result'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from help" -f -a "explain" -d 'Why one user is (or is not) provisioned by a rule, step by step; changes nothing'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from help" -f -a "approve" -d 'Apply the plan of a run the deletion guard stopped, if the rule still plans exactly it'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from help" -f -a "undo" -d 'Take back what a run changed: unsuspend, recover, restore names and groups'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from help" -f -a "drift" -d 'Members changed in Dropbox outside dbxprov since the rule\'s last run; changes nothing'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand sync; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and not __fish_seen_subcommand_from add list test remove help" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and not __fish_seen_subcommand_from add list test remove help" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and not __fish_seen_subcommand_from add list test remove help" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and not __fish_seen_subcommand_from add list test remove help" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and not __fish_seen_subcommand_from add list test remove help" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and not __fish_seen_subcommand_from add list test remove help" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and not __fish_seen_subcommand_from add list test remove help" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and not __fish_seen_subcommand_from add list test remove help" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and not __fish_seen_subcommand_from add list test remove help" -f -a "add" -d 'Add a notifier: a webhook (Slack, Teams, any JSON receiver) or mail through SMTP'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and not __fish_seen_subcommand_from add list test remove help" -f -a "list" -d 'The notifiers, and the last notification of each that was not delivered'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and not __fish_seen_subcommand_from add list test remove help" -f -a "test" -d 'Send a test notification now'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and not __fish_seen_subcommand_from add list test remove help" -f -a "remove" -d 'Remove a notifier and its secret'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and not __fish_seen_subcommand_from add list test remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from add" -l webhook -d 'POST each notification as JSON to this URL (https; http only to this host)' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from add" -l smtp -d 'Mail each notification through this server: smtps://HOST[:465] (TLS), smtp://HOST[:587] (STARTTLS required), or smtp://localhost[:25] (a local relay)' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from add" -l to -d 'A recipient (repeatable, or comma-separated)' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from add" -l from -d 'The sender (default: the first recipient)' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from add" -l smtp-user -d 'The user to log in to the SMTP server as; its password from --smtp-password-file, DBXPROV_SMTP_PASSWORD, or a hidden prompt' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from add" -l ca-file -d 'A PEM file of the CA that signed the SMTP server\'s certificate (an internal relay\'s), trusted beside the Mozilla roots; read at each send' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from add" -l smtp-password-file -d 'A file holding the SMTP password (`-` for stdin)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from add" -l on -d 'The events it is told of (comma-separated)' -r -f -a "failure\t'A run failed (as a whole, or every write it tried) or was interrupted'
guard\t'The deletion guard stopped a run'
recovered\t'A run went through after the rule\'s last one had not'
every-run\t'Every run'"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from add" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from add" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from add" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from add" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from list" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from list" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from list" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from list" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from test" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from test" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from test" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from test" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from test" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from test" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from test" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from remove" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from remove" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask for confirmation'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from remove" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from remove" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a notifier: a webhook (Slack, Teams, any JSON receiver) or mail through SMTP'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from help" -f -a "list" -d 'The notifiers, and the last notification of each that was not delivered'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from help" -f -a "test" -d 'Send a test notification now'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a notifier and its secret'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand notify; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand check" -l max-age -d 'How long ago a rule\'s last run that went through may have ended (e.g. 30m, 1h, 2d)' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand check" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand check" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand check" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand check" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand check" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand check" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand check" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand check" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand demo" -l users -d 'After the story, provision this many more users at once (a rule of their own, with its progress), e.g. --users 100000' -r
complete -c dbxprov -n "__fish_dbxprov_using_subcommand demo" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand demo" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand demo" -l keep -d 'Keep the temporary home (and print where it is) instead of removing it'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand demo" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand demo" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand demo" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand demo" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand demo" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand demo" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand completions" -l home -d 'Directory holding dbxprov\'s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)' -r -F
complete -c dbxprov -n "__fish_dbxprov_using_subcommand completions" -l color -d 'When to colour the output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dbxprov -n "__fish_dbxprov_using_subcommand completions" -l json -d 'Print results as one JSON document on stdout'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand completions" -s q -l quiet -d 'Print nothing but errors'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand completions" -s v -l verbose -d 'Say more on stderr: every HTTP request with its status and duration, and retries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand completions" -l no-progress -d 'Never show progress bars'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand completions" -s h -l help -d 'Print help'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand completions" -s V -l version -d 'Print version'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and not __fish_seen_subcommand_from setup connection directory rule sync notify check demo completions help" -f -a "setup" -d 'Set up a tested connection, optionally an import and an outbound rule, step by step'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and not __fish_seen_subcommand_from setup connection directory rule sync notify check demo completions help" -f -a "connection" -d 'Connections to Dropbox teams: credentials, user actions, tests'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and not __fish_seen_subcommand_from setup connection directory rule sync notify check demo completions help" -f -a "directory" -d 'The directory: users, groups, populations, import and export'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and not __fish_seen_subcommand_from setup connection directory rule sync notify check demo completions help" -f -a "rule" -d 'Provisioning rules: scope, mappings, deletion limit'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and not __fish_seen_subcommand_from setup connection directory rule sync notify check demo completions help" -f -a "sync" -d 'Run rules and see what happened to whom'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and not __fish_seen_subcommand_from setup connection directory rule sync notify check demo completions help" -f -a "notify" -d 'Where runs are told: webhooks (Slack, Teams) and mail, on failures, guard stops, recoveries'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and not __fish_seen_subcommand_from setup connection directory rule sync notify check demo completions help" -f -a "check" -d 'Each enabled rule\'s health for a monitor: one line, exit 0 OK, 1 WARNING, 2 CRITICAL'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and not __fish_seen_subcommand_from setup connection directory rule sync notify check demo completions help" -f -a "demo" -d 'Run the whole story against the built-in Dropbox emulator, in a temporary home'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and not __fish_seen_subcommand_from setup connection directory rule sync notify check demo completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and not __fish_seen_subcommand_from setup connection directory rule sync notify check demo completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from connection" -f -a "create" -d 'Create a connection to a Dropbox team or an LDAP directory (and test it)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from connection" -f -a "authorize" -d 'Obtain a refresh token with the OAuth code flow (PKCE) and store it'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from connection" -f -a "test" -d 'Test a connection: get an access token, read the team, check the scopes'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from connection" -f -a "list" -d 'List the connections with their last test'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from connection" -f -a "show" -d 'Show one connection, its user actions and where its secrets come from'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from connection" -f -a "update" -d 'Change a connection\'s settings, secrets or user actions'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from connection" -f -a "enable" -d 'Enable a connection (rules using it run again)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from connection" -f -a "disable" -d 'Disable a connection (rules using it do not run)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from connection" -f -a "delete" -d 'Delete a connection and its secrets'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "import" -d 'Import users from a CSV or JSON file (all or nothing)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "export" -d 'Export users as CSV or JSON, in the form import reads'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "user" -d 'Users: add, list, show, set, enable, disable, delete'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "group" -d 'Groups: create, rename, delete, list, members, add-member, remove-member'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "population" -d 'Populations: create, list, delete'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from rule" -f -a "create" -d 'Create a rule'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from rule" -f -a "list" -d 'List the rules'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from rule" -f -a "show" -d 'Show a rule: scope, mappings in effect, deletion limit'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from rule" -f -a "update" -d 'Change a rule (checked as a whole before it is saved)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from rule" -f -a "enable" -d 'Enable a rule'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from rule" -f -a "disable" -d 'Disable a rule (it does not run)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from rule" -f -a "delete" -d 'Delete a rule (with --deprovision, deprovision what it provisioned first)'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from rule" -f -a "test-mapping" -d 'Evaluate a rule\'s mappings for one user (inbound: one member, by email) and show each value or error'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from sync" -f -a "run" -d 'Run rules: plan, check the deletion limit, apply'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from sync" -f -a "status" -d 'Per-rule summary (PingOne\'s sync status), or per-user states with --users'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from sync" -f -a "history" -d 'Past runs, newest first'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from sync" -f -a "show" -d 'Every operation of one run, with its result'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from sync" -f -a "explain" -d 'Why one user is (or is not) provisioned by a rule, step by step; changes nothing'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from sync" -f -a "approve" -d 'Apply the plan of a run the deletion guard stopped, if the rule still plans exactly it'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from sync" -f -a "undo" -d 'Take back what a run changed: unsuspend, recover, restore names and groups'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from sync" -f -a "drift" -d 'Members changed in Dropbox outside dbxprov since the rule\'s last run; changes nothing'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from notify" -f -a "add" -d 'Add a notifier: a webhook (Slack, Teams, any JSON receiver) or mail through SMTP'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from notify" -f -a "list" -d 'The notifiers, and the last notification of each that was not delivered'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from notify" -f -a "test" -d 'Send a test notification now'
complete -c dbxprov -n "__fish_dbxprov_using_subcommand help; and __fish_seen_subcommand_from notify" -f -a "remove" -d 'Remove a notifier and its secret'
