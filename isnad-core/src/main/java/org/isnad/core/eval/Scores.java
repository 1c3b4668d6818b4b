package org.isnad.core.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.isnad.core.json.DocumentJson;

/** The figures of one evaluation: P/R/F1 per layer, ratios over matched pairs, missing outputs. */
public record Scores(Map<String, Prf> prf, Map<String, Double> ratios, List<String> missing) {

    /** Precision, recall, F1 with the counts they come from. */
    public record Prf(double p, double r, double f1, int tp, int sys, int gold) {
        static Prf of(int tp, int sys, int gold) {
            double p = sys == 0 ? 0 : (double) tp / sys;
            double r = gold == 0 ? 0 : (double) tp / gold;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return new Prf(round4(p), round4(r), round4(f), tp, sys, gold);
        }
    }

    /** Python's {@code round(x, 4)}: round half to even on the double's exact decimal value. */
    static double round4(double x) {
        return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** The same lines as score.py prints. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        for (String k : Scorer.PRF_KEYS) {
            Prf v = prf.get(k);
            sb.append(String.format(Locale.ROOT, "%-10s P=%.3f R=%.3f F1=%.3f (tp=%d sys=%d gold=%d)%n",
                    k, v.p, v.r, v.f1, v.tp, v.sys, v.gold));
        }
        sb.append("b3_f1 ").append(py(ratios.get("b3_f1")))
                .append(" claim source ").append(py(ratios.get("c_source")))
                .append(" type ").append(py(ratios.get("c_type")))
                .append(" via ").append(py(ratios.get("c_via")))
                .append(" polarity ").append(py(ratios.get("c_pol")))
                .append(" quant value ").append(py(ratios.get("q_value")))
                .append(" time value ").append(py(ratios.get("t_value")))
                .append(" event args ").append(py(ratios.get("e_args"))).append('\n');
        if (!missing.isEmpty()) {
            sb.append("missing outputs: ").append(String.join(", ", missing)).append('\n');
        }
        return sb.toString();
    }

    /** Python's repr of a float or None. */
    private static String py(Double d) {
        if (d == null) {
            return "None";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e16) {
            return String.format(Locale.ROOT, "%.1f", d);
        }
        return Double.toString(d);
    }

    public ObjectNode toJson() {
        ObjectNode root = DocumentJson.MAPPER.createObjectNode();
        prf.forEach((k, v) -> root.putObject(k).put("p", v.p).put("r", v.r).put("f1", v.f1)
                .put("tp", v.tp).put("sys", v.sys).put("gold", v.gold));
        ratios.forEach((k, v) -> {
            if (v == null) {
                root.putNull(k);
            } else {
                root.put(k, v);
            }
        });
        missing.forEach(root.putArray("missing")::add);
        return root;
    }
}
