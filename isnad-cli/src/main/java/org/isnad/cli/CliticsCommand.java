package org.isnad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.arabic.text.CliticEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad clitics eval}: score the proclitic segmenter. */
@Command(name = "clitics", mixinStandardHelpOptions = true,
        description = "Proclitic segmentation: evaluate on UD CoNLL-U files (rebuild its lexicon with `isnad build wordforms`).",
        subcommands = {CliticsCommand.Eval.class})
final class CliticsCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = "Word-level accuracy of the proclitic cut on UD Arabic CoNLL-U files (clitic tokens re-attached).")
    static final class Eval implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "CONLLU")
        List<Path> files;

        @Option(names = "--errors", defaultValue = "0", description = "Print this many errors.")
        int errors;

        @Override
        public Integer call() throws Exception {
            List<String> args = new ArrayList<>(List.of("-errors", Integer.toString(errors)));
            files.forEach(f -> args.add(f.toString()));
            CliticEvaluation.main(args.toArray(String[]::new));
            return 0;
        }
    }
}
