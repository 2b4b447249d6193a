import CCmarkGFM
#if canImport(Glibc)
import Glibc
#endif

/// Renders Markdown through cmark-gfm with the table, strikethrough, autolink and tagfilter
/// extensions. Raw HTML in the input is never passed through (cmark's safe default).
public enum CMark {
    static let extensions = ["table", "strikethrough", "autolink", "tagfilter"]

    public static func render(_ markdown: String) -> HTML {
        cmark_gfm_core_extensions_ensure_registered()
        let options = CMARK_OPT_DEFAULT
        guard let parser = cmark_parser_new(options) else { return .empty }
        defer { cmark_parser_free(parser) }
        for name in extensions {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        var bytes = Array(markdown.utf8)
        guard !bytes.isEmpty else { return .empty }
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                cmark_parser_feed(parser, pointer, buffer.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else { return .empty }
        defer { cmark_node_free(document) }
        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return .empty }
        defer { free(rendered) }
        return HTML(unescaped: String(cString: rendered))
    }
}
