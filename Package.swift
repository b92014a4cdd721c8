// swift-tools-version:6.0
// Octant: questionnaires, interviews and statistics for impact-evaluation surveys.
// Toolchain only: no package dependencies (design card).
//
// Dependency arrows point down, never up:
//
//   octant                         the command line
//     ├── Runner ──────────┐       the interview
//     ├── Reports          │       words, locales, tables, charts
//     │     └── Analysis   │       questionnaire + dataset → typed report
//     ├── Simulation       │       synthetic respondents
//     │         └──────────┴── Responses     journal, datasets, import, export, linking
//     │                             └── Questionnaire   the language        Statistics  numbers only
//     └─────────────────────────────────────── Support   language, catalogues, seeded generator,
//                                                        parallel slots, private atomic files, terminal text
import PackageDescription

let package = Package(
    name: "Octant",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "octant", targets: ["octant"]),
        .library(name: "Support", targets: ["Support"]),
        .library(name: "Questionnaire", targets: ["Questionnaire"]),
        .library(name: "Statistics", targets: ["Statistics"]),
        .library(name: "Responses", targets: ["Responses"]),
        .library(name: "Simulation", targets: ["Simulation"]),
        .library(name: "Analysis", targets: ["Analysis"]),
        .library(name: "Reports", targets: ["Reports"]),
        .library(name: "Runner", targets: ["Runner"]),
    ],
    targets: [
        // Bottom: no project dependency (Support) or only Support.
        .target(name: "Support", exclude: ["README.md"]),
        .target(name: "Statistics", exclude: ["README.md"]),
        .target(name: "Questionnaire", dependencies: ["Support"], exclude: ["README.md"]),
        // Middle.
        .target(name: "Responses", dependencies: ["Support", "Questionnaire"], exclude: ["README.md", "Dataset/README.md"]),
        .target(name: "Simulation", dependencies: ["Support", "Questionnaire", "Responses"], exclude: ["README.md"]),
        .target(name: "Analysis", dependencies: ["Support", "Questionnaire", "Responses", "Statistics"], exclude: ["README.md"]),
        .target(name: "Reports", dependencies: ["Support", "Analysis", "Questionnaire", "Statistics"], exclude: ["README.md"]),
        .target(name: "Runner", dependencies: ["Support", "Questionnaire", "Responses"], exclude: ["README.md"]),
        // Top.
        .executableTarget(name: "octant", dependencies: ["Support", "Questionnaire", "Responses", "Simulation", "Statistics", "Analysis", "Reports", "Runner"]),

        .testTarget(name: "SupportTests", dependencies: ["Support"]),
        .testTarget(name: "QuestionnaireTests", dependencies: ["Questionnaire", "Support"]),
        .testTarget(name: "StatisticsTests", dependencies: ["Statistics"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ResponsesTests", dependencies: ["Responses", "Questionnaire", "Support"], exclude: ["Fixtures"]),
        .testTarget(name: "SimulationTests", dependencies: ["Simulation", "Responses", "Questionnaire", "Support"]),
        // Small fixed datasets shared by the analysis and report tests (not a product).
        .target(name: "ReportFixtures", dependencies: ["Analysis", "Questionnaire", "Responses", "Support"], path: "Tests/ReportFixtures"),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "Questionnaire", "Responses", "Simulation", "Statistics", "Support"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "ReportFixtures", "Analysis", "Questionnaire", "Responses", "Statistics", "Support"],
                    exclude: ["Golden", "render-html.sh"]),
        .testTarget(name: "RunnerTests", dependencies: ["Runner", "Questionnaire", "Responses", "Support"]),
        .testTarget(name: "OctantTests", dependencies: ["octant", "Questionnaire", "Responses", "Support"], exclude: ["Fixtures"]),
    ]
)
