package dev.resurface.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that drives a real browser: skipped with one line saying how to enable it when no
 * Chrome or Chromium is installed, failed instead under CI=true ({@link Browser.Available}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Browser.Available.class)
public @interface NeedsBrowser {}
