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
  local -a reply
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
    _pyro_words="$_pyro_opts $_pyro_globals" _pyro_files='' _pyro_kind=''
  elif [[ -z $ended && $pos == 0 && -n $_pyro_subs ]]; then
    _pyro_words=$_pyro_subs _pyro_files='' _pyro_kind=''
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
