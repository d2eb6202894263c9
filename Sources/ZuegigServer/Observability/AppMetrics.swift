// Every metric of the app, declared in one place, on a Prometheus registry owned by the app.
import Prometheus

public final class AppMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry

    public init(registry: PrometheusCollectorRegistry) {
        self.registry = registry
    }

    static let durationBuckets: [Duration] = [
        .milliseconds(5), .milliseconds(25), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(5),
    ]

    func recordRequest(method: String, route: String, status: UInt, duration: Duration) {
        let labels = [("method", method), ("route", route), ("status", String(status))]
        registry.makeCounter(name: "zuegig_http_requests_total", labels: labels, help: "HTTP requests answered").increment()
        registry.makeDurationHistogram(
            name: "zuegig_http_request_duration_seconds", labels: [("method", method), ("route", route)],
            buckets: Self.durationBuckets, help: "Time to answer an HTTP request"
        ).record(duration)
    }

    /// `result`: success, failure or locked.
    func recordLogin(result: String) {
        registry.makeCounter(name: "zuegig_logins_total", labels: [("result", result)], help: "Login attempts").increment()
    }

    func recordAuditEvent(action: String) {
        registry.makeCounter(name: "zuegig_audit_events_total", labels: [("action", action)], help: "Audit events written").increment()
    }

    /// `status`: the text status of the analysed document (available, empty, unavailable, failed).
    func recordDocumentAnalysed(status: String) {
        registry.makeCounter(name: "zuegig_documents_analysed_total", labels: [("text", status)], help: "Documents read and analysed").increment()
    }

    func recordPlanImported() {
        registry.makeCounter(name: "zuegig_plans_imported_total", help: "Development plans imported from XPlanGML").increment()
    }

    /// `overall`: ok, violation or manualReview.
    func recordPlanCheck(overall: String) {
        registry.makeCounter(name: "zuegig_plan_checks_total", labels: [("overall", overall)], help: "Projects checked against a development plan").increment()
    }

    public func render() -> String {
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }
}
