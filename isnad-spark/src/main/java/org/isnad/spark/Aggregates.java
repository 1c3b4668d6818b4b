package org.isnad.spark;

import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The aggregate tables, computed with Spark SQL from the flat tables just written:
 * {@code agg_outlets} (per outlet: articles, dates, tokens, claims by source type, the ten actors
 * named in most of its articles) and {@code agg_narratives} (per narrative: articles, outlets,
 * first and last date, the outlet of the earliest article).
 */
final class Aggregates {
    private static final String OUTLETS = """
            WITH a AS (SELECT outlet, count(*) AS articles, min(date) AS first_date, max(date) AS last_date,
                              sum(tokens) AS tokens, sum(claims) AS claims
                       FROM articles GROUP BY outlet),
                 c AS (SELECT outlet, source_type, count(*) AS n FROM claims GROUP BY outlet, source_type),
                 cm AS (SELECT outlet, map_from_entries(collect_list(struct(source_type, n))) AS claims_by_source_type
                        FROM c GROUP BY outlet),
                 m AS (SELECT outlet, entity_id, count(DISTINCT doc_id) AS docs FROM mentions
                       WHERE entity_id IS NOT NULL GROUP BY outlet, entity_id),
                 r AS (SELECT outlet, entity_id, docs,
                              row_number() OVER (PARTITION BY outlet ORDER BY docs DESC, entity_id) AS rk FROM m),
                 t AS (SELECT outlet, transform(array_sort(collect_list(struct(rk, entity_id, docs))),
                                                x -> named_struct('entity_id', x.entity_id, 'articles', x.docs)) AS top_actors
                       FROM r WHERE rk <= 10 GROUP BY outlet)
            SELECT a.outlet, a.articles, a.first_date, a.last_date, a.tokens, a.claims,
                   coalesce(cm.claims_by_source_type, map()) AS claims_by_source_type, t.top_actors
            FROM a LEFT JOIN cm ON a.outlet <=> cm.outlet LEFT JOIN t ON a.outlet <=> t.outlet
            ORDER BY a.articles DESC, a.outlet""";

    private static final String NARRATIVES = """
            SELECT narrative_id, count(DISTINCT doc_id) AS articles, count(DISTINCT outlet) AS outlets,
                   min(date) AS first_date, max(date) AS last_date, min_by(outlet, date) AS first_outlet
            FROM narratives GROUP BY narrative_id ORDER BY articles DESC, narrative_id""";

    private Aggregates() {}

    static void write(SparkSession spark, String out) {
        for (String t : new String[] {"articles", "claims", "mentions", "narratives"}) {
            spark.read().parquet(out + "/" + t).createOrReplaceTempView(t);
        }
        spark.sql(OUTLETS).write().mode(SaveMode.Overwrite).parquet(out + "/agg_outlets");
        spark.sql(NARRATIVES).write().mode(SaveMode.Overwrite).parquet(out + "/agg_narratives");
    }
}
