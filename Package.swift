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
        .library(name: "Analysis", targets: ["Analysis"]),
        .library(name: "Reports", targets: ["Reports"]),
        .library(name: "Runner", targets: ["Runner"]),
    ],
    targets: [
        .target(name: "Questionnaire"),
        .target(name: "Statistics"),
        .target(name: "Responses", dependencies: ["Questionnaire"], exclude: ["Dataset/README.md"]),
        .target(name: "Analysis", dependencies: ["Questionnaire", "Responses", "Statistics"]),
        .target(name: "Reports", dependencies: ["Analysis", "Questionnaire", "Statistics"]),
        .target(name: "Runner", dependencies: ["Questionnaire", "Responses"]),
        .executableTarget(name: "octant", dependencies: ["Questionnaire", "Responses", "Statistics", "Analysis", "Reports", "Runner"]),

        .testTarget(name: "QuestionnaireTests", dependencies: ["Questionnaire"]),
        .testTarget(name: "StatisticsTests", dependencies: ["Statistics"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ResponsesTests", dependencies: ["Responses", "Questionnaire"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "Reports", "Questionnaire", "Responses", "Statistics"], exclude: ["Golden", "render-html.sh"]),
        .testTarget(name: "RunnerTests", dependencies: ["Runner", "Questionnaire", "Responses"]),
        .testTarget(name: "OctantTests", dependencies: ["octant", "Questionnaire", "Responses"]),
    ]
)
