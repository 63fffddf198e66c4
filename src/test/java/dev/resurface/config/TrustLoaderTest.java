package dev.resurface.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The health-content sections of site.yml: defaults, periods, and each section read as written. */
class TrustLoaderTest {
    static SiteConfig load(String extra) {
        SiteConfigLoader.Result r = SiteConfigLoader.load("title: T\nbaseUrl: https://example.org/\n" + extra, Optional.empty());
        assertEquals(List.of(), r.problems().stream().map(d -> d.format()).toList());
        return r.config().get();
    }

    @Test
    void periodsInWordsBecomeJavaPeriods() {
        assertEquals(Optional.of(Period.ofMonths(12)), TrustLoader.period("12 months"));
        assertEquals(Optional.of(Period.ofYears(1)), TrustLoader.period("1 year"));
        assertEquals(Optional.of(Period.ofDays(90)), TrustLoader.period(" 90 Days "));
        assertEquals(Optional.of(Period.ofWeeks(6)), TrustLoader.period("6 weeks"));
        assertEquals(Optional.empty(), TrustLoader.period("0 months"));
        assertEquals(Optional.empty(), TrustLoader.period("P1Y"));
        assertEquals(Optional.empty(), TrustLoader.period("yearly"));
    }

    @Test
    void withoutSectionsOnlyCitationsAreOn() {
        TrustConfig t = load("").trust();
        assertEquals("sources", t.citations().data());
        assertEquals("", t.review().people(), "reviewers are read only when site.yml has a review section");
        assertEquals("", t.glossary().data(), "the glossary is read only when site.yml has a glossary section");
        assertTrue(t.lint().claims().isEmpty());
        assertEquals("WebPage", t.structuredData().pageType());
    }

    @Test
    void everySectionIsReadAsWritten() {
        TrustConfig t = load("""
                citations: {data: refs, page: /references/, untrusted: [Scribd.com, studylib.net]}
                review: {period: 6 months}
                glossary: {page: /terms/}
                lint:
                  claims: [{phrase: " painless ", reason: because}]
                  balance: [{when: {type: treatment}, heading: "risks"}]
                  readability: {maxGrade: 8.5, minWords: 50}
                structuredData: {pageType: MedicalWebPage, audience: Patient, procedure: {type: treatment}}
                """).trust();
        assertEquals(new TrustConfig.Citations("refs", "/references/", List.of("scribd.com", "studylib.net")), t.citations());
        assertEquals(Optional.of(Period.ofMonths(6)), t.review().period());
        assertEquals("people", t.review().people());
        assertEquals(new TrustConfig.Glossary("glossary", "/terms/"), t.glossary());
        assertEquals("painless", t.lint().claims().get(0).phrase());
        assertTrue(t.lint().balance().get(0).heading().matcher("RISKS and side effects").find(), "case-insensitive");
        assertEquals(Optional.of(8.5), t.lint().maxGrade());
        assertEquals(50, t.lint().minWords());
        assertEquals("treatment", t.structuredData().procedure().get("type"));
    }

    @Test
    void anUntrustedDomainCoversItsSubdomainsButNotLookalikes() {
        TrustConfig.Citations c = new TrustConfig.Citations("sources", "/sources/", List.of("scribd.com", "answers.google.com"));
        assertEquals(Optional.of("scribd.com"), c.untrustedDomainOf("https://www.scribd.com/document/1"));
        assertEquals(Optional.of("scribd.com"), c.untrustedDomainOf("http://SCRIBD.com./x"));
        assertEquals(Optional.of("answers.google.com"), c.untrustedDomainOf("https://answers.google.com/answers/threadview?id=1"));
        assertEquals(Optional.empty(), c.untrustedDomainOf("https://notscribd.com/x"));
        assertEquals(Optional.empty(), c.untrustedDomainOf("https://www.google.com/"));
        assertEquals(Optional.empty(), c.untrustedDomainOf("https://example.org/scribd.com"));
    }

    @Test
    void anUntrustedEntryMustBeADomainName() {
        SiteConfigLoader.Result r = SiteConfigLoader.load("title: T\nbaseUrl: https://example.org/\ncitations:\n  untrusted: [scribd.com, https://doczz.net/, 3]\n",
                Optional.empty());
        assertEquals(List.of(
                "site.yml:4:27: error: each of 'untrusted' must be a domain name such as scribd.com, found 'https://doczz.net/' (write the domain alone, without https:// or a path; its subdomains are included)",
                "site.yml:4:47: error: each of 'untrusted' must be a domain name such as scribd.com, found a whole number (write the domain alone, without https:// or a path; its subdomains are included)"),
                r.problems().stream().map(d -> d.format()).toList());
    }
}
