import LifelineData

/// Compiles the parameters, pools and models a data file declares, over the registry's figures, into one
/// ``CompiledProgram`` for the Monte Carlo engine, with every problem found in one pass.
///
/// ## Design note
///
/// **Grammar** (EBNF; see ``LifelineData/FormulaParser`` and ``LifelineData/FormulaLexer`` for the tokens):
///
///     formula  = sum ;
///     sum      = product , { ( "+" | "-" ) , product } ;
///     product  = unary , { ( "*" | "/" ) , unary } ;
///     unary    = "-" , unary | power ;
///     power    = primary , [ "^" , unary ] ;
///     primary  = number , [ unit ] | id , [ "@" , copy ] | ( "min" | "max" ) , "(" , sum , "," , sum , { "," , sum } , ")"
///              | "(" , sum , ")" ;
///     number   = digits , [ "." , digits ] , [ ( "e" | "E" ) , [ "+" | "-" ] , digits ] , [ "%" ] ;
///     unit     = whitespace , a name `unit:` accepts (``LifelineData/MeasureUnit``), the longest that ends the word ;
///     id       = lowercase letter , { lowercase letter | digit | "-" (followed by a letter or digit) } ;
///     copy     = digits (1 or more) ;
///
/// Ids are read greedily, so `a-b` is one id: a minus between two ids needs spaces (`a - b`). When an unknown id
/// splits at its hyphens into known ids, the error says so.
///
/// **Evaluation order.** Exactly as written: `+ -` and `* /` from left to right, `^` from right to left, `min` and
/// `max` of several values from the left; constants are folded only where both operands are numbers. So a formula
/// gives the same bits as the same arithmetic written by hand in Swift.
///
/// **Ids.** A formula may name a registry figure, a parameter, a pool or another model; every id is unique across
/// the four. `id@k` (k ≥ 1) is the k-th independent copy of a figure, parameter or pool (not of a model): its own
/// input with its own random stream, e.g. the fee of each of several intermediaries.
///
/// **Random streams** (``ModelInput/key``, stable across releases): a figure's is its id; a parameter's
/// `assumption:<id>`; a pool's `pool:<id>`; a declaration's `stream:` replaces these (set it to keep the draws
/// when you rename). Copy k of an input whose stream is S draws from `S:<word>-k`, where the word is the
/// declaration's `copyStream` (default `copy`; figures always `copy`). So today's `pool:all:hop-1` is copy 1 of a
/// pool with `stream: pool:all` and `copyStream: hop`.
///
/// **Units.** Each unit string is read as a ``Dimension``: `people`, `count`, `share`, `times` are plain numbers,
/// `year`, `month` and any other word (`USD`, `months of pay`) are bases, `/` divides. Numbers in formulas are
/// plain in `*`, `/` and `^`, and take the other side's unit in `+`, `-`, `min` and `max` (`amount + 100`,
/// `min(amount, 5000)`, `1 - share`). A number written with a unit (`100 USD`, `1200 USD/year`) has that unit
/// everywhere; it is a constant of presentation, not an input, so it never makes a model a scenario. `+`, `-`, `min` and `max` need the same dimension on every other side; `*` and `/` combine dimensions, and a
/// result with a base to a power other than ±1 (`USD × USD`) is an error; an exponent must be plain, and only a
/// whole-number literal exponent may raise a quantity with a unit. The formula's dimension must be the model's
/// declared unit's. A model used by another counts with its declared unit.
///
/// **Divisors.** Every input's support (its range; for a log-normal the 10⁻¹⁵ quantiles) is carried through the
/// formula by interval arithmetic; a divisor whose interval contains 0 is an error, as is a power that can divide
/// by zero or take a fractional power of a negative number.
///
/// **Kinds.** A model is ``ModelKind/sourcedEstimate`` when every input it reaches, through other models too, is a
/// figure or a pool of figures only, and no declared assumption is about any of them; it is a
/// ``ModelKind/scenario`` when it reaches a parameter or an input an assumption is `about` (the house rule: a
/// result that rests on an assumption is a scenario). An assumption's `about` names figures, parameters or pools;
/// a model reaches a figure inside a pool only as the pool, so name the pool to cover the models that draw from
/// it. A pool's `why` shows its weights among the assumptions but does not make a scenario: the weights are data
/// the analyst chose and shows.
///
/// **Program.** Inputs are the leaves in first-use order (models in declaration order, each expanded through the
/// models it uses); outputs are the models in declaration order; operations run in a topological order so a model
/// that uses a model reads its column. Errors (located inside the formula) and warnings (unused parameters, pools,
/// assumptions no model reaches, and models when the caller says which ids templates use) are kept apart.
public struct FormulaCompiler {
    /// The declarations being compiled.
    let declarations: ModelDeclarations
    /// The registry whose figures formulas may name.
    let registry: Registry
    /// Every id and what it names.
    var symbols: [String: FormulaSymbol] = [:]
    /// The parsed formula of each model, `nil` where it has a syntax error.
    var formulas: [Formula?] = []
    /// The errors so far.
    var errors: [Diagnostic] = []
    /// The warnings so far.
    var warnings: [Diagnostic] = []
    /// Distributions already made by ``distribution(of:)``: a PERT one tabulates its quantile function, and the
    /// bounds and checks ask for the same leaf many times.
    let madeDistributions = DistributionMemo()

    /// Compiles `declarations` over `registry`'s figures. When `usedElsewhere` is given (the ids templates and
    /// comparisons use), a model no formula and none of those uses is reported as unused.
    public static func compile(
        _ declarations: ModelDeclarations, registry: Registry, usedElsewhere: Set<String>? = nil
    ) -> FormulaCompilation {
        var compiler = FormulaCompiler(declarations: declarations, registry: registry)
        compiler.declareSymbols()
        compiler.checkPools()
        compiler.parseFormulas()
        let graph = compiler.resolveReferences()
        let order = compiler.orderModels(graph)
        let facts = compiler.checkModels(order: order)
        compiler.checkStreams(facts)
        compiler.checkComparisons()
        compiler.checkCurves(facts)
        compiler.checkAssumptions()
        compiler.checkReadings()
        compiler.reportUnused(graph, usedElsewhere: usedElsewhere)
        compiler.reportUnusedAssumptions(facts)
        let program = compiler.errors.isEmpty ? compiler.program(order: order, facts: facts) : nil
        func sorted(_ list: [Diagnostic]) -> [Diagnostic] {
            list.enumerated().sorted { a, b in
                let left = (a.element.line ?? 0, a.element.column ?? 0), right = (b.element.line ?? 0, b.element.column ?? 0)
                return left == right ? a.offset < b.offset : left < right
            }.map(\.element)
        }
        return FormulaCompilation(program: program, errors: sorted(compiler.errors), warnings: sorted(compiler.warnings))
    }

    /// Records an error about model `model` at `offset` in its formula.
    mutating func report(model: Int, at offset: Int, _ message: String, hint: String) {
        let declaration = declarations.models[model]
        errors.append(
            declaration.formulaPosition.diagnostic(
                FormulaProblem(offset: offset, message: message, hint: hint), in: declaration.formula))
    }

    /// Records an error at `position`.
    mutating func report(at position: TextPosition, _ message: String, hint: String) {
        errors.append(Diagnostic(file: position.file, line: position.line, column: position.column, message: message, hint: hint))
    }

    /// Every id a formula may name, in declaration order (figures first).
    var knownIDs: [String] {
        registry.figures.map(\.id) + declarations.parameters.map(\.id) + declarations.pools.map(\.id) + declarations.models.map(\.id)
    }

    /// Registers every figure, parameter, pool and model id; reports ids that are malformed or declared twice.
    mutating func declareSymbols() {
        for figure in registry.figures where symbols[figure.id] == nil { symbols[figure.id] = .figure(figure) }
        let declared: [(String, TextPosition, FormulaSymbol)] =
            declarations.parameters.enumerated().map { ($1.id, $1.position, .parameter($0)) }
            + declarations.pools.enumerated().map { ($1.id, $1.position, .pool($0)) }
            + declarations.models.enumerated().map { ($1.id, $1.position, .model($0)) }
        for (id, position, symbol) in declared {
            if !Formula.isID(id) {
                report(
                    at: position, "`\(id)` is not an id",
                    hint: "Ids are lowercase letters, digits and hyphens, starting with a letter, e.g. `cn-share-sending`.")
            }
            if let existing = symbols[id] {
                report(
                    at: position, "`\(id)` is declared as a \(existing.noun) already",
                    hint: "Give each figure, parameter, pool and model its own id.")
            } else {
                symbols[id] = symbol
            }
        }
    }

    /// Parses every model's formula; syntax errors are reported and the model is skipped by later checks.
    mutating func parseFormulas() {
        formulas = declarations.models.map { model in
            do throws(FormulaSyntaxError) {
                return try FormulaParser.parse(model.formula)
            } catch {
                for problem in error.problems {
                    errors.append(model.formulaPosition.diagnostic(problem, in: model.formula))
                }
                return nil
            }
        }
    }
}
