package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * META-INF/THIRD-PARTY.txt, which the runnable jar carries, names every library on the runtime class
 * path (the jars the shade plugin bundles) at its version, and every licence file it points to is a
 * resource of the jar.
 */
class ThirdPartyTest {
    // test-only libraries on the test class path, not bundled
    private static final Pattern TEST_ONLY = Pattern.compile("junit-.*|opentest4j|apiguardian-api");
    private static final Pattern JAR = Pattern.compile("(.+)-(\\d[^-]*(?:-[A-Za-z0-9.]+)?)\\.jar");

    private static String resource(String path) throws IOException {
        try (InputStream in = ThirdPartyTest.class.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, "resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyBundledLibraryIsListedWithItsLicenceText() throws IOException {
        String list = resource("META-INF/THIRD-PARTY.txt");
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = new File(entry).getName();
            Matcher m = JAR.matcher(name);
            // isnad's own modules are reactor class folders, or installed jars under org/isnad
            boolean own = entry.contains(File.separator + "org" + File.separator + "isnad" + File.separator);
            if (!entry.contains(File.separator + ".m2" + File.separator) || own || !m.matches() || TEST_ONLY.matcher(m.group(1)).matches()) {
                continue;
            }
            // "artifactId ... version" on one line (several artifacts of one project may share a line)
            String artifact = m.group(1);
            String version = m.group(2);
            boolean listed = list.lines().anyMatch(l -> Pattern.compile("[:, ]" + Pattern.quote(artifact) + "\\b").matcher(l).find()
                    && l.contains(" " + version));
            checked++;
            if (!listed) {
                missing.add(artifact + " " + version);
            }
        }
        // surefire may hide the class path in a manifest jar: make sure the libraries were seen
        assertTrue(checked >= 40, "libraries checked: " + checked);
        assertEquals(List.of(), missing, "libraries on the runtime class path missing from META-INF/THIRD-PARTY.txt");
        Matcher paths = Pattern.compile("META-INF/licenses/[A-Za-z0-9.+-]+").matcher(list);
        int n = 0;
        while (paths.find()) {
            assertTrue(resource(paths.group()).length() > 500, paths.group());
            n++;
        }
        assertTrue(n >= 10, "licence files named: " + n);
    }
}
