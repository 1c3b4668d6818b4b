package org.isnad.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.isnad.corpus.ingest.Inputs;
import org.isnad.corpus.ingest.RecordError;

/**
 * Lists the job's input files on the driver, through Hadoop's file systems (local paths,
 * {@code hdfs://}, {@code s3a://} ...): a folder stands for its JSONL and WARC files, recursively
 * (names starting with {@code .} or {@code _} skipped, as Spark does); globs are expanded. A path
 * that matches nothing, or a file named explicitly in another format, becomes an error record.
 */
final class InputFilesLister {

    /** What was found: JSONL and WARC files with their sizes, and the inputs that could not be used. */
    record Listing(List<String> jsonl, long jsonlBytes, List<String> warc, long warcBytes, List<InputRecord> errors) {}

    private InputFilesLister() {}

    static Listing list(List<String> inputs, Configuration conf) throws IOException {
        List<String> jsonl = new ArrayList<>();
        List<String> warc = new ArrayList<>();
        List<InputRecord> errors = new ArrayList<>();
        long[] bytes = {0, 0};
        for (String input : inputs) {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(input);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(p);
            if (matches == null || matches.length == 0) {
                errors.add(InputRecord.of(new RecordError(input, "", "no such file or folder")));
                continue;
            }
            for (FileStatus m : matches) {
                if (m.isDirectory()) {
                    RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
                    List<FileStatus> files = new ArrayList<>();
                    while (it.hasNext()) {
                        LocatedFileStatus f = it.next();
                        if (!hidden(f.getPath(), m.getPath())) {
                            files.add(f);
                        }
                    }
                    files.sort(java.util.Comparator.comparing(f -> f.getPath().toString()));
                    for (FileStatus f : files) {
                        add(f, jsonl, warc, bytes, null);
                    }
                } else {
                    add(m, jsonl, warc, bytes, errors);
                }
            }
        }
        return new Listing(jsonl, bytes[0], warc, bytes[1], errors);
    }

    /** Adds a file by its format; {@code errors} null means "inside a folder": other formats are passed over. */
    private static void add(FileStatus f, List<String> jsonl, List<String> warc, long[] bytes, List<InputRecord> errors) {
        String name = f.getPath().toString();
        Inputs.Format format = Inputs.formatOf(Path.of(f.getPath().getName()));
        if (format == Inputs.Format.JSONL) {
            jsonl.add(name);
            bytes[0] += f.getLen();
        } else if (format == Inputs.Format.WARC) {
            warc.add(name);
            bytes[1] += f.getLen();
        } else if (errors != null) {
            errors.add(InputRecord.of(new RecordError(name, "", "not a JSONL (.jsonl, .ndjson, .gz) or WARC (.warc, .warc.gz) file")));
        }
    }

    private static boolean hidden(org.apache.hadoop.fs.Path file, org.apache.hadoop.fs.Path root) {
        for (org.apache.hadoop.fs.Path p = file; p != null && !p.equals(root); p = p.getParent()) {
            if (p.getName().startsWith(".") || p.getName().startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}
