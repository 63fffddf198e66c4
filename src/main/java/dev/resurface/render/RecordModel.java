package dev.resurface.render;

import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A Java record seen by templates as a hash of its components ({@code entry.title}). */
final class RecordModel implements TemplateHashModelEx {
    private final Record record;
    private final Map<String, Method> accessors;
    private final ObjectWrapper wrapper;

    RecordModel(Record record, Map<String, Method> accessors, ObjectWrapper wrapper) {
        this.record = record;
        this.accessors = accessors;
        this.wrapper = wrapper;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        Method m = accessors.get(key);
        if (m == null) return null;
        try {
            return wrapper.wrap(m.invoke(record));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new TemplateModelException("cannot read '" + key + "'", e);
        }
    }

    @Override
    public boolean isEmpty() { return accessors.isEmpty(); }

    @Override
    public int size() { return accessors.size(); }

    @Override
    public TemplateCollectionModel keys() { return new SimpleCollection(accessors.keySet(), wrapper); }

    @Override
    public TemplateCollectionModel values() throws TemplateModelException {
        List<Object> vals = new ArrayList<>();
        for (String k : accessors.keySet()) vals.add(get(k));
        return new SimpleCollection(vals, wrapper);
    }
}
