package org.wirefold.processor.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wirefold.common.model.Article;
import org.wirefold.common.model.ArticleResult;
import org.wirefold.common.model.Fact;
import org.wirefold.common.model.Story;
import org.wirefold.common.model.StoryFact;
import org.wirefold.processor.facts.ArticleFacts;
import org.wirefold.processor.facts.FactConsolidator;
import org.wirefold.processor.facts.PeopleExtractor;
import org.wirefold.processor.model.CleanArticle;
import org.wirefold.processor.model.StoryAggregate;

/**
 * The pure state transitions of a story aggregate: add an article, mark merged, absorb a merged story.
 *
 * <p>An aggregate is bounded however many articles its story gets, so it always fits one Kafka record (the store's
 * changelog and the story document): {@code maxMembers} members listed (headlines cut at 200 characters), the facts
 * of at most {@code maxFactArticles} fact-bearing articles (the earliest sixth and the latest ones by publication
 * time, so the same articles in any order keep the same set; at most 16 facts each), 500 spellings of people
 * (the least mentioned dropped), and per fact a bounded history and candidate list ({@link FactConsolidator}).
 */
final class StoryAggregates {
    private static final int TITLE_CHARS = 200;
    private static final int FACTS_PER_ARTICLE = 16;
    private static final int MAX_SPELLINGS = 500;
    private static final Comparator<ArticleFacts> BY_PUBLICATION = Comparator.comparing(ArticleFacts::published,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(ArticleFacts::articleId);

    private final FactConsolidator consolidator;
    private final PeopleExtractor people;
    private final int maxMembers;
    private final int maxFactArticles;

    StoryAggregates(FactConsolidator consolidator, PeopleExtractor people, int maxMembers, int maxFactArticles) {
        this.consolidator = consolidator;
        this.people = people;
        this.maxMembers = maxMembers;
        this.maxFactArticles = maxFactArticles;
    }

    static StoryAggregate empty(String id) {
        return new StoryAggregate(id, null, List.of(), 0, List.of(), List.of(), Map.of(), List.of(), null, null,
                null, List.of(), null, 0, null);
    }

    static boolean hasMember(StoryAggregate agg, String articleId) {
        return agg.members().stream().anyMatch(m -> m.id().equals(articleId));
    }

    /** Adds a member; a duplicate is listed but contributes no facts or mentions. */
    StoryAggregate add(StoryAggregate agg, CleanArticle clean, String duplicateOf, Instant now) {
        Article a = clean.article();
        List<Story.Member> members = new ArrayList<>(agg.members());
        if (members.size() < maxMembers) {
            members.add(new Story.Member(a.id(), a.source(), a.url(), cut(a.title()), a.published(), duplicateOf));
        }
        String headline = agg.headline() == null && duplicateOf == null && !a.title().isBlank() ? a.title().strip()
                : agg.headline() == null ? firstLine(clean.text()) : agg.headline();
        List<ArticleFacts> articleFacts = agg.articleFacts();
        Map<String, Integer> mentions = agg.peopleMentions();
        List<StoryFact> facts = agg.facts();
        List<Story.Person> persons = agg.people();
        // an article without facts (or people) leaves the consolidated facts (or people) as they are
        if (duplicateOf == null && !clean.facts().isEmpty()) {
            articleFacts = new ArrayList<>(articleFacts);
            articleFacts.add(factsOf(clean));
            articleFacts = bounded(articleFacts);
            facts = consolidator.consolidate(facts, articleFacts, a.id(), a.published());
        }
        if (duplicateOf == null && !clean.people().isEmpty()) {
            mentions = new HashMap<>(mentions);
            for (String name : clean.people()) {
                mentions.merge(name, 1, Integer::sum);
            }
            mentions = bounded(mentions);
            persons = people.merge(mentions);
        }
        return new StoryAggregate(agg.id(), headline, members, agg.memberCount() + 1, articleFacts, facts, mentions,
                persons, min(agg.firstSeen(), a.published()), max(agg.lastSeen(), a.published()), agg.mergedInto(),
                agg.mergedFrom(), agg.splitFrom(), agg.version() + 1, now);
    }

    /**
     * Replaces the facts of a member sent again under the same id with changed text (an updated version).
     * Mentions of people are not recounted.
     */
    StoryAggregate replace(StoryAggregate agg, CleanArticle clean, Instant now) {
        Article a = clean.article();
        ArticleFacts updated = factsOf(clean);
        List<ArticleFacts> articleFacts = new ArrayList<>(agg.articleFacts().stream()
                .map(f -> f.articleId().equals(a.id()) ? updated : f).filter(f -> !f.facts().isEmpty()).toList());
        if (!updated.facts().isEmpty() && articleFacts.stream().noneMatch(f -> f.articleId().equals(a.id()))) {
            articleFacts.add(updated);
        }
        articleFacts = bounded(articleFacts);
        List<StoryFact> facts = consolidator.consolidate(agg.facts(), articleFacts, a.id(), a.published());
        return new StoryAggregate(agg.id(), agg.headline(), agg.members(), agg.memberCount(), articleFacts, facts,
                agg.peopleMentions(), agg.people(), agg.firstSeen(), max(agg.lastSeen(), a.published()),
                agg.mergedInto(), agg.mergedFrom(), agg.splitFrom(), agg.version() + 1, now);
    }

    static StoryAggregate markMerged(StoryAggregate agg, String into, Instant now) {
        return new StoryAggregate(agg.id(), agg.headline(), agg.members(), agg.memberCount(), agg.articleFacts(),
                agg.facts(), agg.peopleMentions(), agg.people(), agg.firstSeen(), agg.lastSeen(), into,
                agg.mergedFrom(), agg.splitFrom(), agg.version() + 1, now);
    }

    /** Folds the part split off another story into the story it became, already started by a newer article. */
    StoryAggregate absorbSplit(StoryAggregate agg, StoryAggregate part, Instant now) {
        return fold(agg, part, now, false);
    }

    /** Folds a merged-away story into {@code agg}; facts are consolidated anew over both stories' articles. */
    StoryAggregate absorb(StoryAggregate agg, StoryAggregate other, Instant now) {
        return fold(agg, other, now, true);
    }

    /** {@code other}'s members, facts and mentions into {@code agg}; a merge is recorded in {@code mergedFrom}. */
    private StoryAggregate fold(StoryAggregate agg, StoryAggregate other, Instant now, boolean merge) {
        Map<String, Story.Member> members = new LinkedHashMap<>();
        agg.members().forEach(m -> members.put(m.id(), m));
        other.members().forEach(m -> members.putIfAbsent(m.id(), m));
        List<Story.Member> memberList = members.values().stream()
                .sorted(Comparator.comparing(Story.Member::published, Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(maxMembers).toList();
        Map<String, ArticleFacts> byArticle = new LinkedHashMap<>();
        agg.articleFacts().forEach(f -> byArticle.put(f.articleId(), f));
        other.articleFacts().forEach(f -> byArticle.putIfAbsent(f.articleId(), f));
        List<ArticleFacts> articleFacts = bounded(byArticle.values().stream()
                .sorted(Comparator.comparing(ArticleFacts::published, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList());
        Map<String, Integer> summed = new HashMap<>(agg.peopleMentions());
        other.peopleMentions().forEach((k, v) -> summed.merge(k, v, Integer::sum));
        Map<String, Integer> mentions = bounded(summed);
        List<String> mergedFrom = new ArrayList<>(agg.mergedFrom());
        if (merge) {
            mergedFrom.add(other.id());
            other.mergedFrom().stream().filter(id -> !mergedFrom.contains(id)).forEach(mergedFrom::add);
        }
        Instant first = min(agg.firstSeen(), other.firstSeen());
        List<StoryFact> facts = consolidator.consolidate(agg.facts(), articleFacts,
                merge ? "merge:" + other.id() : "split:" + other.splitFrom(),
                max(agg.lastSeen(), other.lastSeen()));
        String headline = agg.headline() != null ? agg.headline() : other.headline();
        return new StoryAggregate(agg.id(), headline, memberList, agg.memberCount() + other.memberCount(),
                articleFacts, facts, mentions, people.merge(mentions), first, max(agg.lastSeen(), other.lastSeen()),
                agg.mergedInto(), mergedFrom, merge ? agg.splitFrom() : other.splitFrom(), agg.version() + 1, now);
    }

    /** The two stories a split leaves, and the moved articles' new results. */
    record Parts(StoryAggregate keep, StoryAggregate leave, List<ArticleResult> results) {
    }

    /**
     * Splits the articles {@code moved} (and their listed copies) off {@code agg} into the new story {@code to}; facts
     * are consolidated anew on both sides. Mentions of people stay with {@code agg} (they are not kept per article).
     */
    Parts split(StoryAggregate agg, List<String> moved, String to, Instant now) {
        Set<String> out = new HashSet<>(moved);
        agg.members().stream().filter(m -> m.duplicateOf() != null && out.contains(m.duplicateOf()))
                .forEach(m -> out.add(m.id()));
        List<Story.Member> stay = agg.members().stream().filter(m -> !out.contains(m.id())).toList();
        List<Story.Member> go = agg.members().stream().filter(m -> out.contains(m.id())).toList();
        List<ArticleFacts> stayFacts = agg.articleFacts().stream().filter(f -> !out.contains(f.articleId())).toList();
        List<ArticleFacts> goFacts = agg.articleFacts().stream().filter(f -> out.contains(f.articleId())).toList();
        int goCount = Math.max(go.size(), moved.size());
        StoryAggregate keep = new StoryAggregate(agg.id(), agg.headline(), stay, agg.memberCount() - goCount, stayFacts,
                consolidator.consolidate(agg.facts(), stayFacts, "split:" + to, now), agg.peopleMentions(),
                agg.people(), earliest(stay, agg.firstSeen()), latest(stay, agg.lastSeen()), null, agg.mergedFrom(),
                agg.splitFrom(), agg.version() + 1, now);
        String headline = go.stream().filter(m -> m.duplicateOf() == null).map(Story.Member::title)
                .filter(t -> t != null && !t.isBlank()).findFirst().orElse(agg.headline());
        StoryAggregate leave = new StoryAggregate(to, headline, go, goCount, goFacts,
                consolidator.consolidate(List.of(), goFacts, "split:" + agg.id(), now), Map.of(), List.of(),
                earliest(go, null), latest(go, null), null, List.of(), agg.id(), 1, now);
        Map<String, List<Fact>> factsOf = new HashMap<>();
        goFacts.forEach(f -> factsOf.put(f.articleId(), f.facts()));
        List<ArticleResult> results = go.stream().map(m -> new ArticleResult(m.id(), to, m.duplicateOf(),
                m.duplicateOf() == null ? ArticleResult.ACCEPTED : ArticleResult.DUPLICATE, ArticleResult.SPLIT,
                factsOf.getOrDefault(m.id(), List.of()))).toList();
        return new Parts(keep, leave, results);
    }

    private static Instant earliest(List<Story.Member> members, Instant otherwise) {
        return members.stream().map(Story.Member::published).filter(java.util.Objects::nonNull).min(Instant::compareTo)
                .orElse(otherwise);
    }

    private static Instant latest(List<Story.Member> members, Instant otherwise) {
        return members.stream().map(Story.Member::published).filter(java.util.Objects::nonNull).max(Instant::compareTo)
                .orElse(otherwise);
    }

    private static ArticleFacts factsOf(CleanArticle clean) {
        Article a = clean.article();
        List<Fact> facts = clean.facts();
        return new ArticleFacts(a.id(), a.source(), a.published(),
                facts.size() <= FACTS_PER_ARTICLE ? facts : List.copyOf(facts.subList(0, FACTS_PER_ARTICLE)));
    }

    /** Keeps the earliest sixth and the latest of the articles by publication time, in their given order. */
    private List<ArticleFacts> bounded(List<ArticleFacts> articleFacts) {
        if (articleFacts.size() <= maxFactArticles) {
            return articleFacts;
        }
        List<ArticleFacts> byTime = articleFacts.stream().sorted(BY_PUBLICATION).toList();
        int earliest = maxFactArticles / 6;
        Set<String> kept = new HashSet<>();
        byTime.subList(0, earliest).forEach(f -> kept.add(f.articleId()));
        byTime.subList(byTime.size() - (maxFactArticles - earliest), byTime.size()).forEach(f -> kept.add(f.articleId()));
        return articleFacts.stream().filter(f -> kept.contains(f.articleId())).toList();
    }

    /** Keeps the most mentioned spellings (ties: alphabetical). */
    private static Map<String, Integer> bounded(Map<String, Integer> mentions) {
        if (mentions.size() <= MAX_SPELLINGS) {
            return mentions;
        }
        Map<String, Integer> out = new HashMap<>();
        mentions.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_SPELLINGS).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static String cut(String title) {
        return title == null || title.length() <= TITLE_CHARS ? title : title.substring(0, TITLE_CHARS);
    }

    private static String firstLine(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        String line = nl < 0 ? t : t.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    private static Instant min(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
