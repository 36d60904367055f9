package dev.roster.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's "How the code is laid out" table names every package of the tree, and only those. */
class PackageTableTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern ROW = Pattern.compile("^\\| `(dev\\.roster[a-z.]*)` \\|", Pattern.MULTILINE);

    @Test
    void theReadmeTableMatchesTheTree() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("## How the code is laid out");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        Set<String> documented = new TreeSet<>();
        Matcher row = ROW.matcher(section);
        while (row.find()) {
            documented.add(row.group(1));
        }
        assertEquals(packagesWithClasses(), documented, "README.md: one row per package, as the tree has them");
    }

    private static Set<String> packagesWithClasses() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES.resolve("dev/roster"))) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> SOURCES.relativize(f.getParent()).toString().replace('/', '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
