package org.mla.para.service;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The service's routes as registered, so that a wrong method on a real path is answered 405
 * with the methods it allows ({@code Allow}), and every GET answers HEAD too.
 */
final class Routes {

    private final Map<Pattern, TreeSet<String>> methods = new LinkedHashMap<>();

    void get(JavalinConfig config, String path, Handler handler) {
        config.routes.get(path, handler);
        config.routes.head(path, handler); // Jetty sends HEAD's headers without the body
        record(path, "GET", "HEAD");
    }

    void post(JavalinConfig config, String path, Handler handler) {
        config.routes.post(path, handler);
        record(path, "POST");
    }

    private void record(String path, String... names) {
        Pattern pattern = Pattern.compile(path.replaceAll("\\{[^/]+}", "[^/]+"));
        methods.computeIfAbsent(pattern, p -> new TreeSet<>()).addAll(java.util.List.of(names));
    }

    /** The methods {@code path} allows, as the {@code Allow} header lists them ("" when it is no route). */
    String allowed(String path) {
        TreeSet<String> allowed = new TreeSet<>();
        methods.forEach((pattern, names) -> {
            if (pattern.matcher(path).matches()) {
                allowed.addAll(names);
            }
        });
        return String.join(", ", allowed);
    }
}
