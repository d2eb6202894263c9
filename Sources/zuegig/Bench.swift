// `zuegig bench documents`: throughput of the intake on this machine, printed as JSON:
// text PDFs through pdftotext + classify + extract, a 20-page PDF, classify+extract alone, and OCR
// pages per second with tesseract on the corpus's scanned pages.
import ArgumentParser
import Foundation
import ZuegigAI
import ZuegigDomain
import ZuegigInterop

struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Benchmarks (JSON out); see bench/ for the runs against other tools.", subcommands: [DocumentsBench.self, PlanBench.self])

    struct DocumentsBench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "documents", abstract: "Document intake throughput on the corpus's held-out split.")
        @OptionGroup var options: Documents.ModelOption
        @Option(help: "Corpus folder with labels.jsonl.") var corpus = "./corpus"
        @Option(help: "Repetitions of the in-memory classify+extract pass.") var repeats = 5

        func run() async throws {
            let data = try LabelledCorpus.load(URL(fileURLWithPath: corpus))
            let analyzer = DocumentAnalyzer(classifier: try options.load())
            let tools = await TextExtractionTools.locate()
            guard tools.canReadTextLayer else { throw ValidationError("pdftotext fehlt; der Benchmark braucht poppler-utils.") }
            let extractor = TextExtractor(tools: tools)
            let test = data.test
            var output: [String: JSONOutput] = ["documents": .int(test.count)]

            // In memory: classify + extract on the text.
            let clock = ContinuousClock()
            var sink = 0
            let memory = clock.measure {
                for _ in 0..<repeats {
                    for document in test { sink &+= analyzer.analyse(pages: document.pages).fields.count }
                }
            }
            output["classifyExtractDocumentsPerSecond"] = .double(Double(test.count * repeats) / memory.seconds)
            let classifyOnly = clock.measure {
                for _ in 0..<repeats {
                    for document in test where analyzer.classifier.classify(pages: document.pages).bestGuess == document.kind { sink &+= 1 }
                }
            }
            output["classifyDocumentsPerSecond"] = .double(Double(test.count * repeats) / classifyOnly.seconds)

            // Text PDFs: pdftotext + classify + extract, file by file.
            let pdfs = test.map { SimplePDF(title: "", blocks: $0.pages.joined(separator: "\n").split(separator: "\n").map { .paragraph(String($0)) }).render() }
            var pages = 0
            let start = clock.now
            for pdf in pdfs {
                let text = await extractor.extract(pdf, format: .pdf)
                pages += text.pages.count
                sink &+= analyzer.analyse(pages: text.texts).fields.count
            }
            let pdfTime = (clock.now - start).seconds
            output["textPDFs"] = .object(["files": .int(pdfs.count), "pages": .int(pages), "seconds": .double(pdfTime),
                                          "documentsPerSecond": .double(Double(pdfs.count) / pdfTime)])

            // One 20-page text PDF.
            var lines: [String] = []
            for document in test { lines += document.pages.joined(separator: "\n").split(separator: "\n").map(String.init) }
            var long = SimplePDF(title: "Bauvorlagen", blocks: [])
            var pageCount = 0
            var take = 400
            repeat {
                long = SimplePDF(title: "Bauvorlagen", blocks: lines.prefix(take).map { .paragraph($0) })
                pageCount = await extractor.extract(long.render(), format: .pdf).pages.count
                take += 80
            } while pageCount < 20 && take < lines.count
            let longPDF = long.render()
            var runs: [Double] = []
            for _ in 0..<5 {
                let began = clock.now
                let text = await extractor.extract(longPDF, format: .pdf)
                sink &+= analyzer.analyse(pages: text.texts).fields.count
                runs.append((clock.now - began).seconds)
            }
            output["twentyPagePDF"] = .object(["pages": .int(pageCount), "medianSeconds": .double(runs.sorted()[runs.count / 2])])

            // OCR of the scanned pages.
            if tools.canRecognise {
                let scans = test.flatMap(\.scans) + data.training.flatMap(\.scans)
                let began = clock.now
                var recognised = 0
                for scan in scans {
                    guard let bytes = FileManager.default.contents(atPath: data.directory.appendingPathComponent("scans/\(scan)").path) else { continue }
                    recognised += await extractor.extract(bytes, format: .png).pages.count
                }
                let seconds = (clock.now - began).seconds
                output["ocr"] = .object(["pages": .int(recognised), "seconds": .double(seconds), "pagesPerSecond": .double(Double(recognised) / seconds)])
            } else {
                output["ocr"] = .string("tesseract (deu) fehlt")
            }
            output["checksum"] = .int(sink)
            try JSONOutput.print(.object(output))
        }
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
