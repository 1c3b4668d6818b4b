package org.isnad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code isnad} command. */
@Command(name = "isnad", mixinStandardHelpOptions = true, version = "isnad 0.1.0",
        description = "Reads Arabic news and opinion articles: who is mentioned, what is claimed, on whose "
                + "authority, with which numbers and dates.",
        subcommands = {AnalyzeCommand.class, EvalCommand.class, BenchCommand.class, IngestCommand.class,
                SearchCommand.class, ExportCommand.class, RecurringCommand.class, BenchSearchCommand.class,
                SynthCorpusCommand.class, ServeCommand.class, SolrCommand.class, CliticsCommand.class, BuildCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (for tests). */
    public static int run(String... args) {
        // the ZooKeeper client logs every failed connection attempt with a stack trace; the store says what went wrong
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.zookeeper", System.getProperty("org.slf4j.simpleLogger.log.org.apache.zookeeper", "off"));
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.solr", System.getProperty("org.slf4j.simpleLogger.log.org.apache.solr", "error"));
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("isnad: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        return cl.execute(args);
    }
}
