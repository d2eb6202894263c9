// UTM to latitude/longitude and back. Reference values were computed once with PROJ (pyproj 3.7,
// EPSG:25832/25833 to EPSG:4326) and written down here; PROJ is not needed to run the tests.
import Testing
@testable import ZuegigGeo

struct UTMProjectionTests {
    static let references: [(srs: String, easting: Double, northing: Double, lat: Double, lon: Double)] = [
        ("EPSG:25833", 390_020, 5_819_010, 52.510102645, 13.379433818),
        ("urn:ogc:def:crs:EPSG::25833", 500_000, 5_800_000, 52.350293350, 15.000000000),
        ("EPSG:25833", 300_000, 6_000_000, 54.109206449, 11.940406317),
        ("http://www.opengis.net/def/crs/EPSG/0/25833", 700_000, 5_300_000, 47.822235621, 17.672054778),
        ("EPSG:25832", 566_000, 5_930_000, 53.514789076, 9.995348251),
    ]

    @Test(arguments: references.indices)
    func inverseMatchesPROJ(_ index: Int) throws {
        let reference = Self.references[index]
        let projection = try #require(UTMProjection(srs: reference.srs))
        let (lat, lon) = projection.geographic(Point(reference.easting, reference.northing))
        #expect(abs(lat - reference.lat) < 1e-7)
        #expect(abs(lon - reference.lon) < 1e-7)
        let back = projection.projected(lat: lat, lon: lon)
        #expect(abs(back.x - reference.easting) < 0.001)
        #expect(abs(back.y - reference.northing) < 0.001)
    }

    @Test func otherSystemsAreNotUTM() {
        #expect(UTMProjection(srs: "EPSG:4326") == nil)
        #expect(UTMProjection(srs: "EPSG:31468") == nil)
        #expect(UTMProjection(srs: "Lokal") == nil)
        #expect(UTMProjection(srs: "EPSG:25832")?.zone == 32)
        #expect(UTMProjection(zone: 61) == nil)
    }
}
