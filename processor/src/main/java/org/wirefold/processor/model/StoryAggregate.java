package org.wirefold.processor.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.wirefold.common.model.Story;
import org.wirefold.common.model.StoryFact;
import org.wirefold.processor.facts.ArticleFacts;

/**
 * Everything the processor keeps per story in {@code story-aggregate-store}; {@link #toStory()} is the published view.
 *
 * @param memberCount    all member articles ever, including those beyond the listed {@code members}
 * @param articleFacts   facts of every non-duplicate member, in arrival order (input of consolidation)
 * @param peopleMentions mentions per spelling, over non-duplicate members
 */
public record StoryAggregate(String id, String headline, List<Story.Member> members, int memberCount,
                             List<ArticleFacts> articleFacts, List<StoryFact> facts,
                             Map<String, Integer> peopleMentions, List<Story.Person> people, Instant firstSeen,
                             Instant lastSeen, String mergedInto, List<String> mergedFrom, String splitFrom,
                             long version, Instant updated) {

    public Story toStory() {
        // listed members, and the fact-bearing articles kept beyond them
        List<String> outlets = java.util.stream.Stream.concat(members.stream().map(Story.Member::source),
                        articleFacts.stream().map(ArticleFacts::source))
                .filter(s -> s != null && !s.isBlank()).distinct().sorted().toList();
        return new Story(Story.SCHEMA_VERSION, id, headline, members, memberCount, outlets, firstSeen, lastSeen, facts,
                people, mergedInto, mergedFrom, splitFrom, version, updated);
    }
}
