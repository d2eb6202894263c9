// The AI module is linked into the package graph at its layer (DESIGN.md section 2).
import Testing
import ZuegigDomain
@testable import ZuegigAI

struct AIModuleTests {
    @Test func moduleIsNamedAfterItsTarget() {
        #expect(AIModule.name == "ZuegigAI")
    }
}
