package org.dangjiandesk.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** {@link FaultChild} in its own JVM, on the test class path, with its report lines collected as they come. */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final BlockingQueue<String> pending = new LinkedBlockingQueue<>();
    private final List<String> all = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Thread reader;

    private ChildJvm(Process process) {
        this.process = process;
        this.reader = new Thread(this::readOutput, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    static ChildJvm start(List<String> jvmOptions, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(FaultChild.class.getName());
        cmd.addAll(List.of(args));
        try {
            return new ChildJvm(new ProcessBuilder(cmd).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readOutput() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                all.add(line);
                if (line.startsWith(FaultChild.MARK)) {
                    pending.add(line.substring(FaultChild.MARK.length()));
                }
            }
        } catch (IOException e) {
            // the child was killed
        } finally {
            pending.add("<EOF>");
        }
    }

    /** The next report line starting with {@code prefix} (others are skipped); fails on timeout or exit. */
    String await(String prefix, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line = pending.poll(Math.max(1, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("no '" + prefix + "' from the child within " + timeout + ":\n" + tail());
            }
            if (line.equals("<EOF>")) {
                throw new AssertionError("the child ended before '" + prefix + "':\n" + tail());
            }
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    /** kill -9 (SIGKILL on Linux): no shutdown hook, no flush, no clean close. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        reader.join(10_000);
    }

    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new AssertionError("the child did not end within " + timeout + ":\n" + tail());
        }
        reader.join(10_000);
        return process.exitValue();
    }

    /** Every report line (without the mark) so far, in order. */
    List<String> reports() {
        synchronized (all) {
            return all.stream().filter(l -> l.startsWith(FaultChild.MARK))
                    .map(l -> l.substring(FaultChild.MARK.length())).toList();
        }
    }

    String tail() {
        synchronized (all) {
            return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
