/*
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in compliance with
 * the License. You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License is distributed on
 * an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the License for the
 * specific language governing permissions and limitations under the License.
 */
package dev.camelrtc.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the simulated speakers say: the sentences that the simulator pushes as transcription callbacks (TRTC 903 /
 * 1403, Alibaba RtcAsr results), each with its speaker and its place on a timeline. Without a script the
 * {@link #sample() built-in dialogue} is used.
 * <p>
 * Script format (UTF-8 text, one sentence per line):
 *
 * <pre>
 * # a comment line; blank lines are skipped
 * alice: Good morning everyone.
 * bob: 早上好！
 * </pre>
 *
 * The speaker is the text before the first {@code :} (1 to 32 letters, digits, {@code _} or {@code -}, so that it is
 * a valid user id for both clouds), the sentence is the rest, trimmed, and must not be empty. A bad line fails with its
 * line number.
 * <p>
 * Timeline: the first sentence starts 500 ms after the task starts running; a sentence lasts 400 ms per word of
 * Latin-script text plus 250 ms per CJK character (at least 1 s); the next one starts 600 ms after it ends. These are
 * speech milliseconds: the simulator plays them at the pace of one API second ({@link SimulatorTimings#apiSeconds}),
 * so with {@link SimulatorTimings#fast()} a minute of dialogue passes in three real seconds.
 */
public final class Dialogue {

    /** One sentence: who says what, from {@code startMs} to {@code endMs} speech milliseconds after the start. */
    public record Line(String speaker, String text, long startMs, long endMs) {
    }

    static final long FIRST_START_MS = 500;
    static final long PAUSE_MS = 600;
    static final long MIN_SENTENCE_MS = 1000;
    static final long MS_PER_WORD = 400;
    static final long MS_PER_CJK_CHARACTER = 250;
    /** Upper bounds: beyond these a script is a mistake, not a dialogue. */
    static final int MAX_LINES = 10_000;
    static final int MAX_SENTENCE_CHARS = 2_000;

    private static final Pattern SPEAKER = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final String SAMPLE_RESOURCE = "sample-dialogue.txt";

    private final String source;
    private final List<Line> lines;

    private Dialogue(String source, List<Line> lines) {
        this.source = source;
        this.lines = List.copyOf(lines);
    }

    /** The built-in dialogue: a stand-up meeting of three speakers ({@code alice}, {@code bob}, {@code chen}). */
    public static Dialogue sample() {
        try (InputStream in = Dialogue.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SAMPLE_RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in dialogue");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a script file (UTF-8). */
    public static Dialogue read(Path script) {
        Objects.requireNonNull(script, "script");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(script);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the dialogue script " + script + ": " + e.getMessage(), e);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return parse(text, script.toString());
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("dialogue script " + script + " is not UTF-8 text", e);
        }
    }

    /** Parses script text; {@code source} names it in error messages (e.g. the file name). */
    public static Dialogue parse(String script, String source) {
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(source, "source");
        List<Line> lines = new ArrayList<>();
        long start = FIRST_START_MS;
        String[] rows = script.split("\r\n|\r|\n", -1);
        for (int i = 0; i < rows.length; i++) {
            String row = i == 0 && rows[i].startsWith("\uFEFF") ? rows[i].substring(1) : rows[i];
            String trimmed = row.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int colon = trimmed.indexOf(':');
            String where = "dialogue script " + source + " line " + (i + 1) + ": ";
            if (colon < 0) {
                throw new IllegalArgumentException(where + "expected 'speaker: text', found no ':'");
            }
            String speaker = trimmed.substring(0, colon).strip();
            String text = trimmed.substring(colon + 1).strip();
            if (!SPEAKER.matcher(speaker).matches()) {
                throw new IllegalArgumentException(where + "speaker '" + speaker
                        + "' must be 1 to 32 letters, digits, '_' or '-'");
            }
            if (text.isEmpty()) {
                throw new IllegalArgumentException(where + "speaker " + speaker + " says nothing");
            }
            if (text.length() > MAX_SENTENCE_CHARS) {
                throw new IllegalArgumentException(where + "sentence longer than " + MAX_SENTENCE_CHARS
                        + " characters");
            }
            if (lines.size() == MAX_LINES) {
                throw new IllegalArgumentException(where + "more than " + MAX_LINES + " sentences");
            }
            long end = start + speechMillis(text);
            lines.add(new Line(speaker, text, start, end));
            start = end + PAUSE_MS;
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("dialogue script " + source + " has no 'speaker: text' line");
        }
        return new Dialogue(source, lines);
    }

    /** How long saying {@code text} takes, in speech milliseconds. */
    static long speechMillis(String text) {
        long cjk = 0;
        long words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                cjk++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    words++;
                }
                inWord = true;
            } else {
                inWord = inWord && (cp == '\'' || cp == '-');
            }
        }
        return Math.max(MIN_SENTENCE_MS, words * MS_PER_WORD + cjk * MS_PER_CJK_CHARACTER);
    }

    private static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /** The sentences in speaking order. */
    public List<Line> lines() {
        return lines;
    }

    /** The speakers in order of their first sentence. */
    public List<String> speakers() {
        LinkedHashSet<String> speakers = new LinkedHashSet<>();
        lines.forEach(l -> speakers.add(l.speaker()));
        return List.copyOf(speakers);
    }

    /** Where the dialogue came from: a file name, or "built-in dialogue". */
    public String source() {
        return source;
    }

    /** Speech milliseconds from the start to the end of the last sentence. */
    public long lengthMs() {
        return lines.get(lines.size() - 1).endMs();
    }

    @Override
    public String toString() {
        return "Dialogue[" + source + ", " + lines.size() + " sentences, " + speakers().size() + " speakers]";
    }
}
