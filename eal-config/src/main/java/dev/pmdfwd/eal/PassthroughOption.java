package dev.pmdfwd.eal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An EAL option DPDK 22.11 knows but this module does not model ({@code -n 4}, {@code --no-telemetry}, ...):
 * kept in order and handed to EAL untouched.
 *
 * @param name  the option's canonical spelling ("-n", "--huge-worker-stack")
 * @param value its value; empty for flags and for optional-value options given bare
 */
public record PassthroughOption(String name, Optional<String> value) {

    public PassthroughOption {
        Objects.requireNonNull(name);
        Objects.requireNonNull(value);
    }

    /** The tokens this option renders to: values of optional-value options must be attached with '='. */
    public List<String> toArgv() {
        if (value.isEmpty()) {
            return List.of(name);
        }
        boolean optionalValue = KnownEalOptions.lookup(name)
                .map(o -> o.arity() == KnownEalOptions.Arity.OPTIONAL).orElse(false);
        return optionalValue ? List.of(name + "=" + value.get()) : List.of(name, value.get());
    }

    @Override
    public String toString() {
        return String.join(" ", toArgv());
    }
}
