package org.wirefold.launcher.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirefold.common.model.Article;

/**
 * A proxy for topic drift on a wire feed without story gold: results and dividend items whose headline names a ticker
 * ({@code "COBANCO INC <CBCO> YEAR NET"}) report one company each, so two such items of different tickers should never
 * share a story. Scored as B-cubed precision of the predicted stories against the ticker, over those items only.
 * A heuristic for Reuters-style headlines, used by the offline harness; not a gold standard.
 */
final class TickerPrecision {
    private static final Pattern TICKER = Pattern.compile("<([A-Z.]{1,8})>");
    private static final Pattern RESULTS = Pattern.compile("\\b(?:NET|LOSS|PROFIT|DIVIDEND|PAYOUT|DIV)$");

    private TickerPrecision() {
    }

    /** Precision and the number of templated items scored. */
    record Result(double precision, int items) {
    }

    static Result score(List<Article> feed, Map<String, String> storyByArticle) {
        Map<String, String> ticker = new HashMap<>();
        Map<String, List<String>> byStory = new HashMap<>();
        for (Article a : feed) {
            String title = a.title() == null ? "" : a.title().strip();
            Matcher m = TICKER.matcher(title);
            String story = storyByArticle.get(a.id());
            if (story != null && m.find() && RESULTS.matcher(title).find()) {
                ticker.put(a.id(), m.group(1));
                byStory.computeIfAbsent(story, k -> new ArrayList<>()).add(a.id());
            }
        }
        double sum = 0;
        for (List<String> members : byStory.values()) {
            for (String id : members) {
                long same = members.stream().filter(o -> ticker.get(o).equals(ticker.get(id))).count();
                sum += (double) same / members.size();
            }
        }
        return new Result(ticker.isEmpty() ? 1 : sum / ticker.size(), ticker.size());
    }
}
