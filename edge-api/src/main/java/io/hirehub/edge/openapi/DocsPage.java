package io.hirehub.edge.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hirehub.edge.http.ProblemType;
import java.util.Iterator;
import java.util.Map;

/**
 * {@code /docs}: the OpenAPI document as one self-contained HTML page (no scripts, no CDN): every
 * operation with its parameters, then the problem types the {@code type} URIs of error answers
 * point to ({@code /docs#problem-validation}, …).
 */
public final class DocsPage {

    private DocsPage() {}

    public static String render(final ObjectNode openApi) {
        final StringBuilder html = new StringBuilder(16 * 1024);
        html.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(openApi.path("info").path("title").asText()))
                .append("</title><style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
                        + "code{background:#f4f4f4;padding:0 .2em}h3{margin-bottom:.2em}</style></head><body>");
        html.append("<h1>")
                .append(escape(openApi.path("info").path("title").asText()))
                .append("</h1><p>")
                .append(escape(openApi.path("info").path("description").asText()))
                .append(" The machine-readable form is <a href=\"/openapi.json\">/openapi.json</a>.</p>");
        final Iterator<Map.Entry<String, JsonNode>> paths =
                openApi.path("paths").fields();
        while (paths.hasNext()) {
            final Map.Entry<String, JsonNode> path = paths.next();
            final Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
            while (ops.hasNext()) {
                final Map.Entry<String, JsonNode> op = ops.next();
                html.append("<h3><code>")
                        .append(op.getKey().toUpperCase(java.util.Locale.ROOT))
                        .append(' ')
                        .append(escape(path.getKey()))
                        .append("</code></h3><p>")
                        .append(escape(op.getValue().path("summary").asText()));
                if (op.getValue().has("security")) {
                    html.append(" <em>(bearer token)</em>");
                }
                html.append("</p>");
                if (op.getValue().has("description")) {
                    html.append("<p>")
                            .append(escape(op.getValue().path("description").asText()))
                            .append("</p>");
                }
                if (op.getValue().has("parameters")) {
                    html.append("<ul>");
                    for (final JsonNode param : op.getValue().path("parameters")) {
                        html.append("<li><code>")
                                .append(escape(param.path("name").asText()))
                                .append("</code> (")
                                .append(escape(param.path("in").asText()))
                                .append(") ")
                                .append(escape(param.path("description").asText()))
                                .append("</li>");
                    }
                    html.append("</ul>");
                }
            }
        }
        html.append("<h2>Problem types</h2><p>Every error is <code>application/problem+json</code> (RFC 9457);"
                + " validation problems list each bad field in <code>errors</code>.</p><dl>");
        for (final ProblemType type : ProblemType.values()) {
            html.append("<dt id=\"problem-")
                    .append(type.slug())
                    .append("\"><code>")
                    .append(type.slug())
                    .append("</code> (")
                    .append(type.status())
                    .append(")</dt><dd>")
                    .append(escape(type.title()))
                    .append("</dd>");
        }
        return html.append("</dl></body></html>").toString();
    }

    private static String escape(final String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
