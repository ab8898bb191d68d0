import Diagnostics

/// One line (or `|`-continued lines) of a script.
public enum Statement: Sendable {
  /// `claims | where ...`: evaluate and show.
  case pipeline(Pipeline)
  /// `let NAME = PIPELINE`: evaluate and store.
  case assignment(name: String, pipeline: Pipeline, span: SourceSpan)
  /// `source "FILE"`: run another script.
  case include(path: String, span: SourceSpan)
  /// `why 1953-uk-beria/2.2`: a registered command with the raw rest of its line.
  case command(name: String, arguments: String, span: SourceSpan)
}

/// A source then stages joined by `|`.
public struct Pipeline: Sendable {
  public var source: PipelineSource
  public var stages: [StageInvocation]
  /// The whole statement's first line, for carets.
  public var span: SourceSpan
}

/// Where a pipeline's rows come from.
public enum PipelineSource: Sendable {
  /// `claims` or `claims 1957-cia`.
  case table(name: String, argument: String?, span: SourceSpan)
  /// `$NAME`: a result stored by `let`.
  case variable(name: String, span: SourceSpan)
}

/// A parsed stage with the span of its name.
public struct StageInvocation: Sendable {
  public var stage: any PipeStage
  public var span: SourceSpan
}
