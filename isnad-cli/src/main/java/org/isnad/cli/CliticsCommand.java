package org.isnad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.arabic.text.CliticEvaluation;
import org.isnad.arabic.text.LexiconBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad clitics}: rebuild the segmenter's word-form lexicon, or score the segmenter. */
@Command(name = "clitics", mixinStandardHelpOptions = true,
        description = "Proclitic segmentation: build the word-form lexicon from the datasets, or evaluate on UD CoNLL-U files.",
        subcommands = {CliticsCommand.Build.class, CliticsCommand.Eval.class})
final class CliticsCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "build-lexicon", mixinStandardHelpOptions = true,
            description = "Rebuilds isnad/ar/text/wordforms.tsv.gz from ../shared/data (shippable sources only; deterministic).")
    static final class Build implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DATA_DIR", description = "The datasets folder (../shared/data).")
        Path data;

        @Parameters(index = "1", paramLabel = "OUT", description = "Output file (.tsv or .tsv.gz).")
        Path out;

        @Override
        public Integer call() throws Exception {
            LexiconBuilder.main(new String[] {data.toString(), out.toString()});
            return 0;
        }
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
