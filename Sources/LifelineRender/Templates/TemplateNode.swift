/// A template's tags nested as swift-mustache nests them: sections, parents and blocks hold the tags up to
/// their `{{/name}}`.
indirect enum TemplateNode: Sendable {
    /// `{{x}}`, `{{{x}}}` or `{{&x}}`.
    case value(TemplateTag)
    /// `{{#x}}…{{/x}}` or `{{^x}}…{{/x}}` (the tag's kind tells which).
    case section(TemplateTag, body: [TemplateNode])
    /// `{{>x}}` or `{{>*x}}`.
    case partial(TemplateTag)
    /// `{{<x}}…{{/x}}`: the partial `x` with the blocks defined inside replacing its own.
    case parent(TemplateTag, blocks: [String: [TemplateNode]])
    /// `{{$x}}…{{/x}}`: a block, with its default content.
    case block(TemplateTag, body: [TemplateNode])

    /// The nodes of a template whose tags (from ``TemplateScanner``) are in order. A closer without an opener,
    /// which swift-mustache has already refused, closes nothing.
    static func tree(of tags: [TemplateTag]) -> [TemplateNode] {
        var open: [(tag: TemplateTag, body: [TemplateNode])] = []
        var top: [TemplateNode] = []
        func append(_ node: TemplateNode) {
            if open.isEmpty { top.append(node) } else { open[open.count - 1].body.append(node) }
        }
        for tag in tags {
            switch tag.kind {
            case .variable, .unescaped: append(.value(tag))
            case .partial: append(.partial(tag))
            case .section, .inverted, .parent, .block: open.append((tag, []))
            case .close:
                guard let (opener, body) = open.popLast() else { continue }
                switch opener.kind {
                case .parent:
                    var blocks: [String: [TemplateNode]] = [:]
                    for case .block(let block, let content) in body { blocks[block.name] = content }
                    append(.parent(opener, blocks: blocks))
                case .block: append(.block(opener, body: body))
                default: append(.section(opener, body: body))
                }
            }
        }
        return top
    }
}
