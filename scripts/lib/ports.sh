# Free loopback ports for the scripts that start servers. A port is taken from below the kernel's
# ephemeral range (ip_local_port_range), so an outgoing connection of any process cannot take it
# between the check and the bind — or while a server restarts on it — and never twice within one
# script. Source it; `take_port NAME` sets the variable NAME to a port, or returns 1.
mikro_ports_taken=" "
take_port() {
    local low=32768 high candidate
    read -r low _ </proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || true
    high=$((low - 1))
    [ "$high" -gt 10000 ] || high=32767
    for candidate in $(shuf -i 10000-"$high" -n 100); do
        case "$mikro_ports_taken" in *" $candidate "*) continue ;; esac
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
            mikro_ports_taken+="$candidate "
            printf -v "$1" '%s' "$candidate"
            return 0
        fi
    done
    return 1
}
