// `zuegig visits plan INSTANCE`: plans site visits from our JSON format (docs/visit-planning.md) or
// solves a Solomon VRPTW instance, printing the routes as JSON.
import ArgumentParser
import Foundation
import ZuegigAI
import ZuegigDomain

struct Visits: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Plan on-site inspections (routes per inspector and day).", subcommands: [PlanVisits.self, Generate.self])

    struct PlanVisits: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan",
            abstract: "Plan the visits of a JSON input or solve a Solomon VRPTW instance; prints JSON."
        )

        @Argument(help: "Our JSON input (docs/visit-planning.md) or a Solomon instance (.txt).")
        var instance: String

        @Option(help: "Stop the search after this many seconds.")
        var timeLimit: Double = 10

        @Option(help: "Seed of the search; the same seed and iteration count give the same plan.")
        var seed: UInt64 = 1

        @Option(help: "Stop after this many iterations (makes the run repeatable regardless of speed).")
        var iterations: Int?

        func validate() throws {
            guard timeLimit > 0, timeLimit <= 3600 else { throw ValidationError("--time-limit muss zwischen 0 und 3600 Sekunden liegen.") }
            if let iterations, iterations < 0 { throw ValidationError("--iterations darf nicht negativ sein.") }
        }

        func run() async throws {
            guard let data = FileManager.default.contents(atPath: instance) else { throw ValidationError("Datei \(instance) nicht gefunden.") }
            guard data.count <= 50 * 1_048_576 else { throw ValidationError("Die Datei ist größer als 50 MB.") }
            let options = RouteSearch.Options(seed: seed, timeLimit: timeLimit, iterations: iterations)
            do {
                if let text = String(data: data, encoding: .utf8), SolomonInstance.looksLikeSolomon(text) {
                    let solomon = try SolomonInstance.parse(text)
                    let problem = solomon.problem()
                    var search = RouteSearch(problem: problem, options: options)
                    let result = search.run()
                    try Self.emit(SolomonSolution(instance: solomon, problem: problem, result: result, seed: seed))
                } else {
                    let input = try VisitPlanInput.decode(data)
                    try Self.emit(try VisitPlanner(input).plan(options: options))
                }
            } catch let error as VisitPlanError {
                throw ValidationError(error.description)
            }
        }

        static func emit(_ value: some Encodable) throws {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(try encoder.encode(value))
            FileHandle.standardOutput.write(Data("\n".utf8))
        }
    }

    struct Generate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Generate a realistic week of visit requests in our JSON format.")
        @Option(help: "Number of visit requests.") var visits = 120
        @Option(help: "Number of inspectors.") var inspectors = 8
        @Option(help: "Working days.") var days = 5
        @Option(help: "First day (YYYY-MM-DD).") var firstDay = "2026-11-23"
        @Option(help: "Seed.") var seed: UInt64 = 1

        func validate() throws {
            guard (1...VisitPlanInput.maxVisits).contains(visits), (1...VisitPlanInput.maxInspectors).contains(inspectors), (1...31).contains(days) else {
                throw ValidationError("Besuche 1–\(VisitPlanInput.maxVisits), Prüfer 1–\(VisitPlanInput.maxInspectors), Tage 1–31.")
            }
            guard Day(iso: firstDay) != nil else { throw ValidationError("--first-day ist kein Datum (JJJJ-MM-TT).") }
        }

        func run() async throws {
            try PlanVisits.emit(VisitWeekGenerator.week(visits: visits, inspectors: inspectors, days: days, firstDay: firstDay, seed: seed))
        }
    }
}
