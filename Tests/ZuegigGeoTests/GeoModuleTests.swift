// The Geo module is linked into the package graph at its layer (DESIGN.md section 2).
import Testing
import ZuegigDomain
@testable import ZuegigGeo

struct GeoModuleTests {
    @Test func moduleIsNamedAfterItsTarget() {
        #expect(GeoModule.name == "ZuegigGeo")
    }
}
