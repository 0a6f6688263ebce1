package org.wirefold.processor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoilerplateTest {
    private final Boilerplate boilerplate = new Boilerplate();

    private static final String ARTICLE = """
            Harbour bridge reopens after two-year repair

            The Eastgate harbour bridge reopened to traffic on Monday after a two-year, $40 million repair, \
            the city transport office said. Buses return to the route next week.

            Engineers replaced 120 steel cables and the whole deck surface.""";

    @Test
    void shouldDropFootersSharesAndCommentForms() {
        String page = ARTICLE + """


                Share this:
                Facebook Twitter Email
                Follow us on Facebook, Twitter, Instagram
                Join our official telegram channel (@eastgatenews) and stay updated with the latest headlines
                Sign up for our daily newsletter
                © 2025 Eastgate Daily. All rights reserved.
                Leave a Reply
                Your email address will not be published. Required fields are marked *
                Comment""";

        assertEquals(ARTICLE, boilerplate.strip(page));
    }

    @Test
    void shouldDropAVideoPlaylistWithOneClipPerLine() {
        String page = ARTICLE + """


                1:12 Mayor opens the new ferry terminal Pause

                0:45 High school choir wins regional prize

                2:03 VIDEO: Seal pup rescued from the harbour

                1:30 Weekend forecast: rain clearing by Sunday""";

        assertEquals(ARTICLE, boilerplate.strip(page));
    }

    @Test
    void shouldKeepTheClockTimesOfALiveBlog() {
        String page = ARTICLE + """


                10:32 GMT Police close the bridge approach after a lorry breaks down.
                10:47 GMT Traffic is diverted through the old town.
                11:05 GMT The lorry is towed away and the bridge reopens.""";

        assertEquals(page, boilerplate.strip(page));
    }

    @Test
    void shouldDropAccountAndAuthorAlertFurniture() {
        String page = ARTICLE + """


                Whenever Ann Reed posts new content, you'll get an email delivered to your inbox with a link.
                Click on the button below to set up your account or log in if you already have one.
                Keep up with our reporters and anchors on Facebook.
                Sorry, your browser doesn't support Flash or has Flash disabled.""";

        assertEquals(ARTICLE, boilerplate.strip(page));
    }

    @Test
    void shouldCutThePageTailAfterARelatedStoriesHeading() {
        String page = ARTICLE + "\n\nRelated Articles\n\nCouncil votes on tram fares\n\nPolice seek witnesses to crash";

        assertEquals(ARTICLE, boilerplate.strip(page));
    }

    @Test
    void shouldCutThePageTailAfterAMoreStoriesHeadingThatNamesTheSite() {
        for (String heading : new String[] {"More stories you might like on Channel 9", "MORE FROM KTRB.COM",
                "Other top stories:", "More headlines on the Gazette site"}) {
            String page = ARTICLE + "\n\n" + heading + "\n\nThirty hurt as ferry hits pier\n\nThree dead in tower fire";

            assertEquals(ARTICLE, boilerplate.strip(page), heading);
        }
    }

    @Test
    void shouldKeepASentenceThatStartsWithMoreStories() {
        String page = ARTICLE + "\n\nMore stories from the repair crews will follow next week, officials said.";

        assertEquals(page, boilerplate.strip(page));
    }

    @Test
    void shouldDropVideoPlaylistsAndAccountPrompts() {
        String page = ARTICLE + "\n\n1:45 Mayor opens new park Pause 2:10 Storm damage on coast road 0:37 Fans cheer home win"
                + "\n\nWe have sent you a verification email. Please check your email and click on the link to activate your profile.";

        assertEquals(ARTICLE, boilerplate.strip(page));
    }

    @Test
    void shouldKeepKeyPointsAndQuestionBlocksAndSentencesThatMentionSharing() {
        String page = """
                Utility shares slide after rate decision

                Key Points
                Shares of Northgrid fell 8 percent.
                What did the regulator decide?
                The regulator cut the allowed return to 5.1 percent.
                Analysts said investors should follow the regulator's next review closely.""";

        assertEquals(page, boilerplate.strip(page));
    }

    @Test
    void shouldKeepTheHeadlineEvenWhenItLooksLikeFurniture() {
        String page = "Subscribe to nothing: the rise of ad-free news\n\nReaders are paying for fewer outlets.";

        assertTrue(boilerplate.strip(page).startsWith("Subscribe to nothing"));
    }

    @Test
    void shouldDropALineRepeatedOnThePage() {
        String repeated = "The bridge had been closed since a barge struck a pier in 2023.";
        String out = boilerplate.strip(ARTICLE + "\n\n" + repeated + "\n\n" + repeated);

        assertEquals(out.indexOf(repeated), out.lastIndexOf(repeated));
        assertFalse(out.isBlank());
    }

    @Test
    void shouldTolerateEmptyAndNullText() {
        assertEquals("", boilerplate.strip(""));
        assertEquals("", boilerplate.strip(null));
    }
}
