package dev.pmdfwd.eal;

import java.io.IOException;
import java.io.Reader;
import java.io.StreamTokenizer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands {@code @file} arguments the way picocli does by default, so the EAL part of a command line reads
 * argument files like the app part: whitespace-separated arguments, single or double quotes around arguments
 * with blanks (with Java-style backslash escapes inside quotes), {@code #} to end of line is a comment,
 * {@code @file} inside a file is expanded too, a file already being expanded is skipped, and {@code @@x} stands
 * for the literal {@code @x}. Unlike picocli, which keeps a missing file's {@code @name} as a literal argument,
 * a missing or unreadable file is an error here: EAL would only fail on it later, cryptically.
 */
public final class ArgFiles {
    private ArgFiles() {}

    /** Returns argv with every {@code @file} replaced by the arguments it holds. */
    public static List<String> expand(List<String> argv) throws LaunchException {
        List<String> out = new ArrayList<>();
        for (String arg : argv) {
            addOrExpand(arg, out, new LinkedHashSet<>());
        }
        return List.copyOf(out);
    }

    private static void addOrExpand(String arg, List<String> out, Set<Path> visiting) throws LaunchException {
        if (arg.length() > 1 && arg.startsWith("@")) {
            String rest = arg.substring(1);
            if (rest.startsWith("@")) {
                out.add(rest); // "@@x" escapes a literal "@x"
                return;
            }
            expandFile(rest, out, visiting);
            return;
        }
        out.add(arg);
    }

    private static void expandFile(String name, List<String> out, Set<Path> visiting) throws LaunchException {
        Path file = Path.of(name).toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            throw new LaunchException("argument file @" + Text.q(name) + " does not exist: fix the path (write @@"
                    + Text.q(name) + " for a literal argument starting with @)");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new LaunchException("argument file @" + Text.q(name) + " is not a readable file: check the path and its permissions");
        }
        if (!visiting.add(file)) {
            return; // picocli skips a file that includes itself rather than looping
        }
        List<String> tokens = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            StreamTokenizer tokenizer = new StreamTokenizer(reader);
            tokenizer.resetSyntax();
            tokenizer.wordChars(' ', 255);
            tokenizer.whitespaceChars(0, ' ');
            tokenizer.quoteChar('"');
            tokenizer.quoteChar('\'');
            tokenizer.commentChar('#');
            while (tokenizer.nextToken() != StreamTokenizer.TT_EOF) {
                tokens.add(tokenizer.sval);
            }
        } catch (IOException e) {
            throw new LaunchException("argument file @" + Text.q(name) + " could not be read (" + Text.q(String.valueOf(e.getMessage()))
                    + "): check the file");
        }
        for (String token : tokens) {
            addOrExpand(token, out, visiting);
        }
    }
}
