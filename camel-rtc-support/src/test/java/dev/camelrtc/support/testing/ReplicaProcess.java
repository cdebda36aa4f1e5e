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
package dev.camelrtc.support.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * One replica of a multi-JVM test: a main class in a JVM of its own, started with the test's classpath and its
 * secrets in the environment (not on the command line); keeps the lines it prints, with when they arrived. Its log
 * goes to {@code target/cluster-replicas/NAME.log}.
 */
public final class ReplicaProcess implements AutoCloseable {

    /** A line the replica printed, and the test JVM's {@link System#nanoTime} when it was read. */
    public record Line(String text, long nanos) {
    }

    private final String name;
    private final Process process;
    private final List<Line> lines = new CopyOnWriteArrayList<>();

    private ReplicaProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        Thread reader = new Thread(this::read, "replica-" + name + "-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Runs {@code main} with {@code args}, its environment the test's plus {@code environment} (e.g. credentials, the
     * database's address and password).
     */
    public static ReplicaProcess start(Class<?> main, String name, Map<String, String> environment, String... args)
            throws IOException {
        Path logs = Files.createDirectories(Paths.get("target", "cluster-replicas"));
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(logs.resolve(name + ".log").toFile());
        builder.environment().putAll(environment);
        return new ReplicaProcess(name, builder.start());
    }

    private void read() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(new Line(line, System.nanoTime()));
            }
        } catch (IOException ended) {
            // the process was destroyed
        }
    }

    public String name() {
        return name;
    }

    /** When the replica printed {@code text} (first time), or -1. */
    public long printed(String text) {
        return lines.stream().filter(l -> l.text().equals(text)).mapToLong(Line::nanos).findFirst().orElse(-1);
    }

    /** The lines the replica printed that start with {@code prefix}, in order. */
    public List<String> printedStartingWith(String prefix) {
        return lines.stream().map(Line::text).filter(t -> t.startsWith(prefix)).toList();
    }

    /** The last line the replica printed that is one of {@code texts}, or null. */
    public Line lastOf(String... texts) {
        List<String> wanted = List.of(texts);
        return lines.stream().filter(l -> wanted.contains(l.text())).reduce((first, second) -> second).orElse(null);
    }

    /** The callback port the replica printed ({@code PORT NAME N}). */
    public int port() {
        return lines.stream().map(Line::text).filter(t -> t.startsWith("PORT " + name + " "))
                .mapToInt(t -> Integer.parseInt(t.substring(t.lastIndexOf(' ') + 1))).findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " printed no port"));
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Sends one line to the replica's standard input. */
    public void tell(String line) throws IOException {
        OutputStream in = process.getOutputStream();
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** Kills the JVM at once, as a crashed pod or a kill -9 would; returns the test JVM's nanoTime of the kill. */
    public long kill() throws InterruptedException {
        long now = System.nanoTime();
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        return now;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Override
    public String toString() {
        return name + (alive() ? "" : " (ended)") + " printed " + lines.stream().map(Line::text).toList();
    }
}
