package dev.resurface.markdown;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.resurface.util.Frozen;
import java.util.Map;

/**
 * {@code {{< name key="value" n=3 >}}}: a call of the site's template
 * {@code templates/shortcodes/<name>.ftlh}. Alone in a paragraph it stands as a block (no
 * {@code <p>} around it). {@code args} values are String, Long, Double or Boolean.
 */
public final class Shortcode extends Node implements DoNotDecorate {
    private final String name;
    private final Map<String, Object> args;
    private final String problem;
    private boolean block;

    Shortcode(BasedSequence chars, String name, Map<String, Object> args, String problem) {
        super(chars);
        this.name = name;
        this.args = Frozen.map(args);
        this.problem = problem;
    }

    public String name() { return name; }

    public Map<String, Object> args() { return args; }

    /** Why the call could not be read, or "" when it is fine. */
    public String problem() { return problem; }

    /** True when the call was alone in its paragraph and replaced it. */
    public boolean isBlock() { return block; }

    void setBlock(boolean b) { block = b; }

    @Override
    public BasedSequence[] getSegments() { return new BasedSequence[] {getChars()}; }
}
