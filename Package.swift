// swift-tools-version:6.0
// Zügig: one package, layered targets (see DESIGN.md section 2). A target imports only those above it.
import PackageDescription

let strict: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
    name: "zuegig",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "zuegig", targets: ["zuegig"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
    ],
    targets: [
        .target(name: "ZuegigDomain", swiftSettings: strict),
        .target(name: "ZuegigGeo", dependencies: ["ZuegigDomain"], swiftSettings: strict),
        // Optimised even in debug builds: the classifier and the visit optimiser are benchmarked and
        // used interactively from the debug binary the README builds.
        .target(name: "ZuegigAI", dependencies: ["ZuegigDomain", "ZuegigGeo"], swiftSettings: strict + [.unsafeFlags(["-O"])]),
        .target(
            name: "ZuegigInterop",
            dependencies: ["ZuegigDomain", "ZuegigGeo", "ZuegigAI", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict
        ),
        .target(
            name: "ZuegigPersistence",
            dependencies: [
                "ZuegigDomain",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "ZuegigServer",
            dependencies: [
                "ZuegigDomain", "ZuegigGeo", "ZuegigAI", "ZuegigInterop", "ZuegigPersistence",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "zuegig",
            dependencies: [
                "ZuegigServer",
                "ZuegigPersistence",
                "ZuegigAI",
                "ZuegigInterop",
                "ZuegigDomain",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        // Helpers shared by test targets only (a real SQLite database without the server).
        .target(
            name: "ZuegigTestSupport",
            dependencies: [
                "ZuegigPersistence",
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "ZuegigDomainTests", dependencies: ["ZuegigDomain"], swiftSettings: strict),
        .testTarget(name: "ZuegigGeoTests", dependencies: ["ZuegigGeo"], exclude: ["Samples"], swiftSettings: strict),
        .testTarget(name: "ZuegigAITests", dependencies: ["ZuegigAI"], exclude: ["PlanCases", "Solomon"], swiftSettings: strict),
        .testTarget(name: "ZuegigInteropTests", dependencies: ["ZuegigInterop", "ZuegigTestSupport"], swiftSettings: strict),
        .testTarget(
            name: "ZuegigPersistenceTests",
            dependencies: ["ZuegigPersistence", "ZuegigTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ZuegigServerTests",
            dependencies: [
                "ZuegigServer", "ZuegigPersistence", "ZuegigDomain", "ZuegigInterop", "ZuegigTestSupport",
                .product(name: "VaporTesting", package: "vapor"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "zuegigTests", dependencies: ["zuegig", "ZuegigTestSupport"], swiftSettings: strict),
    ]
)
