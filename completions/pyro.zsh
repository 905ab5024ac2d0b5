#compdef pyro
# zsh completion for pyro, generated from its command tree by `pyro completion zsh`.
# Install: see README.md, "Shell completion".

_pyro_globals='-o --output --jq --error-format --no-headers -p --profile --api-url --request-timeout --retries --allow-insecure-http --ca-file --debug --color -q --quiet -h --help -V --version'

_pyro_next() {
  case $1 in
  ' sandbox' | ' sandboxes' | ' sbx') _pyro_cmd=' sandbox' ;;
  ' instance' | ' instances' | ' inst') _pyro_cmd=' instance' ;;
  ' inference' | ' inf') _pyro_cmd=' inference' ;;
  ' train' | ' training') _pyro_cmd=' train' ;;
  ' apply') _pyro_cmd=' apply' ;;
  ' delete') _pyro_cmd=' delete' ;;
  ' auth') _pyro_cmd=' auth' ;;
  ' config') _pyro_cmd=' config' ;;
  ' api') _pyro_cmd=' api' ;;
  ' emulator') _pyro_cmd=' emulator' ;;
  ' completion') _pyro_cmd=' completion' ;;
  ' version') _pyro_cmd=' version' ;;
  ' sandbox list' | ' sandbox ls') _pyro_cmd=' sandbox list' ;;
  ' sandbox create') _pyro_cmd=' sandbox create' ;;
  ' sandbox get') _pyro_cmd=' sandbox get' ;;
  ' sandbox delete' | ' sandbox rm') _pyro_cmd=' sandbox delete' ;;
  ' sandbox action') _pyro_cmd=' sandbox action' ;;
  ' sandbox start') _pyro_cmd=' sandbox start' ;;
  ' sandbox stop') _pyro_cmd=' sandbox stop' ;;
  ' sandbox restart') _pyro_cmd=' sandbox restart' ;;
  ' sandbox reboot') _pyro_cmd=' sandbox reboot' ;;
  ' sandbox install') _pyro_cmd=' sandbox install' ;;
  ' sandbox run') _pyro_cmd=' sandbox run' ;;
  ' sandbox batch') _pyro_cmd=' sandbox batch' ;;
  ' sandbox vnc') _pyro_cmd=' sandbox vnc' ;;
  ' sandbox wait') _pyro_cmd=' sandbox wait' ;;
  ' instance list' | ' instance ls') _pyro_cmd=' instance list' ;;
  ' instance create') _pyro_cmd=' instance create' ;;
  ' instance get') _pyro_cmd=' instance get' ;;
  ' instance edit') _pyro_cmd=' instance edit' ;;
  ' instance delete' | ' instance rm') _pyro_cmd=' instance delete' ;;
  ' instance pause') _pyro_cmd=' instance pause' ;;
  ' instance resume') _pyro_cmd=' instance resume' ;;
  ' instance token') _pyro_cmd=' instance token' ;;
  ' instance wait') _pyro_cmd=' instance wait' ;;
  ' instance open') _pyro_cmd=' instance open' ;;
  ' inference create') _pyro_cmd=' inference create' ;;
  ' inference list' | ' inference ls') _pyro_cmd=' inference list' ;;
  ' inference get') _pyro_cmd=' inference get' ;;
  ' inference delete' | ' inference rm') _pyro_cmd=' inference delete' ;;
  ' inference wait') _pyro_cmd=' inference wait' ;;
  ' inference logs') _pyro_cmd=' inference logs' ;;
  ' train submit') _pyro_cmd=' train submit' ;;
  ' train list' | ' train ls') _pyro_cmd=' train list' ;;
  ' train get') _pyro_cmd=' train get' ;;
  ' train delete' | ' train rm') _pyro_cmd=' train delete' ;;
  ' train pause') _pyro_cmd=' train pause' ;;
  ' train resume') _pyro_cmd=' train resume' ;;
  ' train wait') _pyro_cmd=' train wait' ;;
  ' train logs') _pyro_cmd=' train logs' ;;
  ' train watch') _pyro_cmd=' train watch' ;;
  ' auth login') _pyro_cmd=' auth login' ;;
  ' auth logout') _pyro_cmd=' auth logout' ;;
  ' auth status') _pyro_cmd=' auth status' ;;
  ' auth token') _pyro_cmd=' auth token' ;;
  ' config list' | ' config ls') _pyro_cmd=' config list' ;;
  ' config get') _pyro_cmd=' config get' ;;
  ' config set') _pyro_cmd=' config set' ;;
  ' config unset') _pyro_cmd=' config unset' ;;
  ' config use') _pyro_cmd=' config use' ;;
  ' emulator start') _pyro_cmd=' emulator start' ;;
  ' emulator stop') _pyro_cmd=' emulator stop' ;;
  ' emulator status') _pyro_cmd=' emulator status' ;;
  ' emulator fault') _pyro_cmd=' emulator fault' ;;
  ' emulator fault add') _pyro_cmd=' emulator fault add' ;;
  ' emulator fault list' | ' emulator fault ls') _pyro_cmd=' emulator fault list' ;;
  ' emulator fault clear') _pyro_cmd=' emulator fault clear' ;;
  *) return 1 ;;
  esac
}

_pyro_spec() {
  _pyro_subs='' _pyro_opts=''
  case $1 in
  '') _pyro_subs='sandbox sandboxes sbx instance instances inst inference inf train training apply delete auth config api emulator completion version' ;;
  ' sandbox') _pyro_subs='list ls create get delete rm action start stop restart reboot install run batch vnc wait' ;;
  ' sandbox list') _pyro_opts='--status --type --limit --all --page --page-size --sort-by' ;;
  ' sandbox create') _pyro_opts='--type --cpu --memory --gpu --resolution --expires -f --file --dry-run --wait --notify --timeout --interval' ;;
  ' sandbox delete') _pyro_opts='--force -y --yes' ;;
  ' sandbox action') _pyro_opts='--param --timeout' ;;
  ' sandbox start') _pyro_opts='--timeout' ;;
  ' sandbox stop') _pyro_opts='--timeout' ;;
  ' sandbox restart') _pyro_opts='--timeout' ;;
  ' sandbox reboot') _pyro_opts='--timeout' ;;
  ' sandbox install') _pyro_opts='--timeout' ;;
  ' sandbox run') _pyro_opts='--timeout' ;;
  ' sandbox batch') _pyro_opts='-f --file --parallel' ;;
  ' sandbox vnc') _pyro_opts='--refresh --print --show-password --viewer' ;;
  ' sandbox wait') _pyro_opts='--for --notify --timeout --interval' ;;
  ' instance') _pyro_subs='list ls create get edit delete rm pause resume token wait open' ;;
  ' instance list') _pyro_opts='--status --resource-type --limit --all --page --page-size --sort-by' ;;
  ' instance create') _pyro_opts='--resource-type --cpu --memory --gpu --image --expires --password-stdin --mount -f --file --dry-run --wait --notify --timeout --interval' ;;
  ' instance edit') _pyro_opts='--name --cpu --memory --gpu --expires --password-stdin' ;;
  ' instance delete') _pyro_opts='--backup-bucket --force -y --yes' ;;
  ' instance pause') _pyro_opts='--no-checkpoint' ;;
  ' instance resume') _pyro_opts='--restore-checkpoint --cpu --memory --gpu' ;;
  ' instance token') _pyro_opts='--ttl' ;;
  ' instance wait') _pyro_opts='--for --notify --timeout --interval' ;;
  ' instance open') _pyro_opts='--ttl --print' ;;
  ' inference') _pyro_subs='create list ls get delete rm wait logs' ;;
  ' inference create') _pyro_opts='--model-type --model --model-version --cpu --memory --gpu --input --input-format --batch-size --output-bucket --output-path --output-format --param --priority -f --file --dry-run --wait --notify --timeout --interval' ;;
  ' inference list') _pyro_opts='--status --model-type --since --limit --all --page --page-size --sort-by' ;;
  ' inference get') _pyro_opts='--logs --log-lines' ;;
  ' inference delete') _pyro_opts='--delete-output --force -y --yes' ;;
  ' inference wait') _pyro_opts='--for --notify --timeout --interval' ;;
  ' inference logs') _pyro_opts='-f --follow --tail --notify --interval --timeout --since --grep --no-timestamps' ;;
  ' train') _pyro_subs='submit list ls get delete rm pause resume wait logs watch' ;;
  ' train submit') _pyro_opts='--framework --model --cpu --memory --gpu --train-data --val-data --data-format --hp --output-bucket --output-path --save-frequency --log-tool --log-path --priority --max-run-time -f --file --dry-run --wait --notify --timeout --interval' ;;
  ' train list') _pyro_opts='--status --framework --since --limit --all --page --page-size --sort-by' ;;
  ' train get') _pyro_opts='--logs --log-lines --metrics' ;;
  ' train delete') _pyro_opts='--delete-output --delete-logs --force -y --yes' ;;
  ' train pause') _pyro_opts='--checkpoint-name --no-checkpoint' ;;
  ' train resume') _pyro_opts='--from-checkpoint --learning-rate' ;;
  ' train wait') _pyro_opts='--for --notify --timeout --interval' ;;
  ' train logs') _pyro_opts='-f --follow --tail --notify --interval --timeout --since --grep --no-timestamps' ;;
  ' train watch') _pyro_opts='--notify --interval --timeout' ;;
  ' apply') _pyro_opts='-f --file --dry-run --replace -y --yes --wait --notify --timeout --interval --schema' ;;
  ' delete') _pyro_opts='-f --file --ignore-not-found --force -y --yes' ;;
  ' auth') _pyro_subs='login logout status token' ;;
  ' auth login') _pyro_opts='--with-token' ;;
  ' config') _pyro_subs='list ls get set unset use' ;;
  ' api') _pyro_opts='-X --method -F --field --input --paginate --slurp' ;;
  ' emulator') _pyro_subs='start stop status fault' ;;
  ' emulator start') _pyro_opts='--port --host --data --speed --token --detach --capacity' ;;
  ' emulator stop') _pyro_opts='--data' ;;
  ' emulator status') _pyro_opts='--data' ;;
  ' emulator fault') _pyro_subs='add list ls clear' ;;
  ' emulator fault add') _pyro_opts='--status --message --delay --close --count --data' ;;
  ' emulator fault list') _pyro_opts='--data' ;;
  ' emulator fault clear') _pyro_opts='--data' ;;
  esac
}

_pyro_value() {
  _pyro_words='' _pyro_files='' _pyro_kind=''
  case $1 in
  ' sandbox list|--status' | ' sandbox list|--type' | ' sandbox list|--limit' | ' sandbox list|--page' | ' sandbox list|--page-size' | ' sandbox list|--sort-by') ;;
  ' sandbox create|--type' | ' sandbox create|--cpu' | ' sandbox create|--memory' | ' sandbox create|--gpu' | ' sandbox create|--resolution' | ' sandbox create|--expires' | ' sandbox create|--timeout' | ' sandbox create|--interval') ;;
  ' sandbox create|-f' | ' sandbox create|--file') _pyro_files=1 ;;
  ' sandbox action|--param' | ' sandbox action|--timeout') ;;
  ' sandbox start|--timeout') ;;
  ' sandbox stop|--timeout') ;;
  ' sandbox restart|--timeout') ;;
  ' sandbox reboot|--timeout') ;;
  ' sandbox install|--timeout') ;;
  ' sandbox run|--timeout') ;;
  ' sandbox batch|-f' | ' sandbox batch|--file') _pyro_files=1 ;;
  ' sandbox vnc|--viewer') ;;
  ' sandbox wait|--for' | ' sandbox wait|--timeout' | ' sandbox wait|--interval') ;;
  ' instance list|--status' | ' instance list|--resource-type' | ' instance list|--limit' | ' instance list|--page' | ' instance list|--page-size' | ' instance list|--sort-by') ;;
  ' instance create|--resource-type' | ' instance create|--cpu' | ' instance create|--memory' | ' instance create|--gpu' | ' instance create|--image' | ' instance create|--expires' | ' instance create|--mount' | ' instance create|--timeout' | ' instance create|--interval') ;;
  ' instance create|-f' | ' instance create|--file') _pyro_files=1 ;;
  ' instance edit|--name' | ' instance edit|--cpu' | ' instance edit|--memory' | ' instance edit|--gpu' | ' instance edit|--expires') ;;
  ' instance delete|--backup-bucket') ;;
  ' instance resume|--cpu' | ' instance resume|--memory' | ' instance resume|--gpu') ;;
  ' instance token|--ttl') ;;
  ' instance wait|--for' | ' instance wait|--timeout' | ' instance wait|--interval') ;;
  ' instance open|--ttl') ;;
  ' inference create|--model-type' | ' inference create|--model' | ' inference create|--model-version' | ' inference create|--cpu' | ' inference create|--memory' | ' inference create|--gpu' | ' inference create|--input' | ' inference create|--input-format' | ' inference create|--batch-size' | ' inference create|--output-bucket' | ' inference create|--output-path' | ' inference create|--output-format' | ' inference create|--param' | ' inference create|--priority' | ' inference create|--timeout' | ' inference create|--interval') ;;
  ' inference create|-f' | ' inference create|--file') _pyro_files=1 ;;
  ' inference list|--status' | ' inference list|--model-type' | ' inference list|--since' | ' inference list|--limit' | ' inference list|--page' | ' inference list|--page-size' | ' inference list|--sort-by') ;;
  ' inference get|--log-lines') ;;
  ' inference wait|--for' | ' inference wait|--timeout' | ' inference wait|--interval') ;;
  ' inference logs|--tail' | ' inference logs|--interval' | ' inference logs|--timeout' | ' inference logs|--since' | ' inference logs|--grep') ;;
  ' train submit|--framework' | ' train submit|--model' | ' train submit|--cpu' | ' train submit|--memory' | ' train submit|--gpu' | ' train submit|--train-data' | ' train submit|--val-data' | ' train submit|--data-format' | ' train submit|--hp' | ' train submit|--output-bucket' | ' train submit|--output-path' | ' train submit|--save-frequency' | ' train submit|--log-tool' | ' train submit|--log-path' | ' train submit|--priority' | ' train submit|--max-run-time' | ' train submit|--timeout' | ' train submit|--interval') ;;
  ' train submit|-f' | ' train submit|--file') _pyro_files=1 ;;
  ' train list|--status' | ' train list|--framework' | ' train list|--since' | ' train list|--limit' | ' train list|--page' | ' train list|--page-size' | ' train list|--sort-by') ;;
  ' train get|--log-lines') ;;
  ' train pause|--checkpoint-name') ;;
  ' train resume|--from-checkpoint' | ' train resume|--learning-rate') ;;
  ' train wait|--for' | ' train wait|--timeout' | ' train wait|--interval') ;;
  ' train logs|--tail' | ' train logs|--interval' | ' train logs|--timeout' | ' train logs|--since' | ' train logs|--grep') ;;
  ' train watch|--interval' | ' train watch|--timeout') ;;
  ' apply|-f' | ' apply|--file') _pyro_files=1 ;;
  ' apply|--timeout' | ' apply|--interval') ;;
  ' delete|-f' | ' delete|--file') _pyro_files=1 ;;
  ' api|-X' | ' api|--method' | ' api|-F' | ' api|--field') ;;
  ' api|--input') _pyro_files=1 ;;
  ' emulator start|--port' | ' emulator start|--host' | ' emulator start|--speed' | ' emulator start|--token' | ' emulator start|--capacity') ;;
  ' emulator start|--data') _pyro_files=1 ;;
  ' emulator stop|--data') _pyro_files=1 ;;
  ' emulator status|--data') _pyro_files=1 ;;
  ' emulator fault add|--status' | ' emulator fault add|--message' | ' emulator fault add|--delay' | ' emulator fault add|--count') ;;
  ' emulator fault add|--data') _pyro_files=1 ;;
  ' emulator fault list|--data') _pyro_files=1 ;;
  ' emulator fault clear|--data') _pyro_files=1 ;;
  *'|-o' | *'|--output') _pyro_words='table wide json yaml id' ;;
  *'|--jq' | *'|--api-url' | *'|--request-timeout' | *'|--retries') ;;
  *'|--error-format') _pyro_words='text json' ;;
  *'|-p' | *'|--profile') _pyro_kind=profile ;;
  *'|--ca-file') _pyro_files=1 ;;
  *'|--color') _pyro_words='auto always never' ;;
  *) return 1 ;;
  esac
}

_pyro_arg() {
  _pyro_words='' _pyro_files='' _pyro_kind=''
  case $1 in
  ' sandbox get|0') _pyro_kind=sandbox ;;
  ' sandbox delete|'*) _pyro_kind=sandbox ;;
  ' sandbox action|0') _pyro_kind=sandbox ;;
  ' sandbox start|0') _pyro_kind=sandbox ;;
  ' sandbox stop|0') _pyro_kind=sandbox ;;
  ' sandbox restart|0') _pyro_kind=sandbox ;;
  ' sandbox reboot|0') _pyro_kind=sandbox ;;
  ' sandbox install|0') _pyro_kind=sandbox ;;
  ' sandbox run|0') _pyro_kind=sandbox ;;
  ' sandbox batch|0') _pyro_kind=sandbox ;;
  ' sandbox vnc|0') _pyro_kind=sandbox ;;
  ' sandbox wait|0') _pyro_kind=sandbox ;;
  ' instance get|0') _pyro_kind=instance ;;
  ' instance edit|0') _pyro_kind=instance ;;
  ' instance delete|'*) _pyro_kind=instance ;;
  ' instance pause|0') _pyro_kind=instance ;;
  ' instance resume|0') _pyro_kind=instance ;;
  ' instance token|0') _pyro_kind=instance ;;
  ' instance wait|0') _pyro_kind=instance ;;
  ' instance open|0') _pyro_kind=instance ;;
  ' inference get|0') _pyro_kind=inference ;;
  ' inference delete|'*) _pyro_kind=inference ;;
  ' inference wait|0') _pyro_kind=inference ;;
  ' inference logs|0') _pyro_kind=inference ;;
  ' train get|0') _pyro_kind=train ;;
  ' train delete|'*) _pyro_kind=train ;;
  ' train pause|0') _pyro_kind=train ;;
  ' train resume|0') _pyro_kind=train ;;
  ' train wait|0') _pyro_kind=train ;;
  ' train logs|0') _pyro_kind=train ;;
  ' train watch|0') _pyro_kind=train ;;
  ' config use|0') _pyro_kind=profile ;;
  ' completion|0') _pyro_words='bash zsh fish' ;;
  esac
}

_pyro_desc() {
  typeset -gA _pyro_d
  _pyro_d=('-o' 'Output format: table, wide, json, yaml, id, custom-columns=HEADER:.path,..., custom-columns-file=FILE (env PYRO_OUTPUT).' '--output' 'Output format: table, wide, json, yaml, id, custom-columns=HEADER:.path,..., custom-columns-file=FILE (env PYRO_OUTPUT).' '--jq' 'Filter the JSON result with a jq expression; implies -o json.' '--error-format' 'Errors on stderr as text (default) or json: one object per error, also with -o json.' '--no-headers' 'Print table and wide output without the header row.' '-p' 'Config profile to use (env PYRO_PROFILE).' '--profile' 'Config profile to use (env PYRO_PROFILE).' '--api-url' 'API base URL (env PYRO_API_URL; default https://pyromind.ai).' '--request-timeout' 'Time limit of one whole HTTP exchange, body included (default 30s).' '--retries' 'Retries of a request that is safe to repeat (default 3; env PYRO_MAX_RETRIES).' '--allow-insecure-http' 'Allow plain http:// to a host that is not loopback, token in clear text (config key allow_insecure_http).' '--ca-file' 'Trust the server'\''s certificate only if one of these PEM CAs signed it (config key ca_file).' '--debug' 'Trace HTTP requests and responses on stderr, secrets redacted (env PYRO_DEBUG=1).' '--color' 'Colour output: auto, always, never (NO_COLOR is honoured).' '-q' 'No notices or progress on stderr.' '--quiet' 'No notices or progress on stderr.' '-h' 'Show this help message and exit.' '--help' 'Show this help message and exit.' '-V' 'Print version information and exit.' '--version' 'Print version information and exit.')
  case $1 in
  '') _pyro_d+=('sandbox' 'Manage sandboxes: isolated environments with VNC.' 'sandboxes' 'Manage sandboxes: isolated environments with VNC.' 'sbx' 'Manage sandboxes: isolated environments with VNC.' 'instance' 'Manage instances: JupyterLab-style workspaces.' 'instances' 'Manage instances: JupyterLab-style workspaces.' 'inst' 'Manage instances: JupyterLab-style workspaces.' 'inference' 'Manage batch inference jobs.' 'inf' 'Manage batch inference jobs.' 'train' 'Manage training jobs.' 'training' 'Manage training jobs.' 'apply' 'Create or update the resources a project file declares (idempotent).' 'delete' 'Delete the resources a project file declares (asks first on a terminal).' 'auth' 'Log in and out, and see which token pyro uses.' 'config' 'Show and change settings and profiles.' 'api' 'Make an authenticated API call and print the response body.' 'emulator' 'Run a local PyroMind: the whole API on 127.0.0.1, for trying pyro and testing scripts.' 'completion' 'Print the shell completion script for bash, zsh or fish.' 'version' 'Print the version, commit, build time, runtime and OS/arch.') ;;
  ' sandbox') _pyro_d+=('list' 'List sandboxes.' 'ls' 'List sandboxes.' 'create' 'Create a sandbox.' 'get' 'Show one sandbox.' 'delete' 'Delete sandboxes (asks first on a terminal).' 'rm' 'Delete sandboxes (asks first on a terminal).' 'action' 'Run an action on a sandbox: start, stop, restart, reboot, install_package, run_script.' 'start' 'Start a sandbox (the start action).' 'stop' 'Stop a sandbox (the stop action).' 'restart' 'Restart a sandbox (the restart action).' 'reboot' 'Reboot a sandbox (the reboot action).' 'install' 'Install a package in a sandbox (the install_package action).' 'run' 'Run a script in a sandbox (the run_script action); arguments follow --.' 'batch' 'Run several actions on a sandbox, in order or in parallel; exits 1 if any failed.' 'vnc' 'Open a VNC viewer on a running sandbox; the password never appears on a command line.' 'wait' 'Wait until the sandbox is in a state: 0 when reached, 7 when it cannot come, 8 on timeout.') ;;
  ' sandbox list') _pyro_d+=('--status' 'Only sandboxes with this status: running, stopped, error.' '--type' 'Only sandboxes of this type, e.g. gpu-sandbox.' '--limit' 'Show at most N items (default 20).' '--all' 'Fetch every page, streaming them as they come.' '--page' 'Fetch only page N.' '--page-size' 'Items per page requested from the server.' '--sort-by' 'Sort by the value at a dotted path (.create_time, .resource_config.gpu): numbers as numbers, times as times, items without it last. Sorts what is fetched: with --all the whole list, held in memory until the last page.') ;;
  ' sandbox create') _pyro_d+=('--type' 'Sandbox type, e.g. gpu-sandbox, cpu-sandbox.' '--cpu' 'CPU cores (at least 1).' '--memory' 'Memory in GiB (at least 1).' '--gpu' 'GPUs (default 0).' '--resolution' 'VNC screen resolution (default 1920x1080).' '--expires' 'Expiry: ISO-8601 instant or +7d, +36h (default 7 days).' '-f' 'Request body as JSON or YAML ('\''-'\'' for stdin); flags override its fields.' '--file' 'Request body as JSON or YAML ('\''-'\'' for stdin); flags override its fields.' '--dry-run' 'Print the request as a curl command and send nothing.' '--wait' 'Block until it runs, or until the job ends (exit 7 if it ends badly, 8 on timeout); -o id prints the id at once, other formats the last state, whatever the exit.' '--notify' 'When it ends, a desktop notification naming it and its final state (notify-send, osascript), else the terminal bell; never blocks or fails the command.' '--timeout' 'Give up after this long, outages and retries included (exit 8); default 30m, 0 for never.' '--interval' 'First poll interval; polls slow down from it (default 2s).') ;;
  ' sandbox delete') _pyro_d+=('--force' 'Delete even with running tasks.' '-y' 'Do not ask for confirmation.' '--yes' 'Do not ask for confirmation.') ;;
  ' sandbox action') _pyro_d+=('--param' 'An action parameter; values are typed (3, true, [1,2], text).' '--timeout' 'Action timeout in seconds (server default 30).') ;;
  ' sandbox start') _pyro_d+=('--timeout' 'Action timeout in seconds (server default 30).') ;;
  ' sandbox stop') _pyro_d+=('--timeout' 'Action timeout in seconds (server default 30).') ;;
  ' sandbox restart') _pyro_d+=('--timeout' 'Action timeout in seconds (server default 30).') ;;
  ' sandbox reboot') _pyro_d+=('--timeout' 'Action timeout in seconds (server default 30).') ;;
  ' sandbox install') _pyro_d+=('--timeout' 'Action timeout in seconds (server default 30).') ;;
  ' sandbox run') _pyro_d+=('--timeout' 'Action timeout in seconds (server default 30).') ;;
  ' sandbox batch') _pyro_d+=('-f' 'The actions as JSON or YAML ('\''-'\'' for stdin).' '--file' 'The actions as JSON or YAML ('\''-'\'' for stdin).' '--parallel' 'Run the actions in parallel.') ;;
  ' sandbox vnc') _pyro_d+=('--refresh' 'Rotate the VNC password first.' '--print' 'Print host and port instead of starting a viewer.' '--show-password' 'With --print, print the password too.' '--viewer' 'The viewer to start (TigerVNC-compatible: takes -passwd FILE host::port).') ;;
  ' sandbox wait') _pyro_d+=('--for' 'The state to wait for: running, stopped, error, deleted (default running).' '--notify' 'When it ends, a desktop notification naming it and its final state (notify-send, osascript), else the terminal bell; never blocks or fails the command.' '--timeout' 'Give up after this long, outages and retries included (exit 8); default 30m, 0 for never.' '--interval' 'First poll interval; polls slow down from it (default 2s).') ;;
  ' instance') _pyro_d+=('list' 'List instances.' 'ls' 'List instances.' 'create' 'Create an instance; a password the server generates is shown once.' 'get' 'Show one instance: resources, usage, workspace and recent log.' 'edit' 'Change an instance'\''s name, resources, expiry or password (only what is given).' 'delete' 'Delete instances (asks first on a terminal), optionally backing up the workspace.' 'rm' 'Delete instances (asks first on a terminal), optionally backing up the workspace.' 'pause' 'Pause a running instance (checkpoints are saved unless --no-checkpoint).' 'resume' 'Resume a paused instance, optionally from its checkpoint and with other resources.' 'token' 'Get a temporary access token and URL for an instance'\''s UI (it grants full access).' 'wait' 'Wait until the instance is in a state: 0 when reached, 7 when it cannot come, 8 on timeout.' 'open' 'Open an instance'\''s UI in the browser with a fresh access token ($BROWSER, xdg-open or open).') ;;
  ' instance list') _pyro_d+=('--status' 'Only instances with this status: running, paused, stopped, error.' '--resource-type' 'Only cpu or gpu instances.' '--limit' 'Show at most N items (default 20).' '--all' 'Fetch every page, streaming them as they come.' '--page' 'Fetch only page N.' '--page-size' 'Items per page requested from the server.' '--sort-by' 'Sort by the value at a dotted path (.create_time, .resource_config.gpu): numbers as numbers, times as times, items without it last. Sorts what is fetched: with --all the whole list, held in memory until the last page.') ;;
  ' instance create') _pyro_d+=('--resource-type' 'cpu or gpu.' '--cpu' 'CPU cores (at least 1).' '--memory' 'Memory in GiB (at least 1).' '--gpu' 'GPUs (default 0).' '--image' 'Image version (default latest), e.g. pyromind-instance:2.3.1.' '--expires' 'Expiry: ISO-8601 instant or +7d, +36h (default 7 days).' '--password-stdin' 'Read the access password from stdin (default: generated).' '--mount' 'Mount a bucket as the workspace, e.g. user-data:/home/jovyan/work.' '-f' 'Request body as JSON or YAML ('\''-'\'' for stdin); flags override its fields.' '--file' 'Request body as JSON or YAML ('\''-'\'' for stdin); flags override its fields.' '--dry-run' 'Print the request as a curl command and send nothing.' '--wait' 'Block until it runs, or until the job ends (exit 7 if it ends badly, 8 on timeout); -o id prints the id at once, other formats the last state, whatever the exit.' '--notify' 'When it ends, a desktop notification naming it and its final state (notify-send, osascript), else the terminal bell; never blocks or fails the command.' '--timeout' 'Give up after this long, outages and retries included (exit 8); default 30m, 0 for never.' '--interval' 'First poll interval; polls slow down from it (default 2s).') ;;
  ' instance edit') _pyro_d+=('--name' 'A new name.' '--cpu' 'CPU cores (at least 1).' '--memory' 'Memory in GiB (at least 1).' '--gpu' 'GPUs (default 0).' '--expires' 'A new expiry: ISO-8601 instant or +7d.' '--password-stdin' 'Read a new access password from stdin.') ;;
  ' instance delete') _pyro_d+=('--backup-bucket' 'Back up the workspace to this bucket first.' '--force' 'Delete even a running instance.' '-y' 'Do not ask for confirmation.' '--yes' 'Do not ask for confirmation.') ;;
  ' instance pause') _pyro_d+=('--no-checkpoint' 'Do not save notebook checkpoints first.') ;;
  ' instance resume') _pyro_d+=('--restore-checkpoint' 'Restore from the latest checkpoint.' '--cpu' 'CPU cores (at least 1).' '--memory' 'Memory in GiB (at least 1).' '--gpu' 'GPUs (default 0).') ;;
  ' instance token') _pyro_d+=('--ttl' 'How long the token lives, e.g. 2h (server default 1h).') ;;
  ' instance wait') _pyro_d+=('--for' 'The state to wait for: running, paused, stopped, error, deleted (default running).' '--notify' 'When it ends, a desktop notification naming it and its final state (notify-send, osascript), else the terminal bell; never blocks or fails the command.' '--timeout' 'Give up after this long, outages and retries included (exit 8); default 30m, 0 for never.' '--interval' 'First poll interval; polls slow down from it (default 2s).') ;;
  ' instance open') _pyro_d+=('--ttl' 'How long the token lives, e.g. 8h (server default 1h).' '--print' 'Print the URL instead of opening it (it grants access: keep it private).') ;;
  ' inference') _pyro_d+=('create' 'Submit a batch inference job.' 'list' 'List inference jobs.' 'ls' 'List inference jobs.' 'get' 'Show an inference job: status, progress, resource usage, and with --logs its log.' 'delete' 'Delete inference jobs (asks first on a terminal).' 'rm' 'Delete inference jobs (asks first on a terminal).' 'wait' 'Wait until the inference is in a state: 0 when reached, 7 when it cannot come, 8 on timeout.' 'logs' 'Print a job'\''s log; with -f follow it until the job ends (0 on success, 7 on failure).') ;;
  ' inference create') _pyro_d+=('--model-type' 'rl, nlp or cv.' '--model' 'The model'\''s name (uploaded to the platform).' '--model-version' 'The model'\''s version (default latest).' '--cpu' 'CPU cores (at least 1).' '--memory' 'Memory in GiB (at least 1).' '--gpu' 'GPUs (default 0).' '--input' 'Input data source, e.g. s3://bucket/file.csv.' '--input-format' 'Input data format, e.g. csv, parquet, json.' '--batch-size' 'Rows per batch.' '--output-bucket' 'Bucket for the results.' '--output-path' 'Path in the bucket for the results.' '--output-format' 'Result format, e.g. parquet.' '--param' 'A model parameter; values are typed (0.8, true, [1,2], text).' '--priority' 'Scheduling priority, 10 highest (server default 5).' '-f' 'Request body as JSON or YAML ('\''-'\'' for stdin); flags override its fields.' '--file' 'Request body as JSON or YAML ('\''-'\'' for stdin); flags override its fields.' '--dry-run' 'Print the request as a curl command and send nothing.' '--wait' 'Block until it runs, or until the job ends (exit 7 if it ends badly, 8 on timeout); -o id prints the id at once, other formats the last state, whatever the exit.' '--notify' 'When it ends, a desktop notification naming it and its final state (notify-send, osascript), else the terminal bell; never blocks or fails the command.' '--timeout' 'Give up after this long, outages and retries included (exit 8); default 30m, 0 for never.' '--interval' 'First poll interval; polls slow down from it (default 2s).') ;;
  ' inference list') _pyro_d+=('--status' 'Only jobs with this status: pending, running, success, failed.' '--model-type' 'Only jobs of this model type: rl, nlp, cv.' '--since' 'Only jobs started since: ISO-8601 instant, or -7d, -36h.' '--limit' 'Show at most N items (default 20).' '--all' 'Fetch every page, streaming them as they come.' '--page' 'Fetch only page N.' '--page-size' 'Items per page requested from the server.' '--sort-by' 'Sort by the value at a dotted path (.create_time, .resource_config.gpu): numbers as numbers, times as times, items without it last. Sorts what is fetched: with --all the whole list, held in memory until the last page.') ;;
  ' inference get') _pyro_d+=('--logs' 'Include the job'\''s log.' '--log-lines' 'How many of the last log lines (server default 100); implies --logs.') ;;
  ' inference delete') _pyro_d+=('--delete-output' 'Delete the results too.' '--force' 'Delete even a running job (it is stopped).' '-y' 'Do not ask for confirmation.' '--yes' 'Do not ask for confirmation.') ;;
  ' inference wait') _pyro_d+=('--for' 'The state to wait for: pending, running, success, failed, deleted (default success).' '--notify' 'When it ends, a desktop notification naming it and its final state (notify-send, osascript), else the terminal bell; never blocks or fails the command.' '--timeout' 'Give up after this long, outages and retries included (exit 8); default 30m, 0 for never.' '--interval' 'First poll interval; polls slow down from it (default 2s).') ;;
  ' inference logs') _pyro_d+=('-f' 'Keep printing new lines until the job ends, through outages of any length (see --timeout); stops when stdout'\''s reader leaves (exit 141).' '--follow' 'Keep printing new lines until the job ends, through outages of any length (see --timeout); stops when stdout'\''s reader leaves (exit 141).' '--tail' 'Start with the last N lines (default: 100, or the whole log with -f).' '--notify' 'When it ends, a desktop notification naming it and its final state (notify-send, osascript), else the terminal bell; never blocks or fails the command.' '--interval' 'How often to poll (default 2s).' '--timeout' 'Stop after this long, outages included (exit 8). Without it: until the job ends, through outages of any length.' '--since' 'Only lines from this long ago (10m, 2h) or since an ISO-8601 time; lines without a time pass.' '--grep' 'Only lines this regular expression finds (Java syntax; (?i) ignores case).' '--no-timestamps' 'Strip each line'\''s leading time, for tools that add their own.') ;;
  ' train') _pyro_d+=('submit' 'Submit a training job.' 'list' 'List training jobs.' 'ls' 'List training jobs.' 'get' 'Show a training job, with --metrics its latest metrics and with --logs its log.' 'delete' 'Delete training jobs (asks first on a terminal).' 'rm' 'Delete training jobs (asks first on a terminal).' 'pause' 'Pause a running training job, saving a checkpoint unless --no-checkpoint.' 'resume' 'Resume a paused training job, from a named or the latest checkpoint, optionally with a new learning rate.' 'wait' 'Wait until the train is in a state: 0 when reached, 7 when it cannot come, 8 on timeout.' 'logs' 'Print a job'\''s log; with -f follow it until the job ends (0 on success, 7 on failure).' 'watch' 'Watch a training job live: progress, ETA, metrics with sparklines, resources, log (q quits).') ;;
  ' train submit') _pyro_d+=('--framework' 'pytorch, tensorflow or ray.' '--model' 'The model'\''s name (custom or pre-defined).' '--cpu' 'CPU cores (at least 1).' '--memory' 'Memory in GiB (at least 1).' '--gpu' 'GPUs (default 0).' '--train-data' 'Training data source, e.g. s3://bucket/train.' '--val-data' 'Validation data source.' '--data-format' 'Data format, e.g. tfrecord, parquet, csv.' '--hp' 'A hyperparameter (at least one); values are typed (0.0003, 256, true, [1,2]).' '--output-bucket' 'Bucket for models and checkpoints.' '--output-path' 'Path in the bucket.' '--save-frequency' 'Save a checkpoint every N epochs.' '--log-tool' 'Log tool, e.g. tensorboard (with --log-path).' '--log-path' 'Where the log tool writes (with --log-tool).' '--priority' 'Scheduling priority, 10 highest (server default 5).' '--max-run-time' 'Stop the job after this long, e.g. 48h (server default 72h).' '-f' 'Request body as JSON or YAML ('\''-'\'' for stdin); flags override its fields.' '--file' 'Request body as JSON or YAML ('\''-'\'' for stdin); flags override its fields.' '--dry-run' 'Print the request as a curl command and send nothing.' '--wait' 'Block until it runs, or until the job ends (exit 7 if it ends badly, 8 on timeout); -o id prints the id at once, other formats the last state, whatever the exit.' '--notify' 'When it ends, a desktop notification naming it and its final state (notify-send, osascript), else the terminal bell; never blocks or fails the command.' '--timeout' 'Give up after this long, outages and retries included (exit 8); default 30m, 0 for never.' '--interval' 'First poll interval; polls slow down from it (default 2s).') ;;
  ' train list') _pyro_d+=('--status' 'Only jobs with this status: pending, running, success, failed, canceled, paused.' '--framework' 'Only jobs of this framework: pytorch, tensorflow, ray.' '--since' 'Only jobs started since: ISO-8601 instant, or -7d, -36h.' '--limit' 'Show at most N items (default 20).' '--all' 'Fetch every page, streaming them as they come.' '--page' 'Fetch only page N.' '--page-size' 'Items per page requested from the server.' '--sort-by' 'Sort by the value at a dotted path (.create_time, .resource_config.gpu): numbers as numbers, times as times, items without it last. Sorts what is fetched: with --all the whole list, held in memory until the last page.') ;;
  ' train get') _pyro_d+=('--logs' 'Include the job'\''s log.' '--log-lines' 'How many of the last log lines (server default 100); implies --logs.' '--metrics' 'Include the training metrics.') ;;
  ' train delete') _pyro_d+=('--delete-output' 'Delete trained models and checkpoints too.' '--delete-logs' 'Delete the training logs too.' '--force' 'Delete even a running job (it is stopped).' '-y' 'Do not ask for confirmation.' '--yes' 'Do not ask for confirmation.') ;;
  ' train pause') _pyro_d+=('--checkpoint-name' 'Name the checkpoint (default generated).' '--no-checkpoint' 'Pause without saving a checkpoint.') ;;
  ' train resume') _pyro_d+=('--from-checkpoint' 'Checkpoint to resume from (default the latest).' '--learning-rate' 'Reset the learning rate to X (sends reset_learning_rate=true).') ;;
  ' train wait') _pyro_d+=('--for' 'The state to wait for: pending, running, success, failed, canceled, paused, deleted (default success).' '--notify' 'When it ends, a desktop notification naming it and its final state (notify-send, osascript), else the terminal bell; never blocks or fails the command.' '--timeout' 'Give up after this long, outages and retries included (exit 8); default 30m, 0 for never.' '--interval' 'First poll interval; polls slow down from it (default 2s).') ;;
  ' train logs') _pyro_d+=('-f' 'Keep printing new lines until the job ends, through outages of any length (see --timeout); stops when stdout'\''s reader leaves (exit 141).' '--follow' 'Keep printing new lines until the job ends, through outages of any length (see --timeout); stops when stdout'\''s reader leaves (exit 141).' '--tail' 'Start with the last N lines (default: 100, or the whole log with -f).' '--notify' 'When it ends, a desktop notification naming it and its final state (notify-send, osascript), else the terminal bell; never blocks or fails the command.' '--interval' 'How often to poll (default 2s).' '--timeout' 'Stop after this long, outages included (exit 8). Without it: until the job ends, through outages of any length.' '--since' 'Only lines from this long ago (10m, 2h) or since an ISO-8601 time; lines without a time pass.' '--grep' 'Only lines this regular expression finds (Java syntax; (?i) ignores case).' '--no-timestamps' 'Strip each line'\''s leading time, for tools that add their own.') ;;
  ' train watch') _pyro_d+=('--notify' 'When it ends, a desktop notification naming it and its final state (notify-send, osascript), else the terminal bell; never blocks or fails the command.' '--interval' 'How often to poll (default 2s).' '--timeout' 'Stop after this long, outages included (exit 8). Without it: until the job ends, through outages of any length.') ;;
  ' apply') _pyro_d+=('-f' 'Project file, folder of them, or '\''-'\'' for stdin (YAML or JSON).' '--file' 'Project file, folder of them, or '\''-'\'' for stdin (YAML or JSON).' '--dry-run' 'Print the plan; send nothing but GETs.' '--replace' 'Delete and create again what the API cannot change (asks first; stops running jobs).' '-y' 'Do not ask before --replace deletes.' '--yes' 'Do not ask before --replace deletes.' '--wait' 'Wait until what was created runs or ends (exit 7 if badly, 8 on timeout).' '--notify' 'When it ends, a desktop notification naming it and its final state (notify-send, osascript), else the terminal bell; never blocks or fails the command.' '--timeout' 'Give up after this long, outages and retries included (exit 8); default 30m, 0 for never.' '--interval' 'First poll interval; polls slow down from it (default 2s).' '--schema' 'Print the JSON Schema of project files.') ;;
  ' delete') _pyro_d+=('-f' 'Project file, folder of them, or '\''-'\'' for stdin (YAML or JSON).' '--file' 'Project file, folder of them, or '\''-'\'' for stdin (YAML or JSON).' '--ignore-not-found' 'Report what the server does not have, but do not fail for it.' '--force' 'Delete even running jobs and sandboxes with running tasks.' '-y' 'Do not ask for confirmation.' '--yes' 'Do not ask for confirmation.') ;;
  ' auth') _pyro_d+=('login' 'Save a token to the profile, after checking that the server accepts it.' 'logout' 'Remove the token from the profile.' 'status' 'Show the profile, API URL and token source, and check that the token works.' 'token' 'Print the token pyro would use (for scripts; treat the output as a secret).') ;;
  ' auth login') _pyro_d+=('--with-token' 'Read the token from stdin instead of prompting.') ;;
  ' config') _pyro_d+=('list' 'List the settings of every profile (tokens masked); * marks the current one.' 'ls' 'List the settings of every profile (tokens masked); * marks the current one.' 'get' 'Print one setting of the profile in use; exit 1 when it is not set.' 'set' 'Set a setting of the profile in use (created if new).' 'unset' 'Remove a setting from the profile in use.' 'use' 'Make a profile the current one.') ;;
  ' api') _pyro_d+=('-X' 'GET, POST, PUT, DELETE or PATCH.' '--method' 'GET, POST, PUT, DELETE or PATCH.' '-F' 'A parameter; values are typed (3, true, [1,2], text).' '--field' 'A parameter; values are typed (3, true, [1,2], text).' '--input' 'The request body, JSON or YAML ('\''-'\'' for stdin).' '--paginate' 'GET every page (page=1, 2, ... until total) and print one JSON array of the items.' '--slurp' 'With --paginate: an array of the pages as they came.') ;;
  ' emulator') _pyro_d+=('start' 'Start the emulator; prints its URL and token and sets up the `local` profile.' 'stop' 'Stop the running emulator (exit 1 when none runs).' 'status' 'Tell whether an emulator is running, its pid, URL and capacity used and free (exit 1 when none runs).' 'fault' 'Inject faults into the running emulator: matching requests fail, stall or drop the connection (to test a script'\''s retries).') ;;
  ' emulator start') _pyro_d+=('--port' 'Port to listen on (default 7976; 0 picks a free one).' '--host' 'Address to bind (default 127.0.0.1).' '--data' 'Keep state in DIR across restarts (default: memory only).' '--speed' 'Run simulated time X times faster (default 1).' '--token' 'The token clients must send (prefer $PYRO_EMULATOR_TOKEN).' '--detach' 'Run in the background; return once it answers.' '--capacity' 'The cpu, memory and gpu there are to hand out, e.g. cpu=64,memory=256,gpu=8; a kind left out is unlimited (default: all unlimited).') ;;
  ' emulator stop') _pyro_d+=('--data' 'The data dir it was started with, if any.') ;;
  ' emulator status') _pyro_d+=('--data' 'The data dir it was started with, if any.') ;;
  ' emulator fault') _pyro_d+=('add' 'Make requests whose method and path match fail with a status, stall, or lose their connection.' 'list' 'List the faults in force in the running emulator, and how many strikes are left.' 'ls' 'List the faults in force in the running emulator, and how many strikes are left.' 'clear' 'Remove every fault from the running emulator.') ;;
  ' emulator fault add') _pyro_d+=('--status' 'Answer this status (400-599) with the API'\''s envelope.' '--message' 'The envelope'\''s message with --status (default: injected fault).' '--delay' 'Stall this long first (e.g. 500ms, 30s); alone, the request then goes through.' '--close' 'Drop the connection without an answer.' '--count' 'Strike only the next N matching requests (default: until cleared).' '--data' 'The data dir the emulator was started with, if any.') ;;
  ' emulator fault list') _pyro_d+=('--data' 'The data dir the emulator was started with, if any.') ;;
  ' emulator fault clear') _pyro_d+=('--data' 'The data dir the emulator was started with, if any.') ;;
  esac
}

# The driver: reads the line, walks the command tree above, offers the words that fit.
# Static words need no pyro process. Ids and names of existing resources come from the
# cache file pyro keeps while it is younger than 60 s (and made for this config), else from
# `pyro __complete KIND`, which refreshes it; -p/--profile, --api-url and --ca-file on the
# line are passed on. Ids are data: each line is read, checked against what an id looks like and
# added as it is; nothing read is ever evaluated.
_pyro() {
  emulate -L zsh
  local cur=${PREFIX-${words[CURRENT]}} word prev='' cmd='' ended=''
  local profile=${PYRO_PROFILE-} url=${PYRO_API_URL-} ca=''
  local -i i pos=0
  local -a reply shown
  local described=''
  for ((i = 2; i < CURRENT; i++)); do
    word=${(Q)words[i]}
    if [[ -n $prev ]]; then
      case $prev in
      -p | --profile) profile=$word ;;
      --api-url) url=$word ;;
      --ca-file) ca=$word ;;
      esac
      prev=''
    elif [[ -n $ended || $word != -?* ]]; then
      if [[ -z $ended && $pos == 0 ]] && _pyro_next "$cmd $word"; then
        cmd=$_pyro_cmd
      else
        pos+=1
      fi
    elif [[ $word == -- ]]; then
      ended=1
    else
      case $word in
      --profile=*) profile=${word#*=} ;;
      --api-url=*) url=${word#*=} ;;
      --ca-file=*) ca=${word#*=} ;;
      -*=*) ;;
      --* | -?) if _pyro_value "$cmd|$word"; then prev=$word; fi ;;
      *) _pyro_cluster "$cmd" "$word" ;;
      esac
    fi
  done
  _pyro_spec "$cmd"
  if [[ -n $prev ]]; then
    _pyro_value "$cmd|$prev"
  elif [[ -z $ended && $cur == -* ]]; then
    _pyro_words="$_pyro_opts $_pyro_globals" _pyro_files='' _pyro_kind='' described=1
  elif [[ -z $ended && $pos == 0 && -n $_pyro_subs ]]; then
    _pyro_words=$_pyro_subs _pyro_files='' _pyro_kind='' described=1
  else
    _pyro_arg "$cmd|$pos"
  fi
  if [[ $_pyro_kind == profile ]]; then
    _pyro_profiles "$cur"
  elif [[ -n $_pyro_kind ]]; then
    _pyro_ids "$_pyro_kind" "$cur" "$profile" "$url" "$ca"
  elif [[ -n $_pyro_files ]]; then
    _files
    return
  else
    for word in ${=_pyro_words}; do
      if [[ $word == "$cur"* ]]; then reply+=("$word"); fi
    done
  fi
  if [[ -n $described ]] && ((${#reply})); then
    # each word beside its description, aligned, one a line (as gh and kubectl show them)
    _pyro_desc "$cmd"
    local -i width=0
    for word in "${reply[@]}"; do ((${#word} > width)) && width=${#word}; done
    for word in "${reply[@]}"; do
      if [[ -n ${_pyro_d[$word]-} ]]; then
        shown+=("${(r:width:)word}  -- ${_pyro_d[$word]}")
      else
        shown+=("$word")
      fi
    done
    compadd -l -d shown -- "${reply[@]}"
    return
  fi
  compadd -- "${reply[@]}"
}

# CMD WORD: short options run together (-qp ci, -qpci): the first that takes a value ends the
# run, its value being the rest of the word or else the next word.
_pyro_cluster() {
  local k
  for ((k = 1; k < ${#2}; k++)); do
    if _pyro_value "$1|-${2:$k:1}"; then
      if ((k + 1 == ${#2})); then
        prev=-${2:$k:1}
      elif [[ ${2:$k:1} == p ]]; then
        profile=${2:$((k + 1))}
      fi
      return
    fi
  done
}

# PREFIX: the profiles of the config file, read as text and nothing in it run: the keys one level
# under a top-level `profiles:` (quotes taken off), each checked as an id is.
_pyro_profiles() {
  local config=${PYRO_CONFIG:-${XDG_CONFIG_HOME:-${HOME-}/.config}/pyro/config.yaml}
  local line rest name indent='' inside='' n=0 pattern='^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$'
  [[ -f $config && -r $config ]] || return
  while IFS= read -r line && ((n++ < 5000)); do
    if [[ -z $inside ]]; then
      if [[ $line == profiles:* && ${line#profiles:} != *[![:space:]]* ]]; then inside=1; fi
      continue
    fi
    if [[ $line != *[![:space:]]* || $line =~ ^[[:space:]]*# ]]; then continue; fi
    if [[ $line != [[:space:]]* ]]; then break; fi # the next top-level key
    if [[ -z $indent ]]; then indent=${line%%[![:space:]]*}; fi
    rest=${line#"$indent"}
    if [[ $rest == "$line" || $rest == [[:space:]]* ]]; then continue; fi # deeper
    name=${rest%%: *}
    if [[ $name == "$rest" ]]; then
      name=${rest%:}
      if [[ $name == "$rest" ]]; then continue; fi
    fi
    if [[ $name == \"*\" || $name == \'*\' ]]; then name=${name:1:${#name}-2}; fi
    if [[ $name =~ $pattern && $name == "$1"* ]]; then reply+=("$name"); fi
  done <"$config"
}

# KIND PREFIX PROFILE URL CA_FILE: ids and names, from the cache while it is fresh, else from pyro.
# The cache file of these credentials: its name hashes the profile, the URL, the config file and
# PYRO_TOKEN (pyro's CacheKey), so another account's file is never read.
_pyro_ids() {
  local dir=${XDG_CACHE_HOME-}
  if [[ $dir != /* ]]; then dir=${HOME-}/.cache; fi # XDG: a relative path is invalid
  local config=${PYRO_CONFIG:-${XDG_CONFIG_HOME:-${HOME-}/.config}/pyro/config.yaml}
  _pyro_fnv "$3"$'\n'"$4"$'\n'"$config"$'\n'"${PYRO_TOKEN-}"
  local file=$dir/pyro/$1,${3//[^A-Za-z0-9._-]/_},${4//[^A-Za-z0-9._-]/_},$_pyro_hash
  local -a target
  if _pyro_fresh "$file" "$config"; then
    _pyro_add "$2" <"$file"
  else
    if [[ -n $3 ]]; then target+=(--profile "$3"); fi
    if [[ -n $4 ]]; then target+=(--api-url "$4"); fi
    if [[ -n $5 ]]; then target+=(--ca-file "$5"); fi
    _pyro_add "$2" < <(command pyro "${target[@]}" __complete "$1" 2>/dev/null)
  fi
}

# TEXT: its 32-bit FNV-1a hash over characters, as 8 hex digits, in _pyro_hash.
_pyro_fnv() {
  local c
  local -i h=2166136261 i
  for ((i = 1; i <= ${#1}; i++)); do
    c=${1[i]}
    ((h = ((h ^ #c) * 16777619) & 0xffffffff))
  done
  printf -v _pyro_hash %08x $h
}

# FILE CONFIG: pyro's own cache file, in a folder of ours that is no link (one planted in a
# shared cache folder is not), stamped less than 60 s ago, for this very config: pyro gives the
# file the config's mtime, and a config replaced since (even by an older one) has another.
_pyro_fresh() {
  local magic format stamp rest
  [[ ! -L ${1%/*} && -O ${1%/*} && -f $1 && -O $1 && ( ! -e $2 || ! ( $1 -nt $2 || $2 -nt $1 ) ) ]] || return 1
  zmodload -F zsh/datetime p:EPOCHSECONDS 2>/dev/null || return 1
  IFS=' ' read -r magic format stamp rest <"$1" || return 1
  [[ $magic == '#pyro-ids' && $format == 1 && $stamp == <-> ]] || return 1
  ((EPOCHSECONDS >= stamp && EPOCHSECONDS - stamp < 60))
}

# PREFIX; reads "ID<TAB>NAME" lines and adds each id and name that looks like an id.
_pyro_add() {
  local id name rest pattern='^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$'
  while IFS=$'\t' read -r id name rest; do
    if [[ $id =~ $pattern && $id == "$1"* ]]; then reply+=("$id"); fi
    if [[ $name =~ $pattern && $name == "$1"* ]]; then reply+=("$name"); fi
  done
}

if [[ ${funcstack[1]-} == _pyro ]]; then
  _pyro "$@" # autoloaded from $fpath as _pyro: complete this first time too
elif (( ${+functions[compdef]} )); then
  compdef _pyro pyro
fi
