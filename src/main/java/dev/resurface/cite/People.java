package dev.resurface.cite;

import dev.resurface.diag.Checked;
import dev.resurface.diag.Hints;
import dev.resurface.util.Frozen;
import dev.resurface.yaml.YNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reviewers a page's {@code reviewedBy} may name, from {@code _data/people.yml}.
 *
 * @param file where the people are written and how loading them went
 */
public record People(Map<String, Person> people, DataFile file) {
    public static final People EMPTY = new People(Map.of(), DataFile.NONE);
    static final List<String> KEYS = List.of("id", "name", "credentials", "url");

    public People {
        people = Frozen.map(people);
    }

    public Optional<Person> get(String id) { return Optional.ofNullable(people.get(id)); }

    public String hint(String id) {
        if (file.path().isEmpty()) {
            return "the site lists no reviewers (site.yml: review: {people: people} and content/_data/people.yml); add a person only if they really reviewed the page";
        }
        String h = Hints.didYouMean(id, people.keySet());
        return !h.isEmpty() ? h : people.isEmpty()
                ? "the site lists no reviewers yet: add the person to " + file.path() + " only if they really reviewed the page"
                : "name an id from " + file.path();
    }

    public static Checked<People> read(YNode root, String path) {
        DataEntries.Entries<Person> read = DataEntries.read(root, path, KEYS, "person", (r, id) -> {
            String name = r.string("name").orElse("");
            if (name.isBlank()) {
                if (!r.misspelled("name", KEYS)) r.error(r.map(), "person '" + id + "' has no 'name'", "");
                return null;
            }
            String url = r.string("url").orElse("");
            if (!url.isEmpty() && !url.startsWith("https://") && !url.startsWith("http://")) {
                r.error(r.node("url"), "'url' must start with https:// or http://", "");
            }
            return new Person(id, name.strip(), r.string("credentials").orElse("").strip(), url);
        });
        return new Checked<>(new People(read.entries(), read.file()), read.problems());
    }
}
