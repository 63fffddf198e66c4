package dev.resurface.links;

import dev.resurface.content.ParsedPage;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Everything a link may point at, by the name authors use.
 *
 * @param pages      published pages by path relative to content/ ({@code types/co2.md})
 * @param byPath     the same pages by site path
 * @param broken     content paths of pages that failed to parse (already reported; links to them are not)
 * @param drafts     content paths of drafts left out of this build
 * @param statics    other files under content/ by relative path, with their location on disk
 * @param sections   folders that have a section page, to their site path
 * @param sitePaths  every site path the build writes (pages, files, generated outputs), for {@code /…} links
 */
public record LinkTargets(Map<String, ParsedPage> pages, Map<String, ParsedPage> byPath, Set<String> broken, Set<String> drafts, Map<String, Path> statics,
                          Map<String, String> sections, Set<String> sitePaths, String basePath) {}
