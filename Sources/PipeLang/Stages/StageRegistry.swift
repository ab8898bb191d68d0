/// Every pipeline stage, alphabetically: the one table the parser, `help` and tests read.
public enum StageRegistry {
  public static let all: [any PipeStage.Type] = [
    AvgStage.self,
    CountStage.self,
    DistinctStage.self,
    ExportStage.self,
    GroupStage.self,
    KwicStage.self,
    LimitStage.self,
    MaxStage.self,
    MinStage.self,
    NoteStage.self,
    SelectStage.self,
    SetStage.self,
    ShowStage.self,
    SortStage.self,
    SumStage.self,
    TagStage.self,
    TopStage.self,
    UnsetStage.self,
    WhereStage.self,
  ]

  /// Stage names in table order.
  public static var names: [String] { all.map { $0.name } }

  /// The stage type called `name`.
  public static func stage(named name: String) -> (any PipeStage.Type)? {
    all.first { $0.name == name }
  }

  /// Every example of every stage, for the examples test.
  public static var allExamples: [StageExample] { all.flatMap { $0.examples } }
}
