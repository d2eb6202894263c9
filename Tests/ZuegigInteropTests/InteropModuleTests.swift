// The Interop module is linked into the package graph at its layer (DESIGN.md section 2).
import Testing
import ZuegigDomain
@testable import ZuegigInterop

struct InteropModuleTests {
    @Test func moduleIsNamedAfterItsTarget() {
        #expect(InteropModule.name == "ZuegigInterop")
    }
}
