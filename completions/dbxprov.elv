
use builtin;
use str;

set edit:completion:arg-completer[dbxprov] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'dbxprov'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'dbxprov'= {
            cand --home 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)'
            cand --color 'When to colour the output (NO_COLOR in the environment means never)'
            cand --json 'Print results as one JSON document on stdout'
            cand -q 'Print nothing but errors'
            cand --quiet 'Print nothing but errors'
            cand -v 'Say more on stderr: every HTTP request with its status and duration, and retries'
            cand --verbose 'Say more on stderr: every HTTP request with its status and duration, and retries'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand connection 'Connections to Dropbox teams: credentials, user actions, tests'
            cand demo 'Run the whole story against the built-in Dropbox emulator, in a temporary home'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbxprov;connection'= {
            cand --home 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)'
            cand --color 'When to colour the output (NO_COLOR in the environment means never)'
            cand --json 'Print results as one JSON document on stdout'
            cand -q 'Print nothing but errors'
            cand --quiet 'Print nothing but errors'
            cand -v 'Say more on stderr: every HTTP request with its status and duration, and retries'
            cand --verbose 'Say more on stderr: every HTTP request with its status and duration, and retries'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a connection to a Dropbox team (and test it)'
            cand authorize 'Obtain a refresh token with the OAuth code flow (PKCE) and store it'
            cand test 'Test a connection: get an access token, read the team, check the scopes'
            cand list 'List the connections with their last test'
            cand show 'Show one connection, its user actions and where its secrets come from'
            cand update 'Change a connection''s settings, secrets or user actions'
            cand enable 'Enable a connection (rules using it run again)'
            cand disable 'Disable a connection (rules using it do not run)'
            cand delete 'Delete a connection and its secrets'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbxprov;connection;create'= {
            cand --client-id 'OAuth client id (the Dropbox app key)'
            cand --description 'Free text shown by `connection show` ('''' clears it)'
            cand --service-uri 'Base URL of the Dropbox API [at creation: https://api.dropboxapi.com/2]'
            cand --token-endpoint 'OAuth token endpoint [at creation: https://api.dropboxapi.com/oauth2/token]'
            cand --client-secret-file 'File holding the client secret (''-'' for stdin). At creation without it: DBXPROV_CLIENT_SECRET, else a hidden prompt on a terminal'
            cand --refresh-token-file 'File holding the refresh token (''-'' for stdin). At creation without it: DBXPROV_REFRESH_TOKEN, else a hidden prompt; with none, create with --no-test and run `connection authorize`'
            cand --remove-action 'How to deprovision: delete (remove from the team) or disable (suspend, needs --disable-users) [default: disable]'
            cand --transfer-dest 'Member (email) who receives the files of removed members [default: none]'
            cand --home 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)'
            cand --color 'When to colour the output (NO_COLOR in the environment means never)'
            cand --no-test 'Save without testing the connection first'
            cand --allow-invalid 'Save the connection even when its test fails (it is marked invalid)'
            cand --create-users 'Create Dropbox members for directory users in scope [default: on]'
            cand --no-create-users 'no-create-users'
            cand --update-users 'Update members whose directory profile changed [default: on]'
            cand --no-update-users 'no-update-users'
            cand --disable-users 'Suspend members whose directory user is disabled; needs --update-users [default: on]'
            cand --no-disable-users 'no-disable-users'
            cand --deprovision-users 'Deprovision members whose user left the scope or the directory [default: on]'
            cand --no-deprovision-users 'no-deprovision-users'
            cand --deprovision-on-rule-deletion 'Deprovision a rule''s members when the rule is deleted [default: off]'
            cand --no-deprovision-on-rule-deletion 'no-deprovision-on-rule-deletion'
            cand --wipe-data 'Wipe the devices of suspended and removed members [default: off]'
            cand --no-wipe-data 'no-wipe-data'
            cand --keep-account 'Removed members keep their account as a Basic account [default: off]'
            cand --no-keep-account 'no-keep-account'
            cand --no-transfer-dest 'Stop transferring the files of removed members'
            cand --welcome-email 'Send Dropbox''s welcome email to new members [default: on]'
            cand --no-welcome-email 'Do not send Dropbox''s welcome email to new members'
            cand --json 'Print results as one JSON document on stdout'
            cand -q 'Print nothing but errors'
            cand --quiet 'Print nothing but errors'
            cand -v 'Say more on stderr: every HTTP request with its status and duration, and retries'
            cand --verbose 'Say more on stderr: every HTTP request with its status and duration, and retries'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbxprov;connection;authorize'= {
            cand --authorize-url 'The consent page [default: Dropbox''s, or the `authorize` sibling of a custom token endpoint]'
            cand --home 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)'
            cand --color 'When to colour the output (NO_COLOR in the environment means never)'
            cand --json 'Print results as one JSON document on stdout'
            cand -q 'Print nothing but errors'
            cand --quiet 'Print nothing but errors'
            cand -v 'Say more on stderr: every HTTP request with its status and duration, and retries'
            cand --verbose 'Say more on stderr: every HTTP request with its status and duration, and retries'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbxprov;connection;test'= {
            cand --home 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)'
            cand --color 'When to colour the output (NO_COLOR in the environment means never)'
            cand --json 'Print results as one JSON document on stdout'
            cand -q 'Print nothing but errors'
            cand --quiet 'Print nothing but errors'
            cand -v 'Say more on stderr: every HTTP request with its status and duration, and retries'
            cand --verbose 'Say more on stderr: every HTTP request with its status and duration, and retries'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbxprov;connection;list'= {
            cand --home 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)'
            cand --color 'When to colour the output (NO_COLOR in the environment means never)'
            cand --json 'Print results as one JSON document on stdout'
            cand -q 'Print nothing but errors'
            cand --quiet 'Print nothing but errors'
            cand -v 'Say more on stderr: every HTTP request with its status and duration, and retries'
            cand --verbose 'Say more on stderr: every HTTP request with its status and duration, and retries'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbxprov;connection;show'= {
            cand --home 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)'
            cand --color 'When to colour the output (NO_COLOR in the environment means never)'
            cand --json 'Print results as one JSON document on stdout'
            cand -q 'Print nothing but errors'
            cand --quiet 'Print nothing but errors'
            cand -v 'Say more on stderr: every HTTP request with its status and duration, and retries'
            cand --verbose 'Say more on stderr: every HTTP request with its status and duration, and retries'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbxprov;connection;update'= {
            cand --client-id 'New OAuth client id (app key)'
            cand --description 'Free text shown by `connection show` ('''' clears it)'
            cand --service-uri 'Base URL of the Dropbox API [at creation: https://api.dropboxapi.com/2]'
            cand --token-endpoint 'OAuth token endpoint [at creation: https://api.dropboxapi.com/oauth2/token]'
            cand --client-secret-file 'File holding the client secret (''-'' for stdin). At creation without it: DBXPROV_CLIENT_SECRET, else a hidden prompt on a terminal'
            cand --refresh-token-file 'File holding the refresh token (''-'' for stdin). At creation without it: DBXPROV_REFRESH_TOKEN, else a hidden prompt; with none, create with --no-test and run `connection authorize`'
            cand --remove-action 'How to deprovision: delete (remove from the team) or disable (suspend, needs --disable-users) [default: disable]'
            cand --transfer-dest 'Member (email) who receives the files of removed members [default: none]'
            cand --home 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)'
            cand --color 'When to colour the output (NO_COLOR in the environment means never)'
            cand --create-users 'Create Dropbox members for directory users in scope [default: on]'
            cand --no-create-users 'no-create-users'
            cand --update-users 'Update members whose directory profile changed [default: on]'
            cand --no-update-users 'no-update-users'
            cand --disable-users 'Suspend members whose directory user is disabled; needs --update-users [default: on]'
            cand --no-disable-users 'no-disable-users'
            cand --deprovision-users 'Deprovision members whose user left the scope or the directory [default: on]'
            cand --no-deprovision-users 'no-deprovision-users'
            cand --deprovision-on-rule-deletion 'Deprovision a rule''s members when the rule is deleted [default: off]'
            cand --no-deprovision-on-rule-deletion 'no-deprovision-on-rule-deletion'
            cand --wipe-data 'Wipe the devices of suspended and removed members [default: off]'
            cand --no-wipe-data 'no-wipe-data'
            cand --keep-account 'Removed members keep their account as a Basic account [default: off]'
            cand --no-keep-account 'no-keep-account'
            cand --no-transfer-dest 'Stop transferring the files of removed members'
            cand --welcome-email 'Send Dropbox''s welcome email to new members [default: on]'
            cand --no-welcome-email 'Do not send Dropbox''s welcome email to new members'
            cand --json 'Print results as one JSON document on stdout'
            cand -q 'Print nothing but errors'
            cand --quiet 'Print nothing but errors'
            cand -v 'Say more on stderr: every HTTP request with its status and duration, and retries'
            cand --verbose 'Say more on stderr: every HTTP request with its status and duration, and retries'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbxprov;connection;enable'= {
            cand --home 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)'
            cand --color 'When to colour the output (NO_COLOR in the environment means never)'
            cand --json 'Print results as one JSON document on stdout'
            cand -q 'Print nothing but errors'
            cand --quiet 'Print nothing but errors'
            cand -v 'Say more on stderr: every HTTP request with its status and duration, and retries'
            cand --verbose 'Say more on stderr: every HTTP request with its status and duration, and retries'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbxprov;connection;disable'= {
            cand --home 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)'
            cand --color 'When to colour the output (NO_COLOR in the environment means never)'
            cand --json 'Print results as one JSON document on stdout'
            cand -q 'Print nothing but errors'
            cand --quiet 'Print nothing but errors'
            cand -v 'Say more on stderr: every HTTP request with its status and duration, and retries'
            cand --verbose 'Say more on stderr: every HTTP request with its status and duration, and retries'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbxprov;connection;delete'= {
            cand --home 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)'
            cand --color 'When to colour the output (NO_COLOR in the environment means never)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --json 'Print results as one JSON document on stdout'
            cand -q 'Print nothing but errors'
            cand --quiet 'Print nothing but errors'
            cand -v 'Say more on stderr: every HTTP request with its status and duration, and retries'
            cand --verbose 'Say more on stderr: every HTTP request with its status and duration, and retries'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbxprov;connection;help'= {
            cand create 'Create a connection to a Dropbox team (and test it)'
            cand authorize 'Obtain a refresh token with the OAuth code flow (PKCE) and store it'
            cand test 'Test a connection: get an access token, read the team, check the scopes'
            cand list 'List the connections with their last test'
            cand show 'Show one connection, its user actions and where its secrets come from'
            cand update 'Change a connection''s settings, secrets or user actions'
            cand enable 'Enable a connection (rules using it run again)'
            cand disable 'Disable a connection (rules using it do not run)'
            cand delete 'Delete a connection and its secrets'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbxprov;connection;help;create'= {
        }
        &'dbxprov;connection;help;authorize'= {
        }
        &'dbxprov;connection;help;test'= {
        }
        &'dbxprov;connection;help;list'= {
        }
        &'dbxprov;connection;help;show'= {
        }
        &'dbxprov;connection;help;update'= {
        }
        &'dbxprov;connection;help;enable'= {
        }
        &'dbxprov;connection;help;disable'= {
        }
        &'dbxprov;connection;help;delete'= {
        }
        &'dbxprov;connection;help;help'= {
        }
        &'dbxprov;demo'= {
            cand --home 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)'
            cand --color 'When to colour the output (NO_COLOR in the environment means never)'
            cand --keep 'Keep the temporary home (and print where it is) instead of removing it'
            cand --json 'Print results as one JSON document on stdout'
            cand -q 'Print nothing but errors'
            cand --quiet 'Print nothing but errors'
            cand -v 'Say more on stderr: every HTTP request with its status and duration, and retries'
            cand --verbose 'Say more on stderr: every HTTP request with its status and duration, and retries'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbxprov;completions'= {
            cand --home 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)'
            cand --color 'When to colour the output (NO_COLOR in the environment means never)'
            cand --json 'Print results as one JSON document on stdout'
            cand -q 'Print nothing but errors'
            cand --quiet 'Print nothing but errors'
            cand -v 'Say more on stderr: every HTTP request with its status and duration, and retries'
            cand --verbose 'Say more on stderr: every HTTP request with its status and duration, and retries'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbxprov;help'= {
            cand connection 'Connections to Dropbox teams: credentials, user actions, tests'
            cand demo 'Run the whole story against the built-in Dropbox emulator, in a temporary home'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbxprov;help;connection'= {
            cand create 'Create a connection to a Dropbox team (and test it)'
            cand authorize 'Obtain a refresh token with the OAuth code flow (PKCE) and store it'
            cand test 'Test a connection: get an access token, read the team, check the scopes'
            cand list 'List the connections with their last test'
            cand show 'Show one connection, its user actions and where its secrets come from'
            cand update 'Change a connection''s settings, secrets or user actions'
            cand enable 'Enable a connection (rules using it run again)'
            cand disable 'Disable a connection (rules using it do not run)'
            cand delete 'Delete a connection and its secrets'
        }
        &'dbxprov;help;connection;create'= {
        }
        &'dbxprov;help;connection;authorize'= {
        }
        &'dbxprov;help;connection;test'= {
        }
        &'dbxprov;help;connection;list'= {
        }
        &'dbxprov;help;connection;show'= {
        }
        &'dbxprov;help;connection;update'= {
        }
        &'dbxprov;help;connection;enable'= {
        }
        &'dbxprov;help;connection;disable'= {
        }
        &'dbxprov;help;connection;delete'= {
        }
        &'dbxprov;help;demo'= {
        }
        &'dbxprov;help;completions'= {
        }
        &'dbxprov;help;help'= {
        }
    ]
    $completions[$command]
}
