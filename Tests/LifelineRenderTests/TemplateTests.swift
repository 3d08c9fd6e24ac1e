import Foundation
import LifelineAnalysis
import LifelineData
import Testing

@testable import LifelineRender

@Suite struct TemplateTests {
    func renderer(_ files: [String: String]) throws -> TemplateRenderer {
        try TemplateRenderer(templates: TemplateSet(origin: "T", files: files))
    }

    /// The text of the error that rendering `file` of `files` with `context` throws, or nil when it renders.
    func failure(_ files: [String: String], _ file: String = "main.md.mustache", context: [String: Any]) throws -> String? {
        let renderer = try renderer(files)
        do {
            _ = try renderer.render(file, context: context)
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// The text of the error that building the default report throws with `file`'s `original` text replaced
    /// by `replacement` in the embedded templates.
    func buildFailure(editing file: String, _ original: String, with replacement: String) throws -> String {
        var files = TemplateSet.embedded.files
        let text = try #require(files[file])
        try #require(text.contains(original))
        files[file] = text.replacingOccurrences(of: original, with: replacement)
        let builder = ReportBuilder(
            registry: try Registry.embedded(), templates: TemplateSet(origin: "T", files: files),
            analysisOptions: AnalysisOptions(draws: 1_000))
        do {
            _ = try builder.build()
        } catch {
            return "\(error)"
        }
        Issue.record("the build did not fail")
        return ""
    }

    // MARK: - Issue 14: whole paths, where each tag stands

    /// Regression: a model id under `figure.` passed the check (each part existed somewhere in the context),
    /// rendered empty, and the summary read "send about  a year".
    @Test func aModelIdUnderFigureIsAnErrorNamingTheWholePath() throws {
        let text = try buildFailure(
            editing: "summary.md.mustache", "{{{model.sk-gross-flow.linked.median}}}", with: "{{{figure.sk-gross-flow.linked.median}}}")
        #expect(
            text.contains(
                "T/summary.md.mustache:5:56: error: `figure.sk-gross-flow.linked.median` names `sk-gross-flow` in `figure`, which does not exist."
            ),
            "\(text)")
        #expect(text.contains("Did you mean `model.sk-gross-flow.linked.median`?"), "\(text)")
    }

    /// Regression: a citation written in double braces printed its Markdown escaped, with no error.
    @Test func safeMarkupInDoubleBracesIsAnErrorThatSaysUseThree() throws {
        let text = try buildFailure(
            editing: "summary.md.mustache", "{{{figure.sk-defector-population.cite}}}", with: "{{figure.sk-defector-population.cite}}")
        #expect(text.contains("T/summary.md.mustache:23:41:"), "\(text)")
        #expect(text.contains("`figure.sk-defector-population.cite` is ready-made markup"), "\(text)")
        #expect(text.contains("Write it with three braces: `{{{figure.sk-defector-population.cite}}}`."), "\(text)")
    }

    /// Tables, charts, references and their links are safe markup too; plain values are not.
    @Test func blocksAndReferencesAreSafeMarkupButPlainTextIsNot() throws {
        let block = try buildFailure(editing: "senders.md.mustache", "{{{flowEstimatesTable.block}}}", with: "{{flowEstimatesTable.block}}")
        #expect(block.contains("`flowEstimatesTable.block` is ready-made markup"), "\(block)")
        let reference = try buildFailure(editing: "references.md.mustache", "{{{text}}}", with: "{{text}}")
        #expect(reference.contains("T/references.md.mustache:") && reference.contains("`text` is ready-made markup"), "\(reference)")
        let renderer = try renderer(["main.md.mustache": "{{v}} {{{m}}} {{&m}} {{#m}}in{{/m}}"])
        #expect(try renderer.render("main.md.mustache", context: ["v": "*x*", "m": SafeMarkup("*y*")]) == "\\*x\\* *y* *y* in")
    }

    /// Regression: a tag naming a whole group (`{{figure.sk-share-sending}}`) or a list printed Swift's own
    /// description of it into the report, with no error.
    @Test func aGroupOrAListInATagIsAnErrorNotProgramText() throws {
        let group = try buildFailure(
            editing: "senders.md.mustache", "{{{figure.sk-share-sending.linked.value}}}", with: "{{figure.sk-share-sending}}")
        #expect(
            group.contains(
                "T/senders.md.mustache:5:1: error: `figure.sk-share-sending` is a group of values, which a tag would print as program text."
            ), "\(group)")
        #expect(group.contains("Name one of its values, e.g. `figure.sk-share-sending.cite`;"), "\(group)")
        let list = try failure(["main.md.mustache": "{{rows}}"], context: ["rows": [["a": "1"]]])
        #expect(
            list
                == "T/main.md.mustache:1:1: error: `rows` is a list, which a tag would print as program text. Repeat over it with a section: `{{#rows}}` … `{{/rows}}`."
        )
        #expect(
            try failure(["main.md.mustache": "{{#rows}}{{a}}{{/rows}} {{title}}"], context: ["rows": [["a": "1"]], "title": "t"]) == nil)
    }

    /// Review probes P5, P6 and P14: names that exist elsewhere in the context, but not where the tag stands.
    @Test func namesResolveInTheSectionsWhereTheyStand() throws {
        let context: [String: Any] = ["a": ["b": "x"] as [String: Any], "c": "top", "list": [["n": "1"], ["m": "2"]]]
        let cases: [(String, String)] = [
            ("{{a.c}}", "`a.c` names `c` in `a`, which does not exist"),
            ("{{#c}}{{b}}{{/c}}", "the variable `b` does not exist"),
            ("{{#b}}{{/b}}", "the variable `b` does not exist"),
            ("{{#list}}{{n}}{{/list}}", "T/main.md.mustache:1:10: error: the variable `n` does not exist"),
        ]
        for (template, message) in cases {
            let text = try failure(["main.md.mustache": template], context: context)
            #expect(text?.contains(message) == true, "\(template): \(text ?? "rendered")")
        }
        // The first part of a name is looked up through every section entered, the rest only inside it.
        let renderer = try renderer(["main.md.mustache": "{{#a}}{{b}} {{c}} {{a.b}} {{.}}{{/a}}|{{#list}}{{.n}}{{/list}}"])
        #expect(throws: (any Error).self) { try renderer.render("main.md.mustache", context: context) }
        let fine = try renderer.render("main.md.mustache", checkedContext: context)
        #expect(fine.hasPrefix("x top x "))
    }

    /// A partial is checked in the scope where it is included, once per scope, and a recursive partial ends.
    @Test func partialsAreCheckedWhereTheyAreIncluded() throws {
        let files = ["main.md.mustache": "{{#rows}}{{> row}}{{/rows}}{{> row}}", "row.md.mustache": "[{{name}}]"]
        let text = try failure(files, context: ["rows": [["name": "a"]]])
        #expect(text?.contains("T/row.md.mustache:1:2: error: the variable `name` does not exist") == true, "\(text ?? "rendered")")
        let tree = ["main.md.mustache": "{{> node}}", "node.md.mustache": "{{content}}<{{#nodes}}{{> node}}{{/nodes}}>"]
        let data: [String: Any] = ["content": "X", "nodes": [["content": "Y", "nodes": [] as [Any]] as [String: Any]]]
        #expect(try renderer(tree).render("main.md.mustache", context: data) == "X<Y<>>")
    }

    /// Review probes P1, P11, P12 and P2: tags after `{{=<% %>=}}` are checked, and `{{…}}` there is text.
    @Test func tagsAfterADelimiterChangeAreCheckedAndOldDelimitersAreText() throws {
        let missing = try failure(["main.md.mustache": "ok\n{{=<% %>=}}(<%missing%>)[<%> gone%>]"], context: [:])
        #expect(
            missing?.contains("T/main.md.mustache:2:13: error: the variable `missing` does not exist") == true, "\(missing ?? "rendered")")
        #expect(missing?.contains("T/main.md.mustache:2:26: error: the partial `gone` does not exist") == true)
        let inPartial = try failure(["main.md.mustache": "[{{> p}}]", "p.md.mustache": "{{=<% %>=}}<%missing%>"], context: [:])
        #expect(inPartial?.contains("T/p.md.mustache:1:12:") == true, "\(inPartial ?? "rendered")")
        let renderer = try renderer(["main.html.mustache": "{{=<% %>=}}<%name%> writes {{literal}}"])
        #expect(try renderer.render("main.html.mustache", context: ["name": "x"]) == "x writes {{literal}}")
        let markup = try failure(["main.md.mustache": "{{=<% %>=}}<%m%>"], context: ["m": SafeMarkup("[1](#s)")])
        #expect(markup?.contains("Write it with an ampersand: `<%&m%>`.") == true, "\(markup ?? "rendered")")
    }

    /// Review probe P7: a parent tag whose partial is missing rendered nothing; blocks are checked where they render.
    @Test func parentTagsAndTheirBlocksAreChecked() throws {
        let missing = try failure(["main.md.mustache": "[{{<missing}}{{/missing}}]"], context: [:])
        #expect(
            missing?.contains("T/main.md.mustache:1:2: error: the partial `missing` does not exist") == true, "\(missing ?? "rendered")")
        let files = [
            "main.md.mustache": "{{<frame}}{{$body}}({{titel}}){{/body}}{{/frame}}",
            "frame.md.mustache": "<{{#page}}{{$body}}default {{none}}{{/body}}{{/page}}>",
        ]
        let text = try failure(files, context: ["page": ["title": "T"]])
        #expect(
            text?.contains("T/main.md.mustache:1:21: error: the variable `titel` does not exist. Did you mean `title`?") == true,
            "\(text ?? "rendered")")
        #expect(text?.contains("none") == false, "the replaced default block is not rendered, so not checked")
        let fixed = files.merging(["main.md.mustache": "{{<frame}}{{$body}}({{title}}){{/body}}{{/frame}}"]) { $1 }
        #expect(try renderer(fixed).render("main.md.mustache", context: ["page": ["title": "T"]]) == "<(T)>")
    }

    /// Review probe P8 and the optional dynamic-names spec: `{{>*name}}` includes the partial `name`'s value names.
    @Test func dynamicPartialsAreAcceptedAndTheirNameIsResolved() throws {
        let files = ["main.md.mustache": "[{{>*dyn}}]", "p.md.mustache": "hi {{who}}"]
        #expect(try renderer(files).render("main.md.mustache", context: ["dyn": "p", "who": "you"]) == "[hi you]")
        let noPartial = try failure(files, context: ["dyn": "q", "who": "you"])
        #expect(noPartial?.contains("the partial `q` (the value of `dyn`) does not exist") == true, "\(noPartial ?? "rendered")")
        let noName = try failure(files, context: ["dnyamic": "p"])
        #expect(noName?.contains("the variable `dyn` does not exist") == true, "\(noName ?? "rendered")")
        let inside = try failure(files, context: ["dyn": "p"])
        #expect(inside?.contains("T/p.md.mustache:1:4: error: the variable `who` does not exist") == true, "\(inside ?? "rendered")")
    }

    /// Review probe P4b: a tag that wraps onto a second line was refused as the name `name⏎`.
    @Test func aTagThatWrapsOntoASecondLineIsAccepted() throws {
        let renderer = try renderer(["main.md.mustache": "{{ name\n}} and {{#list\n}}{{.}}{{/list}}\n{{nmae}}"])
        #expect(try renderer.render("main.md.mustache", checkedContext: ["name": "x", "list": ["a"], "nmae": ""]) == "x and a\n")
        let text = try failure(
            ["main.md.mustache": "{{ name\n}} and {{#list\n}}{{.}}{{/list}}\n{{nmae}}"], context: ["name": "x", "list": ["a"]])
        #expect(text?.contains("T/main.md.mustache:4:1: error: the variable `nmae` does not exist") == true, "\(text ?? "rendered")")
    }

    /// swift-mustache's transforms (`{{uppercased(x)}}`) check their name and that the transform applies.
    @Test func transformsAreCheckedByNameAndKind() throws {
        let renderer = try renderer(["main.md.mustache": "{{uppercased(name)}}{{#reversed(list)}}{{.}}{{/reversed(list)}}"])
        #expect(try renderer.render("main.md.mustache", context: ["name": "ab", "list": ["1", "2"]]) == "AB21")
        let missing = try failure(["main.md.mustache": "{{uppercased(nmae)}}"], context: ["name": "ab"])
        #expect(missing?.contains("the variable `nmae` does not exist. Did you mean `name`?") == true, "\(missing ?? "rendered")")
        let wrong = try failure(["main.md.mustache": "{{uppercased(list)}}"], context: ["list": ["1"]])
        #expect(wrong?.contains("the transform `uppercased` does not apply to the value of `list`") == true, "\(wrong ?? "rendered")")
    }

    @Test func unknownVariableIsAnErrorWithItsLine() throws {
        let renderer = try renderer(["main.md.mustache": "# Title\n\nHello {{nmae}}.\n"])
        #expect {
            _ = try renderer.render("main.md.mustache", context: ["name": "x"])
        } throws: { error in
            let text = "\(error)"
            return text.contains("T/main.md.mustache:3:7") && text.contains("`nmae` does not exist")
                && text.contains("Did you mean `name`?")
        }
    }

    @Test func tagPositionsCountCharactersAndLineFeeds() throws {
        // Columns in characters (é and the flag are one each), lines at each line feed, CR LF files included.
        let renderer = try renderer(["main.md.mustache": "# T\r\n\r\né🇰🇷 {{nmae}}\r\n"])
        #expect {
            _ = try renderer.render("main.md.mustache", context: ["name": "x"])
        } throws: { "\($0)".contains("T/main.md.mustache:3:4") }
    }

    @Test func loadingSideBySideBuildsTheSameReport() throws {
        let builder = try ReportBuilder.loading(
            registry: { try Registry.embedded() }, templates: { .embedded },
            analysisOptions: AnalysisOptions(draws: 20_000))
        #expect(try builder.build() == defaultReport)
    }

    @Test func loadingSideBySideReportsTheRegistryErrorFirst() {
        struct DataProblem: Error {}
        #expect(throws: DataProblem.self) {
            _ = try ReportBuilder.loading(
                registry: { throw DataProblem() },
                templates: { TemplateSet(origin: "T", files: ["report.md.mustache": "{{#open}}\n"]) })
        }
        #expect {
            _ = try ReportBuilder.loading(
                registry: { try Registry.embedded() },
                templates: { TemplateSet(origin: "T", files: ["report.md.mustache": "{{#open}}\n"]) })
        } throws: { "\($0)".contains("T/report.md.mustache:") && "\($0)".contains("template syntax error") }
    }

    @Test func templatesChangedAfterLoadingAreTheOnesUsed() throws {
        var builder = try ReportBuilder.loading(
            registry: { try Registry.embedded() }, templates: { .embedded },
            analysisOptions: AnalysisOptions(draws: 1_000))
        builder.templates = TemplateSet(origin: "T", files: ["report.md.mustache": "ok\n{{#open}}\n"])
        #expect { _ = try builder.build() } throws: { "\($0)".contains("T/report.md.mustache:") }
    }

    @Test func unknownPartialIsAnError() throws {
        let renderer = try renderer(["main.md.mustache": "a\n{{> sectoin}}\n"])
        #expect {
            _ = try renderer.render("main.md.mustache", context: [:])
        } throws: { "\($0)".contains("T/main.md.mustache:2:1") && "\($0)".contains("partial `sectoin` does not exist") }
    }

    @Test func syntaxErrorNamesTheTemplateAndLine() {
        #expect {
            _ = try renderer(["main.md.mustache": "ok\n{{#open}}\nnever closed\n"])
        } throws: { "\($0)".contains("T/main.md.mustache:") && "\($0)".contains("template syntax error") }
    }

    @Test func markdownTemplatesEscapeForMarkdown() throws {
        let renderer = try renderer(["main.md.mustache": "Value: {{v}} raw: {{{v}}}\n", "page.html.mustache": "<p>{{v}}</p>"])
        #expect(try renderer.render("main.md.mustache", context: ["v": "*x* <b>"]) == "Value: \\*x\\* \\<b\\> raw: *x* <b>\n")
        #expect(try renderer.render("page.html.mustache", context: ["v": "*x* <b>"]) == "<p>*x* &lt;b&gt;</p>")
    }

    @Test func defaultTemplatesRender() throws {
        let files = try ReportBuilder(registry: try Registry.embedded(), analysisOptions: AnalysisOptions(draws: 20_000)).build()
        #expect(files.map(\.path).contains("report.md"))
        let markdown = String(decoding: files.first { $0.path == "report.md" }!.data, as: UTF8.self)
        #expect(markdown.contains("| Source | Reported cut |"))
        #expect(markdown.contains("](charts/broker-fees.svg)"))
        #expect(markdown.contains("- [References](#references)"))
    }
}
