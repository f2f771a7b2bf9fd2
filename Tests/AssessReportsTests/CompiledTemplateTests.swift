import Foundation
import Mustache
import Testing
@testable import AssessReports

/// Our renderer against swift-mustache: the same text for the shipped templates and for random templates.
@Suite struct CompiledTemplateTests {
    static let pragma = TemplateLoader.pragma

    init() {
        MustacheContentTypes.register(MarkdownContentType(), named: MarkdownContentType.name)
    }

    @Test func shippedTemplatesCompileAndRenderLikeSwiftMustache() throws {
        let renderer = try ReportRenderer(templates: ReportFixture.templates)
        let inputs = ReportFixture.inputs
        for template in [renderer.letterTemplate, renderer.noticeTemplate, renderer.summaryTemplate] {
            #expect(template.compiled != nil)
        }
        for unit in [ReportFixture.letterUnit, ReportFixture.noticeUnit] {
            let value = renderer.letterModel(for: unit, inputs).templateValue
            let compiled = try #require(try renderer.letterTemplate.compiled?.render(value))
            #expect(compiled == renderer.letterTemplate.mustache.render(value.any))
        }
        let trees: [(ReportTemplate, Any)] = [
            (renderer.noticeTemplate, RenderTree.make(try #require(renderer.noticeModel(inputs)))),
            (renderer.summaryTemplate, RenderTree.make(renderer.summaryModel(inputs))),
        ]
        for (template, tree) in trees {
            guard let value = TemplateValue(any: tree) else { continue }  // a value kind left to swift-mustache
            if let compiled = try template.compiled?.render(value) {
                #expect(compiled == template.mustache.render(tree))
            }
        }
    }

    @Test(arguments: [
        "a\n{{#list}}\n  {{t}}\n{{/list}}\nb", "{{#flag}}x{{/flag}}  {{^flag}}y{{/flag}}\n", "  {{! note }}  \nz",
        "{{! note }} z", "\t{{#list}}\r\n{{n}}\r\n{{/list}}\r\n", "{{ t }}{{t}}{{#t}}{{.}}{{/t}}", "{{#o}}{{o.t}}{{.t}}{{t}}{{/o}}",
        "{{^empty(list)}}有{{/empty(list)}}{{count(list)}}", "{ {{t}} }", "{{#t}}[{{.}}]{{/t}}", "{{^missing}}无{{/missing}}",
        "{{#list}}{{#flag}}{{n}}{{/flag}}{{/list}}", "x {{#list}}\n{{/list}} y", "{{uppercased(t)}}{{plusone(n)}}",
        "{{#list}}{{^empty(list)}}{{n}}{{/empty(list)}}{{/list}}"
    ])
    func rendersLikeSwiftMustache(template: String) throws {
        let value = Self.sampleValue
        let compiled = try #require(CompiledTemplate(template))
        let mustache = try MustacheTemplate(string: Self.pragma + template)
        #expect(try compiled.render(value) == mustache.render(value.any))
    }

    @Test func unsupportedTagsAreLeftToSwiftMustache() throws {
        for template in ["{{{t}}}", "{{&t}}", "{{> part}}", "{{=<% %>=}}", "{{%CONTENT_TYPE:TEXT}}", "{{#a}}", "{{/a}}"] {
            #expect(CompiledTemplate(template) == nil, "\(template)")
        }
        let compiled = CompiledTemplate("{{o}}")
        let rendered = try compiled?.render(Self.sampleValue)
        #expect(compiled != nil && rendered == nil, "an object as text is left to swift-mustache")
        #expect(try CompiledTemplate("{{^list2}}{{.}}{{/list2}}")?.render(Self.sampleValue) == nil, "so is an empty list as text")
    }

    /// Random templates over the tags and whitespace that matter: both renderers agree whenever ours renders,
    /// and ours renders most of them.
    @Test func randomTemplatesRenderLikeSwiftMustache() throws {
        var random = SeededRandom(seed: 7)
        var rendered = 0
        for _ in 0..<1_500 {
            let template = RandomTemplate.make(&random)
            // Templates the loader refuses ({{{ … }}} can arise from the random text) never reach a renderer.
            guard (try? TemplateLoader.checkTags(template, file: "random")) != nil,
                  let mustache = try? MustacheTemplate(string: Self.pragma + template) else { continue }
            let compiled = try #require(CompiledTemplate(template), "\(template.debugDescription)")
            guard let text = try compiled.render(Self.sampleValue) else { continue }
            rendered += 1
            #expect(text == mustache.render(Self.sampleValue.any), "\(template.debugDescription)")
        }
        #expect(rendered > 600)  // the rest print an object or a list as text, which is left to swift-mustache
    }

    static let sampleValue = TemplateValue.object([
        "t": .text("昆明 *1*"), "n": .number(7), "flag": .flag(true), "off": .flag(false), "empty": .text(""),
        "o": .object(["t": .text("内层"), "n": .number(0)]),
        "list": .list([.object(["n": .number(1), "flag": .flag(true)]), .object(["n": .number(2), "flag": .flag(false)])]),
        "list2": .list([]),
    ])
}

/// A small deterministic generator (an LCG) for the random templates.
struct SeededRandom {
    var seed: UInt64
    mutating func below(_ n: Int) -> Int {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        return Int((seed >> 33) % UInt64(n))
    }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// Templates built from values, sections, inverted sections, comments, text and the whitespace that decides
/// which tags stand alone on their lines.
enum RandomTemplate {
    static let names = ["t", "n", "flag", "off", "empty", "o", "o.t", ".", "list", "list2", "missing", "empty(list)",
                        "count(list)", "first(list)", "uppercased(t)", "plusone(n)", ".t", "o.missing"]
    static let texts = ["x", "昆明", " ", "  ", "\t", "\n", "\r\n", "{", "}", "*", "- ", "1. ", "a b"]

    static func make(_ random: inout SeededRandom, depth: Int = 0) -> String {
        var out = ""
        for _ in 0..<(1 + random.below(6)) {
            switch random.below(depth < 3 ? 7 : 4) {
            case 0, 1: out += random.pick(texts)
            case 2: out += "{{\(random.pick(["", " "]))\(random.pick(names))\(random.pick(["", " "]))}}"
            case 3: out += "{{!" + random.pick(["", " c ", "}"]) + "}}"
            default:
                let name = random.pick(names)
                let sigil = random.pick(["#", "^"])
                let open = random.pick(["", "\n", "  "]) + "{{\(sigil)\(name)}}" + random.pick(["", "\n", " \n", "\r\n"])
                let close = random.pick(["", "\n", "\t"]) + "{{/\(name)}}" + random.pick(["", "\n", "  \n"])
                out += open + make(&random, depth: depth + 1) + close
            }
        }
        return out
    }
}
