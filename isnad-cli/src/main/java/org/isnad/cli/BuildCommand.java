package org.isnad.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.isnad.arabic.actor.build.CatalogueBuilder;
import org.isnad.arabic.text.LexiconBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code isnad build ...}: the reproducible commands that derive shipped resources from the
 * datasets in {@code ../shared/data}. Each writes sorted, deterministic output.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Rebuilds shipped resources from the datasets (../shared/data); output is deterministic.",
        subcommands = {BuildCommand.WordForms.class, BuildCommand.Catalogue.class})
final class BuildCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "wordforms", mixinStandardHelpOptions = true,
            description = "The proclitic segmenter's word-form lexicon (isnad/ar/text/wordforms.tsv.gz).")
    static final class WordForms implements Callable<Integer> {
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

    @Command(name = "catalogue", mixinStandardHelpOptions = true,
            description = "The generated actor catalogue files (countries, institutions, places, cameo) in isnad/ar/actor/.")
    static final class Catalogue implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DATA_DIR", description = "The datasets folder (../shared/data).")
        Path data;

        @Parameters(index = "1", paramLabel = "OUT_DIR", description = "The resource folder to write (isnad-arabic/src/main/resources/isnad/ar/actor).")
        Path out;

        @Override
        public Integer call() throws Exception {
            CatalogueBuilder.main(new String[] {data.toString(), out.toString()});
            return 0;
        }
    }
}
