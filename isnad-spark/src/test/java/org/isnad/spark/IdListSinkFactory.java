package org.isnad.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.isnad.core.model.Document;
import org.isnad.corpus.store.ArticleRecord;

/** A test sink: writes "id TAB outlet TAB claims" per article to DIR/part-N.tsv when its partition closes (option dir). */
public final class IdListSinkFactory implements AnalysisSinkFactory {
    @Override
    public AnalysisSink open(Map<String, String> options, int partition) {
        Path file = Path.of(options.get("dir"), "part-" + partition + ".tsv");
        List<String> lines = new ArrayList<>();
        return new AnalysisSink() {
            @Override
            public void accept(ArticleRecord record, Document analysis) {
                lines.add(record.id() + "\t" + record.outlet() + "\t"
                        + analysis.getOr(org.isnad.core.model.Layer.CLAIMS, List.of()).size());
            }

            @Override
            public void close() throws IOException {
                Files.write(file, lines, StandardCharsets.UTF_8);
            }
        };
    }
}
