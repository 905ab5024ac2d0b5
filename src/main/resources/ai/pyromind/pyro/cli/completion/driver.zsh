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
