package org.wirefold.common.serde;

import org.wirefold.common.model.Article;
import org.wirefold.common.model.ArticleResult;
import org.wirefold.common.model.DeadLetter;
import org.wirefold.common.model.FactUpdate;
import org.wirefold.common.model.Story;

/** The serdes of the public topics, one instance each. */
public final class Serdes {
    public static final JsonSerde<Article> ARTICLE = JsonSerde.of(Article.class);
    public static final JsonSerde<DeadLetter> DEAD_LETTER = JsonSerde.of(DeadLetter.class);
    public static final JsonSerde<ArticleResult> ARTICLE_RESULT = JsonSerde.of(ArticleResult.class);
    public static final JsonSerde<Story> STORY = JsonSerde.of(Story.class);
    public static final JsonSerde<FactUpdate> FACT_UPDATE = JsonSerde.of(FactUpdate.class);

    private Serdes() {
    }
}
