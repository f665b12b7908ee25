
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
            cand setup 'Set up a tested connection, optionally an import and an outbound rule, step by step'
            cand connection 'Connections to Dropbox teams: credentials, user actions, tests'
            cand directory 'The directory: users, groups, populations, import and export'
            cand rule 'Provisioning rules: scope, mappings, deletion limit'
            cand sync 'Run rules and see what happened to whom'
            cand notify 'Where runs are told: webhooks (Slack, Teams) and mail, on failures, guard stops, recoveries'
            cand check 'Each enabled rule''s health for a monitor: one line, exit 0 OK, 1 WARNING, 2 CRITICAL'
            cand demo 'Run the whole story against the built-in Dropbox emulator, in a temporary home'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbxprov;setup'= {
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
            cand create 'Create a connection to a Dropbox team or an LDAP directory (and test it)'
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
            cand --kind 'What it reaches'
            cand --client-id 'OAuth client id (the Dropbox app key); required for Dropbox'
            cand --description 'Free text shown by `connection show` ('''' clears it)'
            cand --service-uri 'Base URL of the Dropbox API [at creation: https://api.dropboxapi.com/2]'
            cand --token-endpoint 'OAuth token endpoint [at creation: https://api.dropboxapi.com/oauth2/token]'
            cand --client-secret-file 'File holding the client secret (''-'' for stdin). At creation without it: DBXPROV_CLIENT_SECRET, else a hidden prompt on a terminal'
            cand --refresh-token-file 'File holding the refresh token (''-'' for stdin). At creation without it: DBXPROV_REFRESH_TOKEN, else a hidden prompt; with none, create with --no-test and run `connection authorize`'
            cand --url 'The directory: ldaps://HOST[:PORT], or ldap://HOST[:PORT] with --starttls (clear text only to this machine)'
            cand --bind-dn 'The DN dbxprov binds as: a reader (its password is never a flag)'
            cand --base-dn 'Where rules search unless they say otherwise'
            cand --ca-file 'PEM file of the CA that signed the server''s certificate [default: the system''s roots]'
            cand --page-size 'Entries a page asks for [default: 500; Active Directory caps a page at 1000]'
            cand --bind-password-file 'File holding the bind password (''-'' for stdin). At creation without it: DBXPROV_BIND_PASSWORD, else a hidden prompt'
            cand --remove-action 'How to deprovision: delete (remove from the team), disable (suspend, needs --disable-users) or suspend-then-delete (suspend, remove after --remove-after days) [default: disable]'
            cand --remove-after 'With suspend-then-delete: the days a leaver stays suspended before it is removed [default: 30]'
            cand --transfer-dest 'Member (email) who receives the files of removed members [default: none]'
            cand --transfer-admin 'Team admin (email) told of errors while files are transferred; required with --transfer-dest [default: none]'
            cand --home 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)'
            cand --color 'When to colour the output (NO_COLOR in the environment means never)'
            cand --no-test 'Save without testing the connection first'
            cand --allow-invalid 'Save the connection even when its test fails (it is marked invalid)'
            cand --starttls 'Upgrade ldap:// with StartTLS before binding'
            cand --no-starttls 'Do not use StartTLS (ldaps://, or a server on this machine)'
            cand --no-ca-file 'Check the server''s certificate against the system''s roots again'
            cand --create-users 'Create Dropbox members for directory users in scope [default: on]'
            cand --no-create-users 'Do not create members (new users in scope stay unsynced)'
            cand --update-users 'Update members whose directory profile changed [default: on]'
            cand --no-update-users 'Do not update members (changed profiles stay partially synced)'
            cand --disable-users 'Suspend members whose directory user is disabled; needs --update-users [default: on]'
            cand --no-disable-users 'Do not suspend members of disabled users'
            cand --deprovision-users 'Deprovision members whose user left the scope or the directory [default: on]'
            cand --no-deprovision-users 'Leave the members of users that left alone'
            cand --deprovision-on-rule-deletion 'Deprovision a rule''s members when the rule is deleted [default: off]'
            cand --no-deprovision-on-rule-deletion 'Deleting a rule only forgets its links'
            cand --wipe-data 'Wipe the devices of suspended and removed members [default: off]'
            cand --no-wipe-data 'Keep the devices of suspended and removed members as they are'
            cand --keep-account 'Removed members keep their account as a Basic account [default: off]'
            cand --no-keep-account 'Removed members lose their account'
            cand --no-transfer-dest 'Stop transferring the files of removed members'
            cand --no-transfer-admin 'Clear the transfer admin'
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
            cand --url 'The directory: ldaps://HOST[:PORT], or ldap://HOST[:PORT] with --starttls (clear text only to this machine)'
            cand --bind-dn 'The DN dbxprov binds as: a reader (its password is never a flag)'
            cand --base-dn 'Where rules search unless they say otherwise'
            cand --ca-file 'PEM file of the CA that signed the server''s certificate [default: the system''s roots]'
            cand --page-size 'Entries a page asks for [default: 500; Active Directory caps a page at 1000]'
            cand --bind-password-file 'File holding the bind password (''-'' for stdin). At creation without it: DBXPROV_BIND_PASSWORD, else a hidden prompt'
            cand --remove-action 'How to deprovision: delete (remove from the team), disable (suspend, needs --disable-users) or suspend-then-delete (suspend, remove after --remove-after days) [default: disable]'
            cand --remove-after 'With suspend-then-delete: the days a leaver stays suspended before it is removed [default: 30]'
            cand --transfer-dest 'Member (email) who receives the files of removed members [default: none]'
            cand --transfer-admin 'Team admin (email) told of errors while files are transferred; required with --transfer-dest [default: none]'
            cand --home 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)'
            cand --color 'When to colour the output (NO_COLOR in the environment means never)'
            cand --no-test 'Do not test a changed client id, secret, token or endpoint (or LDAP URL, bind DN, TLS setting or password) now'
            cand --starttls 'Upgrade ldap:// with StartTLS before binding'
            cand --no-starttls 'Do not use StartTLS (ldaps://, or a server on this machine)'
            cand --no-ca-file 'Check the server''s certificate against the system''s roots again'
            cand --create-users 'Create Dropbox members for directory users in scope [default: on]'
            cand --no-create-users 'Do not create members (new users in scope stay unsynced)'
            cand --update-users 'Update members whose directory profile changed [default: on]'
            cand --no-update-users 'Do not update members (changed profiles stay partially synced)'
            cand --disable-users 'Suspend members whose directory user is disabled; needs --update-users [default: on]'
            cand --no-disable-users 'Do not suspend members of disabled users'
            cand --deprovision-users 'Deprovision members whose user left the scope or the directory [default: on]'
            cand --no-deprovision-users 'Leave the members of users that left alone'
            cand --deprovision-on-rule-deletion 'Deprovision a rule''s members when the rule is deleted [default: off]'
            cand --no-deprovision-on-rule-deletion 'Deleting a rule only forgets its links'
            cand --wipe-data 'Wipe the devices of suspended and removed members [default: off]'
            cand --no-wipe-data 'Keep the devices of suspended and removed members as they are'
            cand --keep-account 'Removed members keep their account as a Basic account [default: off]'
            cand --no-keep-account 'Removed members lose their account'
            cand --no-transfer-dest 'Stop transferring the files of removed members'
            cand --no-transfer-admin 'Clear the transfer admin'
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
            cand create 'Create a connection to a Dropbox team or an LDAP directory (and test it)'
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
        &'dbxprov;directory'= {
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
            cand import 'Import users from a CSV or JSON file (all or nothing)'
            cand export 'Export users as CSV or JSON, in the form import reads'
            cand user 'Users: add, list, show, set, enable, disable, delete'
            cand group 'Groups: create, rename, delete, list, members, add-member, remove-member'
            cand population 'Populations: create, list, delete'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbxprov;directory;import'= {
            cand --format 'The file''s format [default: from its extension]'
            cand --population 'Population of rows that name none [default: Default]'
            cand --home 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)'
            cand --color 'When to colour the output (NO_COLOR in the environment means never)'
            cand --create-populations 'Create the populations the file names that do not exist yet'
            cand --replace 'The file is authoritative for the populations it covers: their users missing from it are deleted (refused for a file without rows)'
            cand --dry-run 'Check the file and show what would change, without changing anything'
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
        &'dbxprov;directory;export'= {
            cand --format 'Output format (also what --json would choose) [default: csv]'
            cand --population 'Only this population''s users'
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
        &'dbxprov;directory;user'= {
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
            cand add 'Add a user'
            cand list 'List users, optionally of one population or group'
            cand show 'Show one user (by id, username or email)'
            cand set 'Change a user''s fields or attributes'
            cand enable 'Enable a user'
            cand disable 'Disable a user (outbound rules suspend its Dropbox member)'
            cand delete 'Delete a user from the directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbxprov;directory;user;add'= {
            cand --username 'Username [at creation: the email]'
            cand --given-name 'Given name (at most 50 characters, none of `/:?*<>"|`, as Dropbox accepts)'
            cand --surname 'Surname (the same rules)'
            cand --population 'Population [at creation: Default]'
            cand --attr 'Set an attribute (repeatable): --attr department=Sales; --attr department= removes it'
            cand --home 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)'
            cand --color 'When to colour the output (NO_COLOR in the environment means never)'
            cand --disabled 'Add the user disabled'
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
        &'dbxprov;directory;user;list'= {
            cand --population 'Only this population''s users'
            cand --group 'Only this group''s members'
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
        &'dbxprov;directory;user;show'= {
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
        &'dbxprov;directory;user;set'= {
            cand --email 'New email address (Dropbox''s pattern; unique in the directory)'
            cand --username 'Username [at creation: the email]'
            cand --given-name 'Given name (at most 50 characters, none of `/:?*<>"|`, as Dropbox accepts)'
            cand --surname 'Surname (the same rules)'
            cand --population 'Population [at creation: Default]'
            cand --attr 'Set an attribute (repeatable): --attr department=Sales; --attr department= removes it'
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
        &'dbxprov;directory;user;enable'= {
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
        &'dbxprov;directory;user;disable'= {
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
        &'dbxprov;directory;user;delete'= {
            cand --home 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)'
            cand --color 'When to colour the output (NO_COLOR in the environment means never)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --dry-run 'Say what the deletion would do, and delete nothing'
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
        &'dbxprov;directory;user;help'= {
            cand add 'Add a user'
            cand list 'List users, optionally of one population or group'
            cand show 'Show one user (by id, username or email)'
            cand set 'Change a user''s fields or attributes'
            cand enable 'Enable a user'
            cand disable 'Disable a user (outbound rules suspend its Dropbox member)'
            cand delete 'Delete a user from the directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbxprov;directory;user;help;add'= {
        }
        &'dbxprov;directory;user;help;list'= {
        }
        &'dbxprov;directory;user;help;show'= {
        }
        &'dbxprov;directory;user;help;set'= {
        }
        &'dbxprov;directory;user;help;enable'= {
        }
        &'dbxprov;directory;user;help;disable'= {
        }
        &'dbxprov;directory;user;help;delete'= {
        }
        &'dbxprov;directory;user;help;help'= {
        }
        &'dbxprov;directory;group'= {
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
            cand create 'Create a group'
            cand rename 'Rename a group (its id, and so its Dropbox group, stays)'
            cand delete 'Delete a group (its users stay)'
            cand list 'List the groups with their member counts'
            cand members 'List a group''s members'
            cand add-member 'Add users to a group'
            cand remove-member 'Remove users from a group'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbxprov;directory;group;create'= {
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
        &'dbxprov;directory;group;rename'= {
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
        &'dbxprov;directory;group;delete'= {
            cand --home 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)'
            cand --color 'When to colour the output (NO_COLOR in the environment means never)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --dry-run 'Say what the deletion would do, and delete nothing'
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
        &'dbxprov;directory;group;list'= {
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
        &'dbxprov;directory;group;members'= {
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
        &'dbxprov;directory;group;add-member'= {
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
        &'dbxprov;directory;group;remove-member'= {
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
        &'dbxprov;directory;group;help'= {
            cand create 'Create a group'
            cand rename 'Rename a group (its id, and so its Dropbox group, stays)'
            cand delete 'Delete a group (its users stay)'
            cand list 'List the groups with their member counts'
            cand members 'List a group''s members'
            cand add-member 'Add users to a group'
            cand remove-member 'Remove users from a group'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbxprov;directory;group;help;create'= {
        }
        &'dbxprov;directory;group;help;rename'= {
        }
        &'dbxprov;directory;group;help;delete'= {
        }
        &'dbxprov;directory;group;help;list'= {
        }
        &'dbxprov;directory;group;help;members'= {
        }
        &'dbxprov;directory;group;help;add-member'= {
        }
        &'dbxprov;directory;group;help;remove-member'= {
        }
        &'dbxprov;directory;group;help;help'= {
        }
        &'dbxprov;directory;population'= {
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
            cand create 'Create a population'
            cand list 'List the populations with their user counts'
            cand delete 'Delete an empty population'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbxprov;directory;population;create'= {
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
        &'dbxprov;directory;population;list'= {
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
        &'dbxprov;directory;population;delete'= {
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
        &'dbxprov;directory;population;help'= {
            cand create 'Create a population'
            cand list 'List the populations with their user counts'
            cand delete 'Delete an empty population'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbxprov;directory;population;help;create'= {
        }
        &'dbxprov;directory;population;help;list'= {
        }
        &'dbxprov;directory;population;help;delete'= {
        }
        &'dbxprov;directory;population;help;help'= {
        }
        &'dbxprov;directory;help'= {
            cand import 'Import users from a CSV or JSON file (all or nothing)'
            cand export 'Export users as CSV or JSON, in the form import reads'
            cand user 'Users: add, list, show, set, enable, disable, delete'
            cand group 'Groups: create, rename, delete, list, members, add-member, remove-member'
            cand population 'Populations: create, list, delete'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbxprov;directory;help;import'= {
        }
        &'dbxprov;directory;help;export'= {
        }
        &'dbxprov;directory;help;user'= {
            cand add 'Add a user'
            cand list 'List users, optionally of one population or group'
            cand show 'Show one user (by id, username or email)'
            cand set 'Change a user''s fields or attributes'
            cand enable 'Enable a user'
            cand disable 'Disable a user (outbound rules suspend its Dropbox member)'
            cand delete 'Delete a user from the directory'
        }
        &'dbxprov;directory;help;user;add'= {
        }
        &'dbxprov;directory;help;user;list'= {
        }
        &'dbxprov;directory;help;user;show'= {
        }
        &'dbxprov;directory;help;user;set'= {
        }
        &'dbxprov;directory;help;user;enable'= {
        }
        &'dbxprov;directory;help;user;disable'= {
        }
        &'dbxprov;directory;help;user;delete'= {
        }
        &'dbxprov;directory;help;group'= {
            cand create 'Create a group'
            cand rename 'Rename a group (its id, and so its Dropbox group, stays)'
            cand delete 'Delete a group (its users stay)'
            cand list 'List the groups with their member counts'
            cand members 'List a group''s members'
            cand add-member 'Add users to a group'
            cand remove-member 'Remove users from a group'
        }
        &'dbxprov;directory;help;group;create'= {
        }
        &'dbxprov;directory;help;group;rename'= {
        }
        &'dbxprov;directory;help;group;delete'= {
        }
        &'dbxprov;directory;help;group;list'= {
        }
        &'dbxprov;directory;help;group;members'= {
        }
        &'dbxprov;directory;help;group;add-member'= {
        }
        &'dbxprov;directory;help;group;remove-member'= {
        }
        &'dbxprov;directory;help;population'= {
            cand create 'Create a population'
            cand list 'List the populations with their user counts'
            cand delete 'Delete an empty population'
        }
        &'dbxprov;directory;help;population;create'= {
        }
        &'dbxprov;directory;help;population;list'= {
        }
        &'dbxprov;directory;help;population;delete'= {
        }
        &'dbxprov;directory;help;help'= {
        }
        &'dbxprov;rule'= {
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
            cand create 'Create a rule'
            cand list 'List the rules'
            cand show 'Show a rule: scope, mappings in effect, deletion limit'
            cand update 'Change a rule (checked as a whole before it is saved)'
            cand enable 'Enable a rule'
            cand disable 'Disable a rule (it does not run)'
            cand delete 'Delete a rule (with --deprovision, deprovision what it provisioned first)'
            cand test-mapping 'Evaluate a rule''s mappings for one user (inbound: one member, by email) and show each value or error'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbxprov;rule;create'= {
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
            cand outbound 'Directory -> Dropbox: keep the team''s members equal to the users in scope'
            cand inbound 'Dropbox or LDAP/AD -> directory: keep a population equal to the team''s members or the directory''s entries'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbxprov;rule;create;outbound'= {
            cand --connection 'The connection (Dropbox team) to provision'
            cand --population 'Users of this population are in scope (repeatable)'
            cand --group 'Members of this group are in scope (repeatable; with populations, both must hold)'
            cand --filter 'An expression over `user` that must be true, e.g. "user.attributes.department == ''Sales''"'
            cand --map 'Override one attribute''s mapping (repeatable): email, given_name, surname, external_id, status'
            cand --max-deletes 'Stop a run that would deprovision more than N members, or P% of the linked ones [default: 10%]'
            cand --provision-group 'Provision this directory group as a Dropbox group (repeatable): created, renamed and deleted with it, its members kept equal to its in-scope users'
            cand --home 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)'
            cand --color 'When to colour the output (NO_COLOR in the environment means never)'
            cand --adopt-existing-groups 'Take over a same-name Dropbox group that dbxprov did not create (else that group fails and is left untouched)'
            cand --exclusive-group-membership 'Remove members the rule does not manage from its groups too (by default members added by hand stay)'
            cand --allow-bidirectional 'Allow it on a connection that has inbound rules: it then never re-creates in Dropbox a member an inbound rule brought in (it leaves those users to it)'
            cand --take-external-ids 'Replace the external id of a member adopted by email when another tool set one (Dropbox''s SCIM app, Okta, Entra rely on theirs); by default it is kept, and the rule finds the member by its link'
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
        &'dbxprov;rule;create;inbound'= {
            cand --connection 'The connection (Dropbox team or LDAP directory) to read'
            cand --population 'The population its users live in'
            cand --filter 'An expression over `member` (or `entry`) that must be true, e.g. "member.email is endingwith(''@example.com'')"'
            cand --user-filter 'The LDAP filter of its users [default: (&(objectClass=inetOrgPerson)(mail=*)), or on Active Directory (&(objectCategory=person)(objectClass=user)(mail=*))]'
            cand --group-filter 'The LDAP filter of its groups [default: groupOfNames and groupOfUniqueNames, or on Active Directory (objectClass=group)]'
            cand --search-base 'Where it searches [default: the connection''s base DN]'
            cand --schedule 'When `sync run --due` runs it [default: every-run]'
            cand --map 'Override one attribute''s mapping (repeatable): email, username, given_name, surname, enabled, attributes.NAME'
            cand --max-deletes 'Stop a run that would delete or disable more than N users, or P% of those it brought in [default: 10%]'
            cand --home 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)'
            cand --color 'When to colour the output (NO_COLOR in the environment means never)'
            cand --sync-only-active 'Bring in active members only; invited and suspended members'' users are deleted'
            cand --allow-bidirectional 'Allow it on a connection that has outbound rules (those never re-create in Dropbox a member this rule brought in)'
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
        &'dbxprov;rule;create;help'= {
            cand outbound 'Directory -> Dropbox: keep the team''s members equal to the users in scope'
            cand inbound 'Dropbox or LDAP/AD -> directory: keep a population equal to the team''s members or the directory''s entries'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbxprov;rule;create;help;outbound'= {
        }
        &'dbxprov;rule;create;help;inbound'= {
        }
        &'dbxprov;rule;create;help;help'= {
        }
        &'dbxprov;rule;list'= {
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
        &'dbxprov;rule;show'= {
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
        &'dbxprov;rule;update'= {
            cand --connection 'Move the rule to another connection'
            cand --population 'Replace the populations (repeatable)'
            cand --group 'Replace the groups (repeatable)'
            cand --filter 'Replace the filter'
            cand --map 'Override one attribute''s mapping (repeatable)'
            cand --unmap 'Put one attribute back on its default mapping (repeatable)'
            cand --max-deletes 'New deletion limit: N or P%'
            cand --add-provision-group 'Start provisioning this directory group as a Dropbox group (repeatable)'
            cand --remove-provision-group 'Stop provisioning this group (repeatable): the next run deletes its Dropbox group if the rule created or adopted it (counted by the deletion guard)'
            cand --user-filter 'The LDAP filter of its users [default: (&(objectClass=inetOrgPerson)(mail=*)), or on Active Directory (&(objectCategory=person)(objectClass=user)(mail=*))]'
            cand --group-filter 'The LDAP filter of its groups [default: groupOfNames and groupOfUniqueNames, or on Active Directory (objectClass=group)]'
            cand --search-base 'Where it searches [default: the connection''s base DN]'
            cand --schedule 'When `sync run --due` runs it [default: every-run]'
            cand --home 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)'
            cand --color 'When to colour the output (NO_COLOR in the environment means never)'
            cand --no-populations 'Scope only by groups: remove every population'
            cand --no-groups 'Scope only by populations: remove every group'
            cand --no-filter 'Remove the filter'
            cand --default-max-deletes 'Go back to the default deletion limit (10%)'
            cand --adopt-existing-groups 'Take over same-name Dropbox groups that dbxprov did not create'
            cand --no-adopt-existing-groups 'Leave same-name Dropbox groups that dbxprov did not create alone (they fail)'
            cand --exclusive-group-membership 'Remove members the rule does not manage from its groups too'
            cand --no-exclusive-group-membership 'Keep members added by hand in the rule''s groups'
            cand --take-external-ids 'Replace the external ids other tools set on members the rule adopted'
            cand --keep-external-ids 'Keep the external ids other tools set on members the rule adopted (the default)'
            cand --sync-only-active 'Inbound: bring in active members only. Turned on for a rule that has run, it runs the full resync at once, deleting the users of members that are not active (after saying how many, and asking)'
            cand --no-sync-only-active 'Inbound: bring in invited and suspended members too (as disabled users)'
            cand --allow-bidirectional 'Allow the move to a connection that has rules of the other direction'
            cand -y 'Do not ask for confirmation (the resync of --sync-only-active)'
            cand --yes 'Do not ask for confirmation (the resync of --sync-only-active)'
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
        &'dbxprov;rule;enable'= {
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
        &'dbxprov;rule;disable'= {
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
        &'dbxprov;rule;delete'= {
            cand --home 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)'
            cand --color 'When to colour the output (NO_COLOR in the environment means never)'
            cand --deprovision 'Deprovision what the rule provisioned first: outbound, its Dropbox members (with the connection''s remove action) and groups; inbound, the directory users it brought in (deleted). Also done when the connection has --deprovision-on-rule-deletion'
            cand --dry-run 'Show what would be deprovisioned; delete nothing'
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
        &'dbxprov;rule;test-mapping'= {
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
        &'dbxprov;rule;help'= {
            cand create 'Create a rule'
            cand list 'List the rules'
            cand show 'Show a rule: scope, mappings in effect, deletion limit'
            cand update 'Change a rule (checked as a whole before it is saved)'
            cand enable 'Enable a rule'
            cand disable 'Disable a rule (it does not run)'
            cand delete 'Delete a rule (with --deprovision, deprovision what it provisioned first)'
            cand test-mapping 'Evaluate a rule''s mappings for one user (inbound: one member, by email) and show each value or error'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbxprov;rule;help;create'= {
            cand outbound 'Directory -> Dropbox: keep the team''s members equal to the users in scope'
            cand inbound 'Dropbox or LDAP/AD -> directory: keep a population equal to the team''s members or the directory''s entries'
        }
        &'dbxprov;rule;help;create;outbound'= {
        }
        &'dbxprov;rule;help;create;inbound'= {
        }
        &'dbxprov;rule;help;list'= {
        }
        &'dbxprov;rule;help;show'= {
        }
        &'dbxprov;rule;help;update'= {
        }
        &'dbxprov;rule;help;enable'= {
        }
        &'dbxprov;rule;help;disable'= {
        }
        &'dbxprov;rule;help;delete'= {
        }
        &'dbxprov;rule;help;test-mapping'= {
        }
        &'dbxprov;rule;help;help'= {
        }
        &'dbxprov;sync'= {
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
            cand run 'Run rules: plan, check the deletion limit, apply'
            cand status 'Per-rule summary (PingOne''s sync status), or per-user states with --users'
            cand history 'Past runs, newest first'
            cand show 'Every operation of one run, with its result'
            cand explain 'Why one user is (or is not) provisioned by a rule, step by step; changes nothing'
            cand approve 'Apply the plan of a run the deletion guard stopped, if the rule still plans exactly it'
            cand undo 'Take back what a run changed: unsuspend, recover, restore names and groups'
            cand drift 'Members changed in Dropbox outside dbxprov since the rule''s last run; changes nothing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbxprov;sync;run'= {
            cand --allow-deletes 'Let up to N deprovisions through the rule''s deletion limit, this run only'
            cand --allow-changes 'Let up to N email or external-id changes, and N unsuspends, through the rule''s limit (the deletion limit, counted apart), this run only'
            cand --user 'Provision only this directory user (id, username or email; repeatable): their operations and group memberships, journaled as a run of the rule. Other users'' changes wait for the next full run. One outbound rule only'
            cand --concurrency 'Requests (or batches of adds) in flight at once'
            cand --metrics-file 'After the runs, write every rule''s figures to PATH in the Prometheus text format (for node_exporter''s textfile collector), replaced at once'
            cand --log-file 'Append one JSON line per operation of each run, and one per run, to PATH (for a SIEM). It holds personal data: created readable by you only'
            cand --home 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)'
            cand --color 'When to colour the output (NO_COLOR in the environment means never)'
            cand --all 'Run every enabled rule'
            cand --due 'Run every enabled rule that is due: outbound rules every time, inbound rules daily at the time of day their first full sync finished (for a crontab line every few minutes; DBXPROV_NOW=2026-12-03T10:00:00Z sets the clock it reads)'
            cand --dry-run 'Plan and check only: show what would change, change nothing'
            cand --revert-drift 'Undo what was changed in Dropbox outside dbxprov: unsuspend the members suspended there, recover (or re-create) the members removed there. Without it they are left as they are and reported as drift'
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
        &'dbxprov;sync;status'= {
            cand --state 'Only users in this state (implies --users)'
            cand --home 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)'
            cand --color 'When to colour the output (NO_COLOR in the environment means never)'
            cand --users 'List the rule''s users (every rule''s, without RULE) with their state, Dropbox member id and last error'
            cand --groups 'List the rule''s groups (every rule''s, without RULE) with their state, Dropbox group id, member count and last error'
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
        &'dbxprov;sync;history'= {
            cand --limit 'How many runs'
            cand --keep 'With --prune: how many runs of each rule to keep'
            cand --format '`csv`: one row per run, for a spreadsheet or an audit store'
            cand --home 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)'
            cand --color 'When to colour the output (NO_COLOR in the environment means never)'
            cand --prune 'Delete the runs (and their operations) beyond the newest --keep of each rule; a run still running, or with an operation a later run must settle, stays'
            cand --dry-run 'With --prune: count what would be deleted, and delete nothing'
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
        &'dbxprov;sync;show'= {
            cand --format '`csv`: one row per operation (run, rule, time, operation, user, result, reason, changes, error), for a spreadsheet or an audit store'
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
        &'dbxprov;sync;explain'= {
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
        &'dbxprov;sync;approve'= {
            cand --metrics-file 'After the runs, write every rule''s figures to PATH in the Prometheus text format (for node_exporter''s textfile collector), replaced at once'
            cand --log-file 'Append one JSON line per operation of each run, and one per run, to PATH (for a SIEM). It holds personal data: created readable by you only'
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
        &'dbxprov;sync;undo'= {
            cand --metrics-file 'After the runs, write every rule''s figures to PATH in the Prometheus text format (for node_exporter''s textfile collector), replaced at once'
            cand --log-file 'Append one JSON line per operation of each run, and one per run, to PATH (for a SIEM). It holds personal data: created readable by you only'
            cand --home 'Directory holding dbxprov''s database (default: the platform data directory, e.g. ~/.local/share/dbxprov)'
            cand --color 'When to colour the output (NO_COLOR in the environment means never)'
            cand --dry-run 'Show what would be undone; change nothing'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --force 'Undo also what was changed since the run (a member renamed again, unsuspended by hand, ...)'
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
        &'dbxprov;sync;drift'= {
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
        &'dbxprov;sync;help'= {
            cand run 'Run rules: plan, check the deletion limit, apply'
            cand status 'Per-rule summary (PingOne''s sync status), or per-user states with --users'
            cand history 'Past runs, newest first'
            cand show 'Every operation of one run, with its result'
            cand explain 'Why one user is (or is not) provisioned by a rule, step by step; changes nothing'
            cand approve 'Apply the plan of a run the deletion guard stopped, if the rule still plans exactly it'
            cand undo 'Take back what a run changed: unsuspend, recover, restore names and groups'
            cand drift 'Members changed in Dropbox outside dbxprov since the rule''s last run; changes nothing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbxprov;sync;help;run'= {
        }
        &'dbxprov;sync;help;status'= {
        }
        &'dbxprov;sync;help;history'= {
        }
        &'dbxprov;sync;help;show'= {
        }
        &'dbxprov;sync;help;explain'= {
        }
        &'dbxprov;sync;help;approve'= {
        }
        &'dbxprov;sync;help;undo'= {
        }
        &'dbxprov;sync;help;drift'= {
        }
        &'dbxprov;sync;help;help'= {
        }
        &'dbxprov;notify'= {
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
            cand add 'Add a notifier: a webhook (Slack, Teams, any JSON receiver) or mail through SMTP'
            cand list 'The notifiers, and the last notification of each that was not delivered'
            cand test 'Send a test notification now'
            cand remove 'Remove a notifier and its secret'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbxprov;notify;add'= {
            cand --webhook 'POST each notification as JSON to this URL (https; http only to this host)'
            cand --smtp 'Mail each notification through this server: smtps://HOST[:465] (TLS), smtp://HOST[:587] (STARTTLS required), or smtp://localhost[:25] (a local relay)'
            cand --to 'A recipient (repeatable, or comma-separated)'
            cand --from 'The sender (default: the first recipient)'
            cand --smtp-user 'The user to log in to the SMTP server as; its password from --smtp-password-file, DBXPROV_SMTP_PASSWORD, or a hidden prompt'
            cand --ca-file 'A PEM file of the CA that signed the SMTP server''s certificate (an internal relay''s), trusted beside the Mozilla roots; read at each send'
            cand --smtp-password-file 'A file holding the SMTP password (`-` for stdin)'
            cand --on 'The events it is told of (comma-separated)'
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
        }
        &'dbxprov;notify;list'= {
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
        &'dbxprov;notify;test'= {
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
        &'dbxprov;notify;remove'= {
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
        &'dbxprov;notify;help'= {
            cand add 'Add a notifier: a webhook (Slack, Teams, any JSON receiver) or mail through SMTP'
            cand list 'The notifiers, and the last notification of each that was not delivered'
            cand test 'Send a test notification now'
            cand remove 'Remove a notifier and its secret'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbxprov;notify;help;add'= {
        }
        &'dbxprov;notify;help;list'= {
        }
        &'dbxprov;notify;help;test'= {
        }
        &'dbxprov;notify;help;remove'= {
        }
        &'dbxprov;notify;help;help'= {
        }
        &'dbxprov;check'= {
            cand --max-age 'How long ago a rule''s last run that went through may have ended (e.g. 30m, 1h, 2d)'
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
        &'dbxprov;demo'= {
            cand --users 'After the story, provision this many more users at once (a rule of their own, with its progress), e.g. --users 100000'
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
            cand setup 'Set up a tested connection, optionally an import and an outbound rule, step by step'
            cand connection 'Connections to Dropbox teams: credentials, user actions, tests'
            cand directory 'The directory: users, groups, populations, import and export'
            cand rule 'Provisioning rules: scope, mappings, deletion limit'
            cand sync 'Run rules and see what happened to whom'
            cand notify 'Where runs are told: webhooks (Slack, Teams) and mail, on failures, guard stops, recoveries'
            cand check 'Each enabled rule''s health for a monitor: one line, exit 0 OK, 1 WARNING, 2 CRITICAL'
            cand demo 'Run the whole story against the built-in Dropbox emulator, in a temporary home'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbxprov;help;setup'= {
        }
        &'dbxprov;help;connection'= {
            cand create 'Create a connection to a Dropbox team or an LDAP directory (and test it)'
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
        &'dbxprov;help;directory'= {
            cand import 'Import users from a CSV or JSON file (all or nothing)'
            cand export 'Export users as CSV or JSON, in the form import reads'
            cand user 'Users: add, list, show, set, enable, disable, delete'
            cand group 'Groups: create, rename, delete, list, members, add-member, remove-member'
            cand population 'Populations: create, list, delete'
        }
        &'dbxprov;help;directory;import'= {
        }
        &'dbxprov;help;directory;export'= {
        }
        &'dbxprov;help;directory;user'= {
            cand add 'Add a user'
            cand list 'List users, optionally of one population or group'
            cand show 'Show one user (by id, username or email)'
            cand set 'Change a user''s fields or attributes'
            cand enable 'Enable a user'
            cand disable 'Disable a user (outbound rules suspend its Dropbox member)'
            cand delete 'Delete a user from the directory'
        }
        &'dbxprov;help;directory;user;add'= {
        }
        &'dbxprov;help;directory;user;list'= {
        }
        &'dbxprov;help;directory;user;show'= {
        }
        &'dbxprov;help;directory;user;set'= {
        }
        &'dbxprov;help;directory;user;enable'= {
        }
        &'dbxprov;help;directory;user;disable'= {
        }
        &'dbxprov;help;directory;user;delete'= {
        }
        &'dbxprov;help;directory;group'= {
            cand create 'Create a group'
            cand rename 'Rename a group (its id, and so its Dropbox group, stays)'
            cand delete 'Delete a group (its users stay)'
            cand list 'List the groups with their member counts'
            cand members 'List a group''s members'
            cand add-member 'Add users to a group'
            cand remove-member 'Remove users from a group'
        }
        &'dbxprov;help;directory;group;create'= {
        }
        &'dbxprov;help;directory;group;rename'= {
        }
        &'dbxprov;help;directory;group;delete'= {
        }
        &'dbxprov;help;directory;group;list'= {
        }
        &'dbxprov;help;directory;group;members'= {
        }
        &'dbxprov;help;directory;group;add-member'= {
        }
        &'dbxprov;help;directory;group;remove-member'= {
        }
        &'dbxprov;help;directory;population'= {
            cand create 'Create a population'
            cand list 'List the populations with their user counts'
            cand delete 'Delete an empty population'
        }
        &'dbxprov;help;directory;population;create'= {
        }
        &'dbxprov;help;directory;population;list'= {
        }
        &'dbxprov;help;directory;population;delete'= {
        }
        &'dbxprov;help;rule'= {
            cand create 'Create a rule'
            cand list 'List the rules'
            cand show 'Show a rule: scope, mappings in effect, deletion limit'
            cand update 'Change a rule (checked as a whole before it is saved)'
            cand enable 'Enable a rule'
            cand disable 'Disable a rule (it does not run)'
            cand delete 'Delete a rule (with --deprovision, deprovision what it provisioned first)'
            cand test-mapping 'Evaluate a rule''s mappings for one user (inbound: one member, by email) and show each value or error'
        }
        &'dbxprov;help;rule;create'= {
            cand outbound 'Directory -> Dropbox: keep the team''s members equal to the users in scope'
            cand inbound 'Dropbox or LDAP/AD -> directory: keep a population equal to the team''s members or the directory''s entries'
        }
        &'dbxprov;help;rule;create;outbound'= {
        }
        &'dbxprov;help;rule;create;inbound'= {
        }
        &'dbxprov;help;rule;list'= {
        }
        &'dbxprov;help;rule;show'= {
        }
        &'dbxprov;help;rule;update'= {
        }
        &'dbxprov;help;rule;enable'= {
        }
        &'dbxprov;help;rule;disable'= {
        }
        &'dbxprov;help;rule;delete'= {
        }
        &'dbxprov;help;rule;test-mapping'= {
        }
        &'dbxprov;help;sync'= {
            cand run 'Run rules: plan, check the deletion limit, apply'
            cand status 'Per-rule summary (PingOne''s sync status), or per-user states with --users'
            cand history 'Past runs, newest first'
            cand show 'Every operation of one run, with its result'
            cand explain 'Why one user is (or is not) provisioned by a rule, step by step; changes nothing'
            cand approve 'Apply the plan of a run the deletion guard stopped, if the rule still plans exactly it'
            cand undo 'Take back what a run changed: unsuspend, recover, restore names and groups'
            cand drift 'Members changed in Dropbox outside dbxprov since the rule''s last run; changes nothing'
        }
        &'dbxprov;help;sync;run'= {
        }
        &'dbxprov;help;sync;status'= {
        }
        &'dbxprov;help;sync;history'= {
        }
        &'dbxprov;help;sync;show'= {
        }
        &'dbxprov;help;sync;explain'= {
        }
        &'dbxprov;help;sync;approve'= {
        }
        &'dbxprov;help;sync;undo'= {
        }
        &'dbxprov;help;sync;drift'= {
        }
        &'dbxprov;help;notify'= {
            cand add 'Add a notifier: a webhook (Slack, Teams, any JSON receiver) or mail through SMTP'
            cand list 'The notifiers, and the last notification of each that was not delivered'
            cand test 'Send a test notification now'
            cand remove 'Remove a notifier and its secret'
        }
        &'dbxprov;help;notify;add'= {
        }
        &'dbxprov;help;notify;list'= {
        }
        &'dbxprov;help;notify;test'= {
        }
        &'dbxprov;help;notify;remove'= {
        }
        &'dbxprov;help;check'= {
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
