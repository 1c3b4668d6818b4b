package org.isnad.spark;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.corpus.store.ArticleRecord;
import org.isnad.corpus.store.CorpusStore;
import org.isnad.solr.SolrCorpusStore;
import org.isnad.solr.SolrTarget;

/**
 * Writes the job's articles into a SolrCloud collection ({@code --solr ZK_HOSTS/COLLECTION}, or
 * {@code --sink-factory org.isnad.spark.SolrSinkFactory --sink-option solr=ZK_HOSTS/COLLECTION}): each
 * partition opens a {@link SolrCorpusStore} on the target (the collection must exist: {@code isnad solr
 * create}), adds its articles with their analyses and dedup keys, and commits when it ends. The corpus then
 * answers the API as one ingested with {@code isnad solr index INPUT...}, but for what the job does not do:
 * no duplicate detection (every article is kept, as in the Parquet tables), an empty ingest state, and
 * {@code origin} as the job names a record ({@code FILE (offset N)}, not {@code FILE:LINE}).
 *
 * <p>Order: the store orders ties of a search, and searches without words, by {@code seq}. The job's own
 * {@code seq} counts within a partition, so it recurs across partitions and would leave that order to
 * chance; this factory gives each article the byte offset of its record in its input file instead (JSONL
 * line, WARC record), read from the origin. Within one input file this is the input order, the order the
 * embedded store's ingest of that file gives, whatever the partitioning. Across files, articles are ordered
 * by offset (the embedded ingest puts a whole file before the next): the order is still the same on every
 * run, but ties between articles of two input files may come in another order than in the embedded store.
 * A record whose origin names no offset (none the job makes today) keeps the job's {@code seq}.
 */
public final class SolrSinkFactory extends CorpusStoreSinkFactory {
    /** The option holding the target, {@code ZK_HOSTS/COLLECTION} or {@code ZK_HOSTS/CHROOT/COLLECTION}. */
    public static final String TARGET_OPTION = "solr";

    /** How the job writes a record's place into the origin: {@code FILE (offset N)}. */
    private static final Pattern OFFSET = Pattern.compile("\\(offset (\\d+)\\)$");

    @Override
    protected CorpusStore openStore(Map<String, String> options, int partition) throws IOException {
        String target = options.get(TARGET_OPTION);
        if (target == null) {
            throw new IllegalArgumentException(getClass().getName() + " needs --sink-option " + TARGET_OPTION + "=ZK_HOSTS/COLLECTION");
        }
        return SolrCorpusStore.open(SolrTarget.parse(target));
    }

    @Override
    protected ArticleRecord stored(ArticleRecord r) {
        long seq = inputOffset(r.origin());
        return seq < 0 ? r : new ArticleRecord(r.id(), seq, r.url(), r.outlet(), r.title(), r.date(), r.text(), r.origin(),
                r.analysisJson(), r.sentences());
    }

    /** The byte offset in the job's origin {@code FILE (offset N)}, or -1 when it names none. */
    static long inputOffset(String origin) {
        Matcher m = origin == null ? null : OFFSET.matcher(origin);
        return m != null && m.find() ? Long.parseLong(m.group(1)) : -1;
    }
}
