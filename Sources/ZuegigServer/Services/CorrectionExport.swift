// Exports the case workers' kind corrections with the document text, as JSON lines for
// `zuegig documents train --corrections` (retraining on what the model got wrong).
import Fluent
import Foundation
import ZuegigInterop
import ZuegigPersistence

public enum CorrectionExport {
    public static func lines(on database: any Database) async throws -> [String] {
        // The platform operator's export: across authorities, text only (no names of people or cases).
        let reviews = try await DocumentReviewModel.query(on: database).filter(\.$subject == "kind").filter(\.$verdict == "corrected")
            .sort(\.$createdAt).all()
        var latest: [UUID: DocumentReviewModel] = [:]
        for review in reviews { latest[review.documentID] = review }
        var lines: [String] = []
        for (documentID, review) in latest.sorted(by: { $0.key.uuidString < $1.key.uuidString }) {
            guard let analysis = try await DocumentAnalysisModel.query(on: database).filter(\.$documentID == documentID).first(),
                  let pages = try? JSONDecoder().decode([PageText].self, from: Data(analysis.pages.utf8)) else { continue }
            let text = pages.map(\.text).joined(separator: "\u{0C}")
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { continue }
            let data = try JSONSerialization.data(withJSONObject: ["kind": review.acceptedValue, "text": text], options: [.sortedKeys])
            lines.append(String(decoding: data, as: UTF8.self))
        }
        return lines
    }
}
