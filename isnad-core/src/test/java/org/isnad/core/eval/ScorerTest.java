package org.isnad.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scorer on small hand-made gold/system pairs whose figures are worked out by hand. */
class ScorerTest {
    private static final ObjectMapper M = new ObjectMapper();

    private static JsonNode j(String json) throws Exception {
        return M.readTree(json.replace('\'', '"'));
    }

    @Test
    void quantitiesMatchOnOverlapAndCompareValueMaxAndUnit() throws Exception {
        JsonNode gold = j("{'quantities':[{'start':0,'end':10,'value':7000000000,'value_max':9000000000,'unit':'USD'},"
                + "{'start':20,'end':25,'value':100,'value_max':null,'unit':'count'},"
                + "{'start':40,'end':45,'value':6,'value_max':null,'unit':'year'}]}");
        JsonNode sys = j("{'quantities':[{'start':2,'end':8,'value':7.0E9,'value_max':9000000000,'unit':'USD'},"
                + "{'start':24,'end':30,'value':100,'unit':'percent'},"
                + "{'start':50,'end':55,'value':1,'unit':'count'}]}");
        Scores s = Scorer.score(Map.of("a.json", gold), Map.of("a.json", sys));
        Scores.Prf q = s.prf().get("quant");
        assertEquals(2, q.tp());
        assertEquals(3, q.sys());
        assertEquals(3, q.gold());
        assertEquals(0.6667, q.f1());
        // first pair equal (7.0E9 == 7000000000), second differs in unit
        assertEquals(0.5, s.ratios().get("q_value"));
    }

    @Test
    void greedyMatchingPrefersLargestOverlapOneToOne() throws Exception {
        JsonNode gold = j("{'times':[{'start':0,'end':10,'value':'2014'},{'start':8,'end':12,'value':'P1D'}]}");
        JsonNode sys = j("{'times':[{'start':7,'end':12,'value':'P1D'}]}");
        Scores s = Scorer.score(Map.of("a.json", gold), Map.of("a.json", sys));
        // overlaps: gold0 3 chars, gold1 4 chars -> sys0 goes to gold1
        assertEquals(1, s.prf().get("times").tp());
        assertEquals(1.0, s.ratios().get("t_value"));
        assertEquals(0.5, s.prf().get("times").r());
    }

    @Test
    void mentionsStrictLenientAndBcubed() throws Exception {
        JsonNode gold = j("{'entities':[{'id':'isis','type':'ORG','mentions':[{'start':0,'end':4},{'start':10,'end':17}]},"
                + "{'id':'usa','type':'GPE','mentions':[{'start':20,'end':26}]}]}");
        // system merges everything into one entity and gets one span boundary wrong
        JsonNode sys = j("{'entities':[{'id':'e1','type':'ORG','mentions':[{'start':0,'end':4},{'start':10,'end':15}]},"
                + "{'id':'e1','type':'GPE','mentions':[{'start':20,'end':26}]}]}");
        Scores s = Scorer.score(Map.of("a.json", gold), Map.of("a.json", sys));
        assertEquals(2, s.prf().get("m_strict").tp());
        assertEquals(3, s.prf().get("m_lenient").tp());
        // B3 precision: each mention's system cluster has 3, of which 2 (isis) or 1 (usa) correct
        assertEquals(0.5556, s.ratios().get("b3_p"));
        assertEquals(1.0, s.ratios().get("b3_r"));
        assertEquals(0.7143, s.ratios().get("b3_f1"));
    }

    @Test
    void claimsMatchByContentHalfOverlapOrCueAndCompareAttributes() throws Exception {
        JsonNode gold = j("{'claims':[{'cue':{'start':0,'end':4},'source':{'start':5,'end':10},'source_type':'anonymous',"
                + "'via':[{'start':30,'end':35,'entity':'sputnik'}],'content':{'start':12,'end':40},'polarity':'affirm'},"
                + "{'cue':{'start':50,'end':53},'source':null,'source_type':'organization','via':[],"
                + "'content':{'start':54,'end':90},'polarity':'deny'}]}");
        JsonNode sys = j("{'claims':[{'cue':{'start':0,'end':4},'source':{'start':6,'end':8},'source_type':'anonymous',"
                + "'via':[{'entity':'sputnik'}],'content':{'start':20,'end':30}},"
                + "{'cue':{'start':60,'end':62},'source':null,'source_type':'media','via':[],"
                + "'content':{'start':95,'end':99},'polarity':'deny'}]}");
        Scores s = Scorer.score(Map.of("a.json", gold), Map.of("a.json", sys));
        // first by content (10 of 10 chars), second by... neither content nor cue overlaps -> no match
        assertEquals(1, s.prf().get("claims").tp());
        assertEquals(1.0, s.ratios().get("c_source"));
        assertEquals(1.0, s.ratios().get("c_type"));
        assertEquals(1.0, s.ratios().get("c_via"));
        assertEquals(1.0, s.ratios().get("c_pol"));
    }

    @Test
    void boilerplateIsScoredPerCharacterAndMissingOutputsAreListed() throws Exception {
        JsonNode gold = j("{'boilerplate':[{'start':0,'end':10},{'start':20,'end':30}]}");
        JsonNode sys = j("{'boilerplate':[{'start':5,'end':25}]}");
        Scores s = Scorer.score(Map.of("a.json", gold, "b.json", gold), Map.of("a.json", sys));
        Scores.Prf b = s.prf().get("boiler");
        assertEquals(10, b.tp());
        assertEquals(20, b.sys());
        assertEquals(40, b.gold());
        assertEquals(java.util.List.of("b.json"), s.missing());
        assertNull(s.ratios().get("c_type"));
    }

    @Test
    void tableHasScorePyLayout() throws Exception {
        JsonNode gold = j("{'narratives':[{'id':'a'},{'id':'b'}]}");
        JsonNode sys = j("{'narratives':[{'id':'a'},{'id':'c'},{'id':'d'}]}");
        String t = Scorer.score(Map.of("x.json", gold), Map.of("x.json", sys)).table();
        org.junit.jupiter.api.Assertions.assertTrue(
                t.contains("narr       P=0.333 R=0.500 F1=0.400 (tp=1 sys=3 gold=2)"), t);
        org.junit.jupiter.api.Assertions.assertTrue(t.contains("b3_f1 0.0 claim source None"), t);
    }
}
