# fish completion for pyro, generated from its command tree by `pyro completion fish`.
# Install: see README.md, "Shell completion".

function __pyro_next
    switch $argv[1]
        case ' sandbox' ' sandboxes' ' sbx'
            echo ' sandbox'
        case ' instance' ' instances' ' inst'
            echo ' instance'
        case ' inference' ' inf'
            echo ' inference'
        case ' train' ' training'
            echo ' train'
        case ' apply'
            echo ' apply'
        case ' delete'
            echo ' delete'
        case ' auth'
            echo ' auth'
        case ' config'
            echo ' config'
        case ' api'
            echo ' api'
        case ' emulator'
            echo ' emulator'
        case ' completion'
            echo ' completion'
        case ' version'
            echo ' version'
        case ' sandbox list' ' sandbox ls'
            echo ' sandbox list'
        case ' sandbox create'
            echo ' sandbox create'
        case ' sandbox get'
            echo ' sandbox get'
        case ' sandbox delete' ' sandbox rm'
            echo ' sandbox delete'
        case ' sandbox action'
            echo ' sandbox action'
        case ' sandbox start'
            echo ' sandbox start'
        case ' sandbox stop'
            echo ' sandbox stop'
        case ' sandbox restart'
            echo ' sandbox restart'
        case ' sandbox reboot'
            echo ' sandbox reboot'
        case ' sandbox install'
            echo ' sandbox install'
        case ' sandbox run'
            echo ' sandbox run'
        case ' sandbox batch'
            echo ' sandbox batch'
        case ' sandbox vnc'
            echo ' sandbox vnc'
        case ' sandbox wait'
            echo ' sandbox wait'
        case ' instance list' ' instance ls'
            echo ' instance list'
        case ' instance create'
            echo ' instance create'
        case ' instance get'
            echo ' instance get'
        case ' instance edit'
            echo ' instance edit'
        case ' instance delete' ' instance rm'
            echo ' instance delete'
        case ' instance pause'
            echo ' instance pause'
        case ' instance resume'
            echo ' instance resume'
        case ' instance token'
            echo ' instance token'
        case ' instance wait'
            echo ' instance wait'
        case ' instance open'
            echo ' instance open'
        case ' inference create'
            echo ' inference create'
        case ' inference list' ' inference ls'
            echo ' inference list'
        case ' inference get'
            echo ' inference get'
        case ' inference delete' ' inference rm'
            echo ' inference delete'
        case ' inference wait'
            echo ' inference wait'
        case ' inference logs'
            echo ' inference logs'
        case ' train submit'
            echo ' train submit'
        case ' train list' ' train ls'
            echo ' train list'
        case ' train get'
            echo ' train get'
        case ' train delete' ' train rm'
            echo ' train delete'
        case ' train pause'
            echo ' train pause'
        case ' train resume'
            echo ' train resume'
        case ' train wait'
            echo ' train wait'
        case ' train logs'
            echo ' train logs'
        case ' train watch'
            echo ' train watch'
        case ' auth login'
            echo ' auth login'
        case ' auth logout'
            echo ' auth logout'
        case ' auth status'
            echo ' auth status'
        case ' auth token'
            echo ' auth token'
        case ' config list' ' config ls'
            echo ' config list'
        case ' config get'
            echo ' config get'
        case ' config set'
            echo ' config set'
        case ' config unset'
            echo ' config unset'
        case ' config use'
            echo ' config use'
        case ' emulator start'
            echo ' emulator start'
        case ' emulator stop'
            echo ' emulator stop'
        case ' emulator status'
            echo ' emulator status'
        case ' emulator fault'
            echo ' emulator fault'
        case ' emulator fault add'
            echo ' emulator fault add'
        case ' emulator fault list' ' emulator fault ls'
            echo ' emulator fault list'
        case ' emulator fault clear'
            echo ' emulator fault clear'
        case '*'
            return 1
    end
end

function __pyro_subs
    switch "$argv[1]"
        case ''
            printf '%s\t%s\n' sandbox 'Manage sandboxes: isolated environments with VNC.' instance 'Manage instances: JupyterLab-style workspaces.' inference 'Manage batch inference jobs.' train 'Manage training jobs.' apply 'Create or update the resources a project file declares (idempotent).' delete 'Delete the resources a project file declares (asks first on a terminal).' auth 'Log in and out, and see which token pyro uses.' config 'Show and change settings and profiles.' api 'Make an authenticated API call and print the response body.' emulator 'Run a local PyroMind: the whole API on 127.0.0.1, for trying pyro and testing scripts.' completion 'Print the shell completion script for bash, zsh or fish.' version 'Print the version, commit, build time, runtime and OS/arch.'
        case ' sandbox'
            printf '%s\t%s\n' list 'List sandboxes.' create 'Create a sandbox.' get 'Show one sandbox.' delete 'Delete sandboxes (asks first on a terminal).' action 'Run an action on a sandbox: start, stop, restart, reboot, install_package, run_script.' start 'Start a sandbox (the start action).' stop 'Stop a sandbox (the stop action).' restart 'Restart a sandbox (the restart action).' reboot 'Reboot a sandbox (the reboot action).' install 'Install a package in a sandbox (the install_package action).' run 'Run a script in a sandbox (the run_script action); arguments follow --.' batch 'Run several actions on a sandbox, in order or in parallel; exits 1 if any failed.' vnc 'Open a VNC viewer on a running sandbox; the password never appears on a command line.' wait 'Wait until the sandbox is in a state: 0 when reached, 7 when it cannot come, 8 on timeout.'
        case ' instance'
            printf '%s\t%s\n' list 'List instances.' create 'Create an instance; a password the server generates is shown once.' get 'Show one instance: resources, usage, workspace and recent log.' edit 'Change an instance\'s name, resources, expiry or password (only what is given).' delete 'Delete instances (asks first on a terminal), optionally backing up the workspace.' pause 'Pause a running instance (checkpoints are saved unless --no-checkpoint).' resume 'Resume a paused instance, optionally from its checkpoint and with other resources.' token 'Get a temporary access token and URL for an instance\'s UI (it grants full access).' wait 'Wait until the instance is in a state: 0 when reached, 7 when it cannot come, 8 on timeout.' open 'Open an instance\'s UI in the browser with a fresh access token ($BROWSER, xdg-open or open).'
        case ' inference'
            printf '%s\t%s\n' create 'Submit a batch inference job.' list 'List inference jobs.' get 'Show an inference job: status, progress, resource usage, and with --logs its log.' delete 'Delete inference jobs (asks first on a terminal).' wait 'Wait until the inference is in a state: 0 when reached, 7 when it cannot come, 8 on timeout.' logs 'Print a job\'s log; with -f follow it until the job ends (0 on success, 7 on failure).'
        case ' train'
            printf '%s\t%s\n' submit 'Submit a training job.' list 'List training jobs.' get 'Show a training job, with --metrics its latest metrics and with --logs its log.' delete 'Delete training jobs (asks first on a terminal).' pause 'Pause a running training job, saving a checkpoint unless --no-checkpoint.' resume 'Resume a paused training job, from a named or the latest checkpoint, optionally with a new learning rate.' wait 'Wait until the train is in a state: 0 when reached, 7 when it cannot come, 8 on timeout.' logs 'Print a job\'s log; with -f follow it until the job ends (0 on success, 7 on failure).' watch 'Watch a training job live: progress, ETA, metrics with sparklines, resources, log (q quits).'
        case ' auth'
            printf '%s\t%s\n' login 'Save a token to the profile, after checking that the server accepts it.' logout 'Remove the token from the profile.' status 'Show the profile, API URL and token source, and check that the token works.' token 'Print the token pyro would use (for scripts; treat the output as a secret).'
        case ' config'
            printf '%s\t%s\n' list 'List the settings of every profile (tokens masked); * marks the current one.' get 'Print one setting of the profile in use; exit 1 when it is not set.' set 'Set a setting of the profile in use (created if new).' unset 'Remove a setting from the profile in use.' use 'Make a profile the current one.'
        case ' emulator'
            printf '%s\t%s\n' start 'Start the emulator; prints its URL and token and sets up the `local` profile.' stop 'Stop the running emulator (exit 1 when none runs).' status 'Tell whether an emulator is running, its pid, URL and capacity used and free (exit 1 when none runs).' fault 'Inject faults into the running emulator: matching requests fail, stall or drop the connection (to test a script\'s retries).'
        case ' emulator fault'
            printf '%s\t%s\n' add 'Make requests whose method and path match fail with a status, stall, or lose their connection.' list 'List the faults in force in the running emulator, and how many strikes are left.' clear 'Remove every fault from the running emulator.'
        case '*'
            return 1
    end
end

function __pyro_opts
    switch "$argv[1]"
        case ''
            printf '%s\t%s\n' -o 'Output format: table, wide, json, yaml, id, custom-columns=HEADER:.path,..., custom-columns-file=FILE (env PYRO_OUTPUT).' --output 'Output format: table, wide, json, yaml, id, custom-columns=HEADER:.path,..., custom-columns-file=FILE (env PYRO_OUTPUT).' --jq 'Filter the JSON result with a jq expression; implies -o json.' --error-format 'Errors on stderr as text (default) or json: one object per error, also with -o json.' --no-headers 'Print table and wide output without the header row.' -p 'Config profile to use (env PYRO_PROFILE).' --profile 'Config profile to use (env PYRO_PROFILE).' --api-url 'API base URL (env PYRO_API_URL; default https://pyromind.ai).' --request-timeout 'Time limit of one whole HTTP exchange, body included (default 30s).' --retries 'Retries of a request that is safe to repeat (default 3; env PYRO_MAX_RETRIES).' --allow-insecure-http 'Allow plain http:// to a host that is not loopback, token in clear text (config key allow_insecure_http).' --ca-file 'Trust the server\'s certificate only if one of these PEM CAs signed it (config key ca_file).' --debug 'Trace HTTP requests and responses on stderr, secrets redacted (env PYRO_DEBUG=1).' --color 'Colour output: auto, always, never (NO_COLOR is honoured).' -q 'No notices or progress on stderr.' --quiet 'No notices or progress on stderr.' -h 'Show this help message and exit.' --help 'Show this help message and exit.' -V 'Print version information and exit.' --version 'Print version information and exit.'
        case ' sandbox list'
            printf '%s\t%s\n' --status 'Only sandboxes with this status: running, stopped, error.' --type 'Only sandboxes of this type, e.g. gpu-sandbox.' --limit 'Show at most N items (default 20).' --all 'Fetch every page, streaming them as they come.' --page 'Fetch only page N.' --page-size 'Items per page requested from the server.' --sort-by 'Sort by the value at a dotted path (.create_time, .resource_config.gpu): numbers as numbers, times as times, items without it last. Sorts what is fetched: with --all the whole list, held in memory until the last page.'
        case ' sandbox create'
            printf '%s\t%s\n' --type 'Sandbox type, e.g. gpu-sandbox, cpu-sandbox.' --cpu 'CPU cores (at least 1).' --memory 'Memory in GiB (at least 1).' --gpu 'GPUs (default 0).' --resolution 'VNC screen resolution (default 1920x1080).' --expires 'Expiry: ISO-8601 instant or +7d, +36h (default 7 days).' -f 'Request body as JSON or YAML (\'-\' for stdin); flags override its fields.' --file 'Request body as JSON or YAML (\'-\' for stdin); flags override its fields.' --dry-run 'Print the request as a curl command and send nothing.' --wait 'Block until it runs, or until the job ends (exit 7 if it ends badly, 8 on timeout); -o id prints the id at once, other formats the last state, whatever the exit.' --notify 'When it ends, a desktop notification naming it and its final state (notify-send, osascript), else the terminal bell; never blocks or fails the command.' --timeout 'Give up after this long, outages and retries included (exit 8); default 30m, 0 for never.' --interval 'First poll interval; polls slow down from it (default 2s).'
        case ' sandbox delete'
            printf '%s\t%s\n' --force 'Delete even with running tasks.' -y 'Do not ask for confirmation.' --yes 'Do not ask for confirmation.'
        case ' sandbox action'
            printf '%s\t%s\n' --param 'An action parameter; values are typed (3, true, [1,2], text).' --timeout 'Action timeout in seconds (server default 30).'
        case ' sandbox start'
            printf '%s\t%s\n' --timeout 'Action timeout in seconds (server default 30).'
        case ' sandbox stop'
            printf '%s\t%s\n' --timeout 'Action timeout in seconds (server default 30).'
        case ' sandbox restart'
            printf '%s\t%s\n' --timeout 'Action timeout in seconds (server default 30).'
        case ' sandbox reboot'
            printf '%s\t%s\n' --timeout 'Action timeout in seconds (server default 30).'
        case ' sandbox install'
            printf '%s\t%s\n' --timeout 'Action timeout in seconds (server default 30).'
        case ' sandbox run'
            printf '%s\t%s\n' --timeout 'Action timeout in seconds (server default 30).'
        case ' sandbox batch'
            printf '%s\t%s\n' -f 'The actions as JSON or YAML (\'-\' for stdin).' --file 'The actions as JSON or YAML (\'-\' for stdin).' --parallel 'Run the actions in parallel.'
        case ' sandbox vnc'
            printf '%s\t%s\n' --refresh 'Rotate the VNC password first.' --print 'Print host and port instead of starting a viewer.' --show-password 'With --print, print the password too.' --viewer 'The viewer to start (TigerVNC-compatible: takes -passwd FILE host::port).'
        case ' sandbox wait'
            printf '%s\t%s\n' --for 'The state to wait for: running, stopped, error, deleted (default running).' --notify 'When it ends, a desktop notification naming it and its final state (notify-send, osascript), else the terminal bell; never blocks or fails the command.' --timeout 'Give up after this long, outages and retries included (exit 8); default 30m, 0 for never.' --interval 'First poll interval; polls slow down from it (default 2s).'
        case ' instance list'
            printf '%s\t%s\n' --status 'Only instances with this status: running, paused, stopped, error.' --resource-type 'Only cpu or gpu instances.' --limit 'Show at most N items (default 20).' --all 'Fetch every page, streaming them as they come.' --page 'Fetch only page N.' --page-size 'Items per page requested from the server.' --sort-by 'Sort by the value at a dotted path (.create_time, .resource_config.gpu): numbers as numbers, times as times, items without it last. Sorts what is fetched: with --all the whole list, held in memory until the last page.'
        case ' instance create'
            printf '%s\t%s\n' --resource-type 'cpu or gpu.' --cpu 'CPU cores (at least 1).' --memory 'Memory in GiB (at least 1).' --gpu 'GPUs (default 0).' --image 'Image version (default latest), e.g. pyromind-instance:2.3.1.' --expires 'Expiry: ISO-8601 instant or +7d, +36h (default 7 days).' --password-stdin 'Read the access password from stdin (default: generated).' --mount 'Mount a bucket as the workspace, e.g. user-data:/home/jovyan/work.' -f 'Request body as JSON or YAML (\'-\' for stdin); flags override its fields.' --file 'Request body as JSON or YAML (\'-\' for stdin); flags override its fields.' --dry-run 'Print the request as a curl command and send nothing.' --wait 'Block until it runs, or until the job ends (exit 7 if it ends badly, 8 on timeout); -o id prints the id at once, other formats the last state, whatever the exit.' --notify 'When it ends, a desktop notification naming it and its final state (notify-send, osascript), else the terminal bell; never blocks or fails the command.' --timeout 'Give up after this long, outages and retries included (exit 8); default 30m, 0 for never.' --interval 'First poll interval; polls slow down from it (default 2s).'
        case ' instance edit'
            printf '%s\t%s\n' --name 'A new name.' --cpu 'CPU cores (at least 1).' --memory 'Memory in GiB (at least 1).' --gpu 'GPUs (default 0).' --expires 'A new expiry: ISO-8601 instant or +7d.' --password-stdin 'Read a new access password from stdin.'
        case ' instance delete'
            printf '%s\t%s\n' --backup-bucket 'Back up the workspace to this bucket first.' --force 'Delete even a running instance.' -y 'Do not ask for confirmation.' --yes 'Do not ask for confirmation.'
        case ' instance pause'
            printf '%s\t%s\n' --no-checkpoint 'Do not save notebook checkpoints first.'
        case ' instance resume'
            printf '%s\t%s\n' --restore-checkpoint 'Restore from the latest checkpoint.' --cpu 'CPU cores (at least 1).' --memory 'Memory in GiB (at least 1).' --gpu 'GPUs (default 0).'
        case ' instance token'
            printf '%s\t%s\n' --ttl 'How long the token lives, e.g. 2h (server default 1h).'
        case ' instance wait'
            printf '%s\t%s\n' --for 'The state to wait for: running, paused, stopped, error, deleted (default running).' --notify 'When it ends, a desktop notification naming it and its final state (notify-send, osascript), else the terminal bell; never blocks or fails the command.' --timeout 'Give up after this long, outages and retries included (exit 8); default 30m, 0 for never.' --interval 'First poll interval; polls slow down from it (default 2s).'
        case ' instance open'
            printf '%s\t%s\n' --ttl 'How long the token lives, e.g. 8h (server default 1h).' --print 'Print the URL instead of opening it (it grants access: keep it private).'
        case ' inference create'
            printf '%s\t%s\n' --model-type 'rl, nlp or cv.' --model 'The model\'s name (uploaded to the platform).' --model-version 'The model\'s version (default latest).' --cpu 'CPU cores (at least 1).' --memory 'Memory in GiB (at least 1).' --gpu 'GPUs (default 0).' --input 'Input data source, e.g. s3://bucket/file.csv.' --input-format 'Input data format, e.g. csv, parquet, json.' --batch-size 'Rows per batch.' --output-bucket 'Bucket for the results.' --output-path 'Path in the bucket for the results.' --output-format 'Result format, e.g. parquet.' --param 'A model parameter; values are typed (0.8, true, [1,2], text).' --priority 'Scheduling priority, 10 highest (server default 5).' -f 'Request body as JSON or YAML (\'-\' for stdin); flags override its fields.' --file 'Request body as JSON or YAML (\'-\' for stdin); flags override its fields.' --dry-run 'Print the request as a curl command and send nothing.' --wait 'Block until it runs, or until the job ends (exit 7 if it ends badly, 8 on timeout); -o id prints the id at once, other formats the last state, whatever the exit.' --notify 'When it ends, a desktop notification naming it and its final state (notify-send, osascript), else the terminal bell; never blocks or fails the command.' --timeout 'Give up after this long, outages and retries included (exit 8); default 30m, 0 for never.' --interval 'First poll interval; polls slow down from it (default 2s).'
        case ' inference list'
            printf '%s\t%s\n' --status 'Only jobs with this status: pending, running, success, failed.' --model-type 'Only jobs of this model type: rl, nlp, cv.' --since 'Only jobs started since: ISO-8601 instant, or -7d, -36h.' --limit 'Show at most N items (default 20).' --all 'Fetch every page, streaming them as they come.' --page 'Fetch only page N.' --page-size 'Items per page requested from the server.' --sort-by 'Sort by the value at a dotted path (.create_time, .resource_config.gpu): numbers as numbers, times as times, items without it last. Sorts what is fetched: with --all the whole list, held in memory until the last page.'
        case ' inference get'
            printf '%s\t%s\n' --logs 'Include the job\'s log.' --log-lines 'How many of the last log lines (server default 100); implies --logs.'
        case ' inference delete'
            printf '%s\t%s\n' --delete-output 'Delete the results too.' --force 'Delete even a running job (it is stopped).' -y 'Do not ask for confirmation.' --yes 'Do not ask for confirmation.'
        case ' inference wait'
            printf '%s\t%s\n' --for 'The state to wait for: pending, running, success, failed, deleted (default success).' --notify 'When it ends, a desktop notification naming it and its final state (notify-send, osascript), else the terminal bell; never blocks or fails the command.' --timeout 'Give up after this long, outages and retries included (exit 8); default 30m, 0 for never.' --interval 'First poll interval; polls slow down from it (default 2s).'
        case ' inference logs'
            printf '%s\t%s\n' -f 'Keep printing new lines until the job ends, through outages of any length (see --timeout); stops when stdout\'s reader leaves (exit 141).' --follow 'Keep printing new lines until the job ends, through outages of any length (see --timeout); stops when stdout\'s reader leaves (exit 141).' --tail 'Start with the last N lines (default: 100, or the whole log with -f).' --notify 'When it ends, a desktop notification naming it and its final state (notify-send, osascript), else the terminal bell; never blocks or fails the command.' --interval 'How often to poll (default 2s).' --timeout 'Stop after this long, outages included (exit 8). Without it: until the job ends, through outages of any length.' --since 'Only lines from this long ago (10m, 2h) or since an ISO-8601 time; lines without a time pass.' --grep 'Only lines this regular expression finds (Java syntax; (?i) ignores case).' --no-timestamps 'Strip each line\'s leading time, for tools that add their own.'
        case ' train submit'
            printf '%s\t%s\n' --framework 'pytorch, tensorflow or ray.' --model 'The model\'s name (custom or pre-defined).' --cpu 'CPU cores (at least 1).' --memory 'Memory in GiB (at least 1).' --gpu 'GPUs (default 0).' --train-data 'Training data source, e.g. s3://bucket/train.' --val-data 'Validation data source.' --data-format 'Data format, e.g. tfrecord, parquet, csv.' --hp 'A hyperparameter (at least one); values are typed (0.0003, 256, true, [1,2]).' --output-bucket 'Bucket for models and checkpoints.' --output-path 'Path in the bucket.' --save-frequency 'Save a checkpoint every N epochs.' --log-tool 'Log tool, e.g. tensorboard (with --log-path).' --log-path 'Where the log tool writes (with --log-tool).' --priority 'Scheduling priority, 10 highest (server default 5).' --max-run-time 'Stop the job after this long, e.g. 48h (server default 72h).' -f 'Request body as JSON or YAML (\'-\' for stdin); flags override its fields.' --file 'Request body as JSON or YAML (\'-\' for stdin); flags override its fields.' --dry-run 'Print the request as a curl command and send nothing.' --wait 'Block until it runs, or until the job ends (exit 7 if it ends badly, 8 on timeout); -o id prints the id at once, other formats the last state, whatever the exit.' --notify 'When it ends, a desktop notification naming it and its final state (notify-send, osascript), else the terminal bell; never blocks or fails the command.' --timeout 'Give up after this long, outages and retries included (exit 8); default 30m, 0 for never.' --interval 'First poll interval; polls slow down from it (default 2s).'
        case ' train list'
            printf '%s\t%s\n' --status 'Only jobs with this status: pending, running, success, failed, canceled, paused.' --framework 'Only jobs of this framework: pytorch, tensorflow, ray.' --since 'Only jobs started since: ISO-8601 instant, or -7d, -36h.' --limit 'Show at most N items (default 20).' --all 'Fetch every page, streaming them as they come.' --page 'Fetch only page N.' --page-size 'Items per page requested from the server.' --sort-by 'Sort by the value at a dotted path (.create_time, .resource_config.gpu): numbers as numbers, times as times, items without it last. Sorts what is fetched: with --all the whole list, held in memory until the last page.'
        case ' train get'
            printf '%s\t%s\n' --logs 'Include the job\'s log.' --log-lines 'How many of the last log lines (server default 100); implies --logs.' --metrics 'Include the training metrics.'
        case ' train delete'
            printf '%s\t%s\n' --delete-output 'Delete trained models and checkpoints too.' --delete-logs 'Delete the training logs too.' --force 'Delete even a running job (it is stopped).' -y 'Do not ask for confirmation.' --yes 'Do not ask for confirmation.'
        case ' train pause'
            printf '%s\t%s\n' --checkpoint-name 'Name the checkpoint (default generated).' --no-checkpoint 'Pause without saving a checkpoint.'
        case ' train resume'
            printf '%s\t%s\n' --from-checkpoint 'Checkpoint to resume from (default the latest).' --learning-rate 'Reset the learning rate to X (sends reset_learning_rate=true).'
        case ' train wait'
            printf '%s\t%s\n' --for 'The state to wait for: pending, running, success, failed, canceled, paused, deleted (default success).' --notify 'When it ends, a desktop notification naming it and its final state (notify-send, osascript), else the terminal bell; never blocks or fails the command.' --timeout 'Give up after this long, outages and retries included (exit 8); default 30m, 0 for never.' --interval 'First poll interval; polls slow down from it (default 2s).'
        case ' train logs'
            printf '%s\t%s\n' -f 'Keep printing new lines until the job ends, through outages of any length (see --timeout); stops when stdout\'s reader leaves (exit 141).' --follow 'Keep printing new lines until the job ends, through outages of any length (see --timeout); stops when stdout\'s reader leaves (exit 141).' --tail 'Start with the last N lines (default: 100, or the whole log with -f).' --notify 'When it ends, a desktop notification naming it and its final state (notify-send, osascript), else the terminal bell; never blocks or fails the command.' --interval 'How often to poll (default 2s).' --timeout 'Stop after this long, outages included (exit 8). Without it: until the job ends, through outages of any length.' --since 'Only lines from this long ago (10m, 2h) or since an ISO-8601 time; lines without a time pass.' --grep 'Only lines this regular expression finds (Java syntax; (?i) ignores case).' --no-timestamps 'Strip each line\'s leading time, for tools that add their own.'
        case ' train watch'
            printf '%s\t%s\n' --notify 'When it ends, a desktop notification naming it and its final state (notify-send, osascript), else the terminal bell; never blocks or fails the command.' --interval 'How often to poll (default 2s).' --timeout 'Stop after this long, outages included (exit 8). Without it: until the job ends, through outages of any length.'
        case ' apply'
            printf '%s\t%s\n' -f 'Project file, folder of them, or \'-\' for stdin (YAML or JSON).' --file 'Project file, folder of them, or \'-\' for stdin (YAML or JSON).' --dry-run 'Print the plan; send nothing but GETs.' --replace 'Delete and create again what the API cannot change (asks first; stops running jobs).' -y 'Do not ask before --replace deletes.' --yes 'Do not ask before --replace deletes.' --wait 'Wait until what was created runs or ends (exit 7 if badly, 8 on timeout).' --notify 'When it ends, a desktop notification naming it and its final state (notify-send, osascript), else the terminal bell; never blocks or fails the command.' --timeout 'Give up after this long, outages and retries included (exit 8); default 30m, 0 for never.' --interval 'First poll interval; polls slow down from it (default 2s).' --schema 'Print the JSON Schema of project files.'
        case ' delete'
            printf '%s\t%s\n' -f 'Project file, folder of them, or \'-\' for stdin (YAML or JSON).' --file 'Project file, folder of them, or \'-\' for stdin (YAML or JSON).' --ignore-not-found 'Report what the server does not have, but do not fail for it.' --force 'Delete even running jobs and sandboxes with running tasks.' -y 'Do not ask for confirmation.' --yes 'Do not ask for confirmation.'
        case ' auth login'
            printf '%s\t%s\n' --with-token 'Read the token from stdin instead of prompting.'
        case ' api'
            printf '%s\t%s\n' -X 'GET, POST, PUT, DELETE or PATCH.' --method 'GET, POST, PUT, DELETE or PATCH.' -F 'A parameter; values are typed (3, true, [1,2], text).' --field 'A parameter; values are typed (3, true, [1,2], text).' --input 'The request body, JSON or YAML (\'-\' for stdin).' --paginate 'GET every page (page=1, 2, ... until total) and print one JSON array of the items.' --slurp 'With --paginate: an array of the pages as they came.'
        case ' emulator start'
            printf '%s\t%s\n' --port 'Port to listen on (default 7976; 0 picks a free one).' --host 'Address to bind (default 127.0.0.1).' --data 'Keep state in DIR across restarts (default: memory only).' --speed 'Run simulated time X times faster (default 1).' --token 'The token clients must send (prefer $PYRO_EMULATOR_TOKEN).' --detach 'Run in the background; return once it answers.' --capacity 'The cpu, memory and gpu there are to hand out, e.g. cpu=64,memory=256,gpu=8; a kind left out is unlimited (default: all unlimited).'
        case ' emulator stop'
            printf '%s\t%s\n' --data 'The data dir it was started with, if any.'
        case ' emulator status'
            printf '%s\t%s\n' --data 'The data dir it was started with, if any.'
        case ' emulator fault add'
            printf '%s\t%s\n' --status 'Answer this status (400-599) with the API\'s envelope.' --message 'The envelope\'s message with --status (default: injected fault).' --delay 'Stall this long first (e.g. 500ms, 30s); alone, the request then goes through.' --close 'Drop the connection without an answer.' --count 'Strike only the next N matching requests (default: until cleared).' --data 'The data dir the emulator was started with, if any.'
        case ' emulator fault list'
            printf '%s\t%s\n' --data 'The data dir the emulator was started with, if any.'
        case ' emulator fault clear'
            printf '%s\t%s\n' --data 'The data dir the emulator was started with, if any.'
    end
end

function __pyro_value
    switch $argv[1]
        case ' sandbox list|--status' ' sandbox list|--type' ' sandbox list|--limit' ' sandbox list|--page' ' sandbox list|--page-size' ' sandbox list|--sort-by'
        case ' sandbox create|--type' ' sandbox create|--cpu' ' sandbox create|--memory' ' sandbox create|--gpu' ' sandbox create|--resolution' ' sandbox create|--expires' ' sandbox create|--timeout' ' sandbox create|--interval'
        case ' sandbox create|-f' ' sandbox create|--file'
            echo :files
        case ' sandbox action|--param' ' sandbox action|--timeout'
        case ' sandbox start|--timeout'
        case ' sandbox stop|--timeout'
        case ' sandbox restart|--timeout'
        case ' sandbox reboot|--timeout'
        case ' sandbox install|--timeout'
        case ' sandbox run|--timeout'
        case ' sandbox batch|-f' ' sandbox batch|--file'
            echo :files
        case ' sandbox vnc|--viewer'
        case ' sandbox wait|--for' ' sandbox wait|--timeout' ' sandbox wait|--interval'
        case ' instance list|--status' ' instance list|--resource-type' ' instance list|--limit' ' instance list|--page' ' instance list|--page-size' ' instance list|--sort-by'
        case ' instance create|--resource-type' ' instance create|--cpu' ' instance create|--memory' ' instance create|--gpu' ' instance create|--image' ' instance create|--expires' ' instance create|--mount' ' instance create|--timeout' ' instance create|--interval'
        case ' instance create|-f' ' instance create|--file'
            echo :files
        case ' instance edit|--name' ' instance edit|--cpu' ' instance edit|--memory' ' instance edit|--gpu' ' instance edit|--expires'
        case ' instance delete|--backup-bucket'
        case ' instance resume|--cpu' ' instance resume|--memory' ' instance resume|--gpu'
        case ' instance token|--ttl'
        case ' instance wait|--for' ' instance wait|--timeout' ' instance wait|--interval'
        case ' instance open|--ttl'
        case ' inference create|--model-type' ' inference create|--model' ' inference create|--model-version' ' inference create|--cpu' ' inference create|--memory' ' inference create|--gpu' ' inference create|--input' ' inference create|--input-format' ' inference create|--batch-size' ' inference create|--output-bucket' ' inference create|--output-path' ' inference create|--output-format' ' inference create|--param' ' inference create|--priority' ' inference create|--timeout' ' inference create|--interval'
        case ' inference create|-f' ' inference create|--file'
            echo :files
        case ' inference list|--status' ' inference list|--model-type' ' inference list|--since' ' inference list|--limit' ' inference list|--page' ' inference list|--page-size' ' inference list|--sort-by'
        case ' inference get|--log-lines'
        case ' inference wait|--for' ' inference wait|--timeout' ' inference wait|--interval'
        case ' inference logs|--tail' ' inference logs|--interval' ' inference logs|--timeout' ' inference logs|--since' ' inference logs|--grep'
        case ' train submit|--framework' ' train submit|--model' ' train submit|--cpu' ' train submit|--memory' ' train submit|--gpu' ' train submit|--train-data' ' train submit|--val-data' ' train submit|--data-format' ' train submit|--hp' ' train submit|--output-bucket' ' train submit|--output-path' ' train submit|--save-frequency' ' train submit|--log-tool' ' train submit|--log-path' ' train submit|--priority' ' train submit|--max-run-time' ' train submit|--timeout' ' train submit|--interval'
        case ' train submit|-f' ' train submit|--file'
            echo :files
        case ' train list|--status' ' train list|--framework' ' train list|--since' ' train list|--limit' ' train list|--page' ' train list|--page-size' ' train list|--sort-by'
        case ' train get|--log-lines'
        case ' train pause|--checkpoint-name'
        case ' train resume|--from-checkpoint' ' train resume|--learning-rate'
        case ' train wait|--for' ' train wait|--timeout' ' train wait|--interval'
        case ' train logs|--tail' ' train logs|--interval' ' train logs|--timeout' ' train logs|--since' ' train logs|--grep'
        case ' train watch|--interval' ' train watch|--timeout'
        case ' apply|-f' ' apply|--file'
            echo :files
        case ' apply|--timeout' ' apply|--interval'
        case ' delete|-f' ' delete|--file'
            echo :files
        case ' api|-X' ' api|--method' ' api|-F' ' api|--field'
        case ' api|--input'
            echo :files
        case ' emulator start|--port' ' emulator start|--host' ' emulator start|--speed' ' emulator start|--token' ' emulator start|--capacity'
        case ' emulator start|--data'
            echo :files
        case ' emulator stop|--data'
            echo :files
        case ' emulator status|--data'
            echo :files
        case ' emulator fault add|--status' ' emulator fault add|--message' ' emulator fault add|--delay' ' emulator fault add|--count'
        case ' emulator fault add|--data'
            echo :files
        case ' emulator fault list|--data'
            echo :files
        case ' emulator fault clear|--data'
            echo :files
        case '*|-o' '*|--output'
            printf '%s\n' table wide json yaml id
        case '*|--jq' '*|--api-url' '*|--request-timeout' '*|--retries'
        case '*|--error-format'
            printf '%s\n' text json
        case '*|-p' '*|--profile'
            echo :profiles
        case '*|--ca-file'
            echo :files
        case '*|--color'
            printf '%s\n' auto always never
        case '*'
            return 1
    end
end

function __pyro_arg
    switch $argv[1]
        case ' sandbox get|0'
            echo ':ids sandbox'
        case ' sandbox delete|*'
            echo ':ids sandbox'
        case ' sandbox action|0'
            echo ':ids sandbox'
        case ' sandbox start|0'
            echo ':ids sandbox'
        case ' sandbox stop|0'
            echo ':ids sandbox'
        case ' sandbox restart|0'
            echo ':ids sandbox'
        case ' sandbox reboot|0'
            echo ':ids sandbox'
        case ' sandbox install|0'
            echo ':ids sandbox'
        case ' sandbox run|0'
            echo ':ids sandbox'
        case ' sandbox batch|0'
            echo ':ids sandbox'
        case ' sandbox vnc|0'
            echo ':ids sandbox'
        case ' sandbox wait|0'
            echo ':ids sandbox'
        case ' instance get|0'
            echo ':ids instance'
        case ' instance edit|0'
            echo ':ids instance'
        case ' instance delete|*'
            echo ':ids instance'
        case ' instance pause|0'
            echo ':ids instance'
        case ' instance resume|0'
            echo ':ids instance'
        case ' instance token|0'
            echo ':ids instance'
        case ' instance wait|0'
            echo ':ids instance'
        case ' instance open|0'
            echo ':ids instance'
        case ' inference get|0'
            echo ':ids inference'
        case ' inference delete|*'
            echo ':ids inference'
        case ' inference wait|0'
            echo ':ids inference'
        case ' inference logs|0'
            echo ':ids inference'
        case ' train get|0'
            echo ':ids train'
        case ' train delete|*'
            echo ':ids train'
        case ' train pause|0'
            echo ':ids train'
        case ' train resume|0'
            echo ':ids train'
        case ' train wait|0'
            echo ':ids train'
        case ' train logs|0'
            echo ':ids train'
        case ' train watch|0'
            echo ':ids train'
        case ' config use|0'
            echo :profiles
        case ' completion|0'
            printf '%s\n' bash zsh fish
    end
end

# The driver: reads the line, walks the command tree above, prints the words that fit.
# Static words need no pyro process. Ids and names of existing resources come from the
# cache file pyro keeps while it is younger than 60 s (and made for this config), else from
# `pyro __complete KIND`, which refreshes it; -p/--profile, --api-url and --ca-file on the
# line are passed on. Ids are data: each line is read, checked against what an id looks like and
# printed as it is; nothing read is ever evaluated.
function __pyro_complete
    set -l cur (commandline -ct)
    set -l cmd ''
    set -l next ''
    set -l pos 0
    set -l prev ''
    set -l ended ''
    set -l profile "$PYRO_PROFILE"
    set -l url "$PYRO_API_URL"
    set -l ca ''
    for word in (commandline -opc)[2..-1]
        if test -n "$prev"
            switch $prev
                case -p --profile
                    set profile $word
                case --api-url
                    set url $word
                case --ca-file
                    set ca $word
            end
            set prev ''
        else if test -n "$ended"; or not string match -qr -- '^-.' $word
            if test -z "$ended" -a $pos -eq 0; and set next (__pyro_next "$cmd $word")
                set cmd $next
            else
                set pos (math $pos + 1)
            end
        else if test "$word" = --
            set ended 1
        else
            switch $word
                case '--profile=*'
                    set profile (string replace -r '^[^=]*=' '' -- $word)
                case '--api-url=*'
                    set url (string replace -r '^[^=]*=' '' -- $word)
                case '--ca-file=*'
                    set ca (string replace -r '^[^=]*=' '' -- $word)
                case '-*=*'
                case '--*' '-?'
                    __pyro_value "$cmd|$word" >/dev/null; and set prev $word
                case '*'
                    # short options run together (-qp ci, -qpci): the first that takes a value
                    # ends the run, its value being the rest of the word or else the next word
                    for k in (seq 2 (string length -- $word))
                        set -l c (string sub -s $k -l 1 -- $word)
                        if __pyro_value "$cmd|-$c" >/dev/null
                            set -l rest (string sub -s (math $k + 1) -- $word)
                            if test -z "$rest"
                                set prev -$c
                            else if test "$c" = p
                                set profile $rest
                            end
                            break
                        end
                    end
            end
        end
    end
    set -l found
    if test -n "$prev"
        set found (__pyro_value "$cmd|$prev")
    else if test -z "$ended"; and string match -q -- '-*' $cur
        __pyro_opts $cmd
        test -n "$cmd"; and __pyro_opts ''
        return
    else if test -z "$ended" -a $pos -eq 0; and set found (__pyro_subs $cmd)
    else
        set found (__pyro_arg "$cmd|$pos")
    end
    switch "$found[1]"
        case ':files'
            __fish_complete_path $cur
        case ':profiles'
            __pyro_profiles
        case ':ids *'
            __pyro_ids (string sub -s 6 -- $found[1]) "$profile" "$url" "$ca"
        case '*'
            string join \n -- $found
    end
end

# The profiles of the config file, read as text and nothing in it run: the keys one level under a
# top-level `profiles:` (quotes taken off), each checked as an id is.
function __pyro_profiles
    set -l config "$HOME/.config/pyro/config.yaml"
    test -n "$XDG_CONFIG_HOME"; and set config "$XDG_CONFIG_HOME/pyro/config.yaml"
    test -n "$PYRO_CONFIG"; and set config "$PYRO_CONFIG"
    test -f "$config" -a -r "$config"; or return
    set -l inside ''
    set -l indent ''
    set -l n 0
    while read -l line; and test $n -lt 5000
        set n (math $n + 1)
        if test -z "$inside"
            string match -qr '^profiles:\s*$' -- $line; and set inside 1
            continue
        end
        string match -qr '^\s*(#|$)' -- $line; and continue
        string match -qr '^\S' -- $line; and break # the next top-level key
        test -z "$indent"; and set indent (string match -r '^\s*' -- $line)
        string match -q -- "$indent*" $line; or continue
        set -l rest (string sub -s (math (string length -- "$indent") + 1) -- $line)
        string match -qr '^\s' -- $rest; and continue # deeper
        set -l name (string match -r '^(.*?):(?:\s.*)?$' -- $rest)[2]; or continue
        set name (string replace -r '^"(.*)"$|^\'(.*)\'$' '$1$2' -- $name)
        string match -r -- '^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$' $name
    end <$config
end

# KIND PROFILE URL CA_FILE: ids and names, from the cache while it is fresh, else from pyro.
# The cache file of these credentials: its name hashes the profile, the URL, the config file and
# PYRO_TOKEN (pyro's CacheKey), so another account's file is never read.
function __pyro_ids --argument-names kind profile url ca
    set -l dir "$HOME/.cache"
    # XDG: a relative path is invalid
    string match -q -- '/*' "$XDG_CACHE_HOME"; and set dir $XDG_CACHE_HOME
    set -l config "$HOME/.config/pyro/config.yaml"
    test -n "$XDG_CONFIG_HOME"; and set config "$XDG_CONFIG_HOME/pyro/config.yaml"
    test -n "$PYRO_CONFIG"; and set config "$PYRO_CONFIG"
    set -l safe (string replace -ar '[^A-Za-z0-9._-]' _ -- "$profile" "$url")
    set -l hash (__pyro_fnv "$profile"\n"$url"\n"$config"\n"$PYRO_TOKEN")
    set -l file "$dir/pyro/$kind,$safe[1],$safe[2],$hash"
    if __pyro_fresh $file $config
        __pyro_add <$file
    else
        set -l target
        test -n "$profile"; and set -a target --profile $profile
        test -n "$url"; and set -a target --api-url $url
        test -n "$ca"; and set -a target --ca-file $ca
        command pyro $target __complete $kind 2>/dev/null | __pyro_add
    end
end

# TEXT: its 32-bit FNV-1a hash over characters, as 8 hex digits (math is floating point: the
# product by 16777619 = 2^24 + 403 is taken modulo 2^32 in parts that stay exact).
function __pyro_fnv
    set -l h 2166136261
    for c in (printf '%d\n' \'(string split '' -- $argv[1]))
        set h (math "((bitxor($h, $c) % 256) * 16777216 + bitxor($h, $c) * 403) % 4294967296")
    end
    printf %08x $h
end

# FILE CONFIG: pyro's own cache file, in a folder of ours that is no link (one planted in a
# shared cache folder is not), stamped less than 60 s ago, for this very config: pyro gives the
# file the config's mtime, and a config replaced since (even by an older one) has another.
function __pyro_fresh --argument-names file config
    set -l dir (path dirname -- $file)
    test ! -L $dir -a -O $dir -a -f $file -a -O $file; or return 1
    if test -e $config
        test $file -nt $config -o $config -nt $file; and return 1
    end
    read -l magic format stamp rest <$file; or return 1
    test "$magic" = '#pyro-ids' -a "$format" = 1; or return 1
    string match -qr '^[0-9]+$' -- $stamp; or return 1
    set -l now (date +%s)
    test $now -ge $stamp -a (math $now - $stamp) -lt 60
end

# Reads "ID<TAB>NAME" lines and prints each id and name that looks like an id.
function __pyro_add
    while read -l --delimiter \t id name rest
        string match -r -- '^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$' $id $name
    end
end

complete -c pyro -e
complete -c pyro -f -a '(__pyro_complete)'
