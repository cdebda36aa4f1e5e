package dev.camelrtc.support.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The route examples of a docs page, for the components' DocsYamlExampleTests. */
public final class DocsExamples {

    private static final Pattern YAML_BLOCK = Pattern.compile("\\[source,yaml]\\s*\\n----\\n(.*?)\\n----",
            Pattern.DOTALL);

    private DocsExamples() {
    }

    /** The first {@code [source,yaml]} block of the page, as written. */
    public static String firstYamlBlock(Path doc) throws Exception {
        Matcher m = YAML_BLOCK.matcher(Files.readString(doc));
        assertThat(m.find()).as("a [source,yaml] block in " + doc).isTrue();
        return m.group(1);
    }
}
