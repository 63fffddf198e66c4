package dev.resurface.render;

import dev.resurface.content.Page;
import dev.resurface.content.Site;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleDate;
import freemarker.template.TemplateDateModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How Java values look to templates: {@code Optional} is unwrapped (empty = missing, so
 * {@code page.date??} works), {@code LocalDate} is a FreeMarker date (UTC midnight, so output never
 * depends on the machine's time zone), pages become {@link PageModel}s and other records expose
 * their components by name. One wrapper per build: it knows the site.
 */
public final class ModelWrapper extends DefaultObjectWrapper {
    private final Site site;
    private final Map<Class<?>, Map<String, Method>> recordAccessors = new ConcurrentHashMap<>();
    /** The facet reads of the output rendering on this thread, when they are being recorded. */
    private final ThreadLocal<Set<String>> reads = new ThreadLocal<>();

    public ModelWrapper(Version version, Site site) {
        super(version);
        this.site = site;
        setUseAdaptersForContainers(true);
        setForceLegacyNonListCollections(false);
        setExposeFields(false);
    }

    public Site site() { return site; }

    /** Records the facet reads of this thread's renders into {@code into} (null: stop recording). */
    void track(Set<String> into) {
        if (into == null) reads.remove();
        else reads.set(into);
    }

    /** A template read a template key of {@code page}: note the facets it depends on. */
    void read(Page page, String key) {
        Set<String> into = reads.get();
        if (into == null) return;
        Set<Facet> facets = Facet.BY_KEY.get(key);
        if (facets != null) for (Facet f : facets) into.add(Facet.key(page.path(), f));
    }

    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj instanceof Optional<?> o) return wrap(o.orElse(null));
        if (obj instanceof LocalDate d) return new SimpleDate(Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant()), TemplateDateModel.DATE);
        if (obj instanceof Page p) return new PageModel(p, this);
        if (obj instanceof TemplateModel tm) return tm;
        if (obj instanceof Record r) return new RecordModel(r, accessors(r.getClass()), this);
        return super.wrap(obj);
    }

    private Map<String, Method> accessors(Class<?> type) {
        return recordAccessors.computeIfAbsent(type, t -> {
            Map<String, Method> m = new LinkedHashMap<>();
            for (RecordComponent c : t.getRecordComponents()) {
                Method a = c.getAccessor();
                a.setAccessible(true);
                m.put(c.getName(), a);
            }
            // plus derived values a record declares itself (e.g. Source.href()), never Object's methods
            Map<String, Method> derived = new TreeMap<>();
            for (Method d : t.getDeclaredMethods()) {
                if (d.getParameterCount() == 0 && Modifier.isPublic(d.getModifiers()) && !Modifier.isStatic(d.getModifiers())
                        && d.getReturnType() != void.class && !m.containsKey(d.getName())
                        && !List.of("toString", "hashCode").contains(d.getName())) {
                    d.setAccessible(true);
                    derived.put(d.getName(), d);
                }
            }
            m.putAll(derived);
            return m;
        });
    }
}
