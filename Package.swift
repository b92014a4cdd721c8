// swift-tools-version:6.0
// Octant: questionnaires, interviews and statistics for impact-evaluation surveys.
// Toolchain only: no package dependencies (design card).
import PackageDescription

let package = Package(
    name: "Octant",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "octant", targets: ["octant"]),
        .library(name: "Questionnaire", targets: ["Questionnaire"]),
        .library(name: "Statistics", targets: ["Statistics"]),
        .library(name: "Responses", targets: ["Responses"]),
        .library(name: "Runner", targets: ["Runner"]),
    ],
    targets: [
        .target(name: "Questionnaire"),
        .target(name: "Statistics"),
        .target(name: "Responses", dependencies: ["Questionnaire"]),
        .target(name: "Runner", dependencies: ["Questionnaire", "Responses"]),
        .executableTarget(name: "octant", dependencies: ["Questionnaire", "Responses", "Statistics", "Runner"]),

        .testTarget(name: "QuestionnaireTests", dependencies: ["Questionnaire"], resources: [.copy("Fixtures")]),
        .testTarget(name: "StatisticsTests", dependencies: ["Statistics"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ResponsesTests", dependencies: ["Responses", "Questionnaire"]),
        .testTarget(name: "RunnerTests", dependencies: ["Runner", "Questionnaire", "Responses"]),
        .testTarget(name: "OctantTests", dependencies: ["octant", "Questionnaire", "Responses"]),
    ]
)
