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
