package org.wirefold.launcher.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wirefold.processor.facts.Quantity;
import org.wirefold.processor.facts.QuantityExtractor;

class QuantityScoresTest {

    private static Quantity q(double value, Double upper, String change, String unit) {
        return new Quantity(value, upper, change, unit, "", "", 0, 0);
    }

    @Test
    void shouldScoreValueChangeAndUnitSeparately() {
        Map<String, List<QuantityScores.Gold>> gold = Map.of("s1", List.of(
                new QuantityScores.Gold("123.0", "=", "political prisoners", "political prisoner"),
                new QuantityScores.Gold("19.0", "up", "per cent", "percentage"),
                new QuantityScores.Gold("252.0-287.0", "=", "miles", "mile")));
        Map<String, List<Quantity>> predicted = Map.of("s1", List.of(
                q(123, null, "=", "prisoners"),
                q(19, null, "~", "%"),
                q(252, 287.0, "=", "km"),
                q(7, null, "=", "")));
        QuantityScores.Result r = QuantityScores.score(predicted, gold);
        assertEquals(3, r.value().matched());
        assertEquals(4, r.value().predicted());
        assertEquals(3, r.value().gold());
        assertEquals(0.75, r.value().precision(), 1e-9);
        assertEquals(2, r.valueChange().matched());
        assertEquals(2, r.valueUnit().matched());
    }

    @Test
    void shouldMatchEachGoldQuantityOnce() {
        Map<String, List<QuantityScores.Gold>> gold = Map.of("s", List.of(new QuantityScores.Gold("5", "=", "-", "-")));
        Map<String, List<Quantity>> predicted = Map.of("s", List.of(q(5, null, "=", ""), q(5, null, "=", "")));
        QuantityScores.Result r = QuantityScores.score(predicted, gold);
        assertEquals(1, r.value().matched());
        assertEquals(0.5, r.value().precision(), 1e-9);
        assertEquals(1.0, r.valueUnit().recall(), 1e-9);
    }

    @Test
    void shouldParseGoldValues() {
        assertArrayEquals(new double[] {-5, -5}, QuantityScores.parseValue("-5.0"));
        assertArrayEquals(new double[] {1.99e-29, 1.99e-29}, QuantityScores.parseValue("1.99E-29"));
        assertArrayEquals(new double[] {3, 4}, QuantityScores.parseValue("3.0 - 4.0"));
        assertArrayEquals(new double[] {36040, 34935}, QuantityScores.parseValue("36040.0-34935.0"));
        assertEquals("percent", QuantityScores.unitHead("per cent"));
        assertEquals("dollar", QuantityScores.unitHead("US$ per barrel"));
        assertEquals("player", QuantityScores.unitHead("first-team players"));
    }

    @Test
    void shouldReachTargetsOnNewsQuantDevSet() throws IOException {
        Path sentences = SharedData.file("corpus/dev/newsquant.sentences.jsonl");
        Path goldFile = SharedData.file("corpus/dev/newsquant.gold.jsonl");
        assumeTrue(sentences != null && goldFile != null, "../shared/corpus/dev/newsquant.* not present");
        QuantityExtractor extractor = new QuantityExtractor();
        Map<String, List<Quantity>> predicted = new LinkedHashMap<>();
        for (JsonNode n : GoldFile.lines(sentences)) {
            predicted.put(n.get("id").asText(), extractor.extract(n.get("text").asText()));
        }
        QuantityScores.Result r = QuantityScores.score(predicted, QuantityScores.readGold(goldFile));
        System.out.print("newsquant dev " + r.summary());
        assertTrue(r.value().f1() >= 0.93, r::summary);
        assertTrue(r.valueChange().f1() >= 0.90, r::summary);
        assertTrue(r.valueUnit().f1() >= 0.87, r::summary);
    }
}
