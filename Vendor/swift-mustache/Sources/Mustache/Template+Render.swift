//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

import Foundation

extension MustacheTemplate {
    /// Render template using object
    /// - Parameters:
    ///   - stack: Object
    ///   - context: Context that render is occurring in. Contains information about position in sequence
    ///   - indentation: indentation of partial
    /// - Returns: Rendered text
    func render(context: MustacheContext) -> String {
        var string = ""
        var context = context

        if let indentation = context.indentation, indentation != "" {
            for token in tokens {
                let renderedString = self.renderToken(token, context: &context)
                // if rendered string is not empty and we are on a new line
                if renderedString.count > 0, string.last == "\n" {
                    string += indentation
                }
                string += renderedString
            }
        } else {
            for token in tokens {
                let result = self.renderToken(token, context: &context)
                string += result
            }
        }
        return string
    }

    func renderToken(_ token: Token, context: inout MustacheContext) -> String {
        switch token {
        case .text(let text):
            return text

        case .variable(let variable, let transforms):
            if let child = getChild(named: variable, transforms: transforms, context: context) {
                // Lifeline: a plain string is escaped as it is, as the casts below would find, without looking
                // up its conformances.
                if let string = exactly(child, String.self) {
                    return context.contentType.escapeText(string)
                }
                // Lifeline: a whole or decimal number is written as `String(describing:)` writes it.
                if let number = plainNumberText(child) {
                    return context.contentType.escapeText(number)
                }
                if let template = child as? MustacheTemplate {
                    return template.render(context: context)
                } else if let renderable = child as? MustacheCustomRenderable {
                    return context.contentType.escapeText(renderable.renderText)
                } else if let lambda = child as? MustacheLambda {
                    return self.renderLambda(lambda, parameter: "", context: context)
                } else {
                    return context.contentType.escapeText(String(describing: unwrapIfAnyContainsOptional(child)))
                }
            }

        case .unescapedVariable(let variable, let transforms):
            if let child = getChild(named: variable, transforms: transforms, context: context) {
                // Lifeline: a plain string as it is (see `.variable`).
                if let string = exactly(child, String.self) {
                    return string
                }
                if let number = plainNumberText(child) {
                    return number
                }
                if let renderable = child as? MustacheCustomRenderable {
                    return renderable.renderText
                } else if let lambda = child as? MustacheLambda {
                    return self.renderUnescapedLambda(lambda, parameter: "", context: context)
                } else {
                    return String(describing: unwrapIfAnyContainsOptional(child))
                }
            }

        case .section(let variable, let transforms, let template):
            let child = self.getChild(named: variable, transforms: transforms, context: context)
            // Lifeline: the common plain values take the branch `renderSection` would take for them.
            if let child, let rendered = self.renderPlainSection(child, with: template, context: context) {
                return rendered
            }
            if let lambda = child as? MustacheLambda {
                return self.renderUnescapedLambda(lambda, parameter: template.text, context: context)
            }
            return self.renderSection(child, with: template, context: context)

        case .invertedSection(let variable, let transforms, let template):
            let child = self.getChild(named: variable, transforms: transforms, context: context)
            // Lifeline: a flag takes the branch `renderInvertedSection` would take for it.
            if let child, let bool = exactly(child, Bool.self) {
                return bool ? "" : template.render(context: context)
            }
            return self.renderInvertedSection(child, with: template, context: context)

        case .blockExpansion(let name, let defaultTemplate, let indented):
            if let override = context.inherited?[name] {
                return override.render(context: context.withBlockExpansion(indented: indented))
            } else {
                return defaultTemplate.render(context: context.withBlockExpansion(indented: indented))
            }

        case .partial(let name, let indentation, let overrides):
            if var template = context.library?.getTemplate(named: name) {
                #if DEBUG
                if context.reloadPartials {
                    guard let filename = template.filename else {
                        preconditionFailure("Can only use reload if template was generated from a file")
                    }
                    do {
                        guard let partialTemplate = try MustacheTemplate(filename: filename) else { return "Cannot find template at \(filename)" }
                        template = partialTemplate
                    } catch {
                        return "\(error)"
                    }
                }
                #endif
                return template.render(context: context.withPartial(indented: indentation, inheriting: overrides))
            }

        case .dynamicNamePartial(let name, let indentation, let overrides):
            let child = self.getChild(named: name, transforms: [], context: context)
            guard let childName = child as? String else {
                return ""
            }
            if var template = context.library?.getTemplate(named: childName) {
                #if DEBUG
                if context.reloadPartials {
                    guard let filename = template.filename else {
                        preconditionFailure("Can only use reload if template was generated from a file")
                    }
                    do {
                        guard let partialTemplate = try MustacheTemplate(filename: filename) else { return "Cannot find template at \(filename)" }
                        template = partialTemplate
                    } catch {
                        return "\(error)"
                    }
                }
                #endif
                return template.render(context: context.withPartial(indented: indentation, inheriting: overrides))
            }

        case .contentType(let contentType):
            context = context.withContentType(contentType)

        case .blockDefinition:
            fatalError("Should not be rendering block definitions")
        }
        return ""
    }

    /// Render a section
    /// - Parameters:
    ///   - child: Object to render section for
    ///   - parent: Current object being rendered
    ///   - template: Template to render with
    /// - Returns: Rendered text
    func renderSection(_ child: Any?, with template: MustacheTemplate, context: MustacheContext) -> String {
        switch child {
        case let array as any MustacheSequence:
            return array.renderSection(with: template, context: context)
        case let bool as Bool:
            return bool ? template.render(context: context) : ""
        case let null as MustacheCustomRenderable where null.isNull == true:
            return ""
        case .some(let value):
            return template.render(context: context.withObject(value))
        case .none:
            return ""
        }
    }

    /// Lifeline: the section of a value whose type is exactly `Bool`, `[String: Any]`, `[[String: Any]]` or `[Any]`,
    /// rendered as ``renderSection(_:with:context:)`` renders it but without the protocol casts (which look up
    /// conformances); nil for any other value. These types conform to none of Mustache's protocols but
    /// `MustacheSequence` (the arrays) and `MustacheParent` (the dictionary), as `renderSection` finds.
    func renderPlainSection(_ child: Any, with template: MustacheTemplate, context: MustacheContext) -> String? {
        if let bool = exactly(child, Bool.self) { return bool ? template.render(context: context) : "" }
        if let dictionary = exactly(child, [String: Any].self) { return template.render(context: context.withObject(dictionary)) }
        if let array = exactly(child, [[String: Any]].self) { return array.renderSection(with: template, context: context) }
        if let array = exactly(child, [Any].self) { return array.renderSection(with: template, context: context) }
        return nil
    }

    /// Render an inverted section
    /// - Parameters:
    ///   - child: Object to render section for
    ///   - parent: Current object being rendered
    ///   - template: Template to render with
    /// - Returns: Rendered text
    func renderInvertedSection(_ child: Any?, with template: MustacheTemplate, context: MustacheContext) -> String {
        switch child {
        case let array as any MustacheSequence:
            return array.renderInvertedSection(with: template, context: context)
        case let bool as Bool:
            return bool ? "" : template.render(context: context)
        case let null as MustacheCustomRenderable where null.isNull == true:
            return template.render(context: context)
        case .some:
            return ""
        case .none:
            return template.render(context: context)
        }
    }

    func renderLambda(_ lambda: MustacheLambda, parameter: String, context: MustacheContext) -> String {
        var lambda = lambda
        while true {
            guard let result = lambda(parameter) else { return "" }
            if let string = result as? String {
                do {
                    let newTemplate = try MustacheTemplate(string: context.contentType.escapeText(string))
                    return self.renderSection(context.stack.last, with: newTemplate, context: context)
                } catch {
                    return ""
                }
            } else if let lambda2 = result as? MustacheLambda {
                lambda = lambda2
                continue
            } else {
                return context.contentType.escapeText(String(describing: unwrapIfAnyContainsOptional(result)))
            }
        }
    }

    func renderUnescapedLambda(_ lambda: MustacheLambda, parameter: String, context: MustacheContext) -> String {
        var lambda = lambda
        while true {
            guard let result = lambda(parameter) else { return "" }
            if let string = result as? String {
                do {
                    let newTemplate = try MustacheTemplate(string: string)
                    return self.renderSection(context.stack.last, with: newTemplate, context: context)
                } catch {
                    return ""
                }
            } else if let lambda2 = result as? MustacheLambda {
                lambda = lambda2
                continue
            } else {
                return String(describing: unwrapIfAnyContainsOptional(result))
            }
        }
    }

    /// Lifeline: the parts of a dotted name, split at the byte of "." (what `split(separator: ".")` gives for a name, as a
    /// "." followed by a combining mark is no name; comparing characters cost about 13,000 instructions a name).
    static func dottedParts(_ name: String) -> [String] {
        name.utf8.split(separator: UInt8(ascii: ".")).map { String(Substring($0)) }
    }

    /// Get child object from variable name
    func getChild(named name: String, transforms: [String], context: MustacheContext) -> Any? {
        func _getImmediateChild(named name: String, from object: Any) -> Any? {
            // Lifeline: a dictionary of the context is read straight away (it is no `MustacheCustomRepresentation`,
            // and its `MustacheParent.child(named:)` is this subscript).
            if let dictionary = exactly(object, [String: Any].self) {
                return dictionary[name]
            }
            let child = {
                let object: Any? =
                    if let custom = object as? MustacheCustomRepresentation {
                        custom.representation
                    } else {
                        object
                    }
                if let customBox = object as? MustacheParent {
                    return customBox.child(named: name)
                } else if let object {
                    let mirror = Mirror(reflecting: object)
                    return mirror.getValue(forKey: name)
                } else {
                    return nil
                }
            }()
            return child
        }

        func _getChild(named names: ArraySlice<String>, from object: Any) -> Any? {
            guard let name = names.first else { return object }
            var object = object
            if let lambda = object as? MustacheLambda {
                guard let result = lambda("") else { return nil }
                object = result
            }
            guard let childObject = _getImmediateChild(named: name, from: object) else { return nil }
            let names2 = names.dropFirst()
            return _getChild(named: names2, from: childObject)
        }

        // Lifeline: `_getChildInStack(named: [name][...], from: stack)`, without the array.
        func _getChildInStack(named name: String, from stack: [Any]) -> Any? {
            for object in stack.reversed() {
                if let childObject = _getImmediateChild(named: name, from: object) {
                    return childObject
                }
            }
            return nil
        }

        func _getChildInStack(named names: ArraySlice<String>, from stack: [Any]) -> Any? {
            guard let name = names.first else { return stack.last }
            for object in stack.reversed() {
                if let childObject = _getImmediateChild(named: name, from: object) {
                    let names2 = names.dropFirst()
                    return _getChild(named: names2, from: childObject)
                }
            }
            return nil
        }

        // work out which object to access. "." means the current object, if the variable name is ""
        // and we have a transform to run on the variable then we need the context object, otherwise
        // the name is split by "." and we use mirror to get the correct child object. If we cannot find
        // the root object we look up the context stack until we can find one with a matching name. The
        // stack climbing can be disabled by prefixing the variable name with a "."
        var child: Any?
        if name == "." {
            child = context.stack.last!
        } else if name == "", !transforms.isEmpty {
            child = context.sequenceContext
        } else if name.first == "." {
            // Lifeline: split by bytes (see `dottedParts`).
            let nameSplit = Self.dottedParts(name)
            child = _getChild(named: nameSplit[...], from: context.stack.last!)
        } else if !name.isEmpty, !name.utf8.contains(UInt8(ascii: ".")) {
            // Lifeline: a name without dots is looked up as it is, without splitting it.
            child = _getChildInStack(named: name, from: context.stack)
        } else {
            let nameSplit = Self.dottedParts(name)
            child = _getChildInStack(named: nameSplit[...], from: context.stack)
        }

        // Lifeline: a string, a flag or a dictionary is no `MustacheCustomRepresentation`.
        if let plain = child, transforms.isEmpty, isPlain(plain) {
            return plain
        }
        if let custom = child as? MustacheCustomRepresentation {
            child = custom.representation
        }

        // skip transforms if child is already nil
        guard var child else {
            return nil
        }

        // if we want to run a transform and the current child can have transforms applied to it then
        // run transform on the current child
        for transform in transforms.reversed() {
            if let runnable = child as? MustacheTransformable,
                let transformed = runnable.transform(transform)
            {
                child = transformed
                continue
            }

            // return nil if transform is unsuccessful or has returned nil
            return nil
        }
        return child
    }

    /// Lifeline: whether `value`'s type is exactly `String`, `Bool`, `[String: Any]`, `[[String: Any]]` or `[Any]`,
    /// which conform to no Mustache protocol that `getChild` looks for before it returns them.
    private func isPlain(_ value: Any) -> Bool {
        let type = Swift.type(of: value)
        return type == String.self || type == Bool.self || type == [String: Any].self || type == [[String: Any]].self
            || type == [Any].self
    }

    /// Lifeline: the text of a value whose type is exactly `Int` or `Double`, as `String(describing:)` gives it
    /// (neither is a template, a `MustacheCustomRenderable` or a lambda); nil for any other value.
    private func plainNumberText(_ value: Any) -> String? {
        if let number = exactly(value, Int.self) { return String(number) }
        if let number = exactly(value, Double.self) { return number.description }
        return nil
    }

    private func unwrapIfAnyContainsOptional(_ value: Any) -> Any {
        guard let opt = value as? AnyOptional else { return value }
        return opt.anyWrapped ?? value  // nil? keep the original Optional.none
    }
}

/// Lifeline: `value` as a `T` when its dynamic type is exactly `T`, else nil. Comparing the type first and casting
/// only on a match skips the conformance lookups that a failing `as?` makes.
@inline(__always)
func exactly<T>(_ value: Any, _ type: T.Type) -> T? {
    guard Swift.type(of: value) == type else { return nil }
    return (value as! T)
}
