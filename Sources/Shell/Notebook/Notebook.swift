/// A Markdown notebook: prose, fenced ```` ```assay ```` code blocks, and the ```` ```output ````
/// block directly under each one.
///
/// Only the code blocks and their output blocks are read or rewritten; prose stays byte for byte.
public struct Notebook: Sendable {
  /// One ```` ```assay ```` block and the output block after it, if any.
  public struct Cell: Sendable, Equatable {
    /// 1-based line of the opening ```` ```assay ```` fence.
    public var fenceLine: Int
    /// 0-based index of the first code line (the line after the fence).
    public var codeStart: Int
    /// 0-based index of the closing fence.
    public var codeEnd: Int
    /// The code, lines joined with `\n`.
    public var code: String
    /// 0-based lines from just after the closing fence to the end of the stored output block
    /// (blank lines between included); nil when there is no output block.
    public var outputLines: Range<Int>?
    /// The stored output, lines joined with `\n`; nil when there is no output block.
    public var output: String?
  }

  public let lines: [String]
  public let cells: [Cell]

  public init(_ text: String) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    self.lines = lines
    var cells: [Cell] = []
    var i = 0
    while i < lines.count {
      guard let open = Fence(lines[i]), let close = Fence.close(of: open, in: lines, after: i)
      else {
        i += 1
        continue
      }
      guard open.info == "assay" else {
        i = close + 1
        continue
      }
      var cell = Cell(
        fenceLine: i + 1, codeStart: i + 1, codeEnd: close,
        code: lines[(i + 1)..<close].joined(separator: "\n"), outputLines: nil, output: nil)
      var k = close + 1
      while k < lines.count, lines[k].allSatisfy({ $0 == " " || $0 == "\t" }) { k += 1 }
      if k < lines.count, let out = Fence(lines[k]), out.info == "output" {
        let end = Fence.close(of: out, in: lines, after: k) ?? lines.count
        cell.outputLines = (close + 1)..<min(end + 1, lines.count)
        cell.output = lines[(k + 1)..<end].joined(separator: "\n")
        i = end + 1
      } else {
        i = close + 1
      }
      cells.append(cell)
    }
    self.cells = cells
  }

  /// The notebook with each cell's output block replaced by `outputs[n]` (nil or empty: no
  /// output block). Everything else is kept as it was.
  public func replacingOutputs(_ outputs: [String?]) -> String {
    var result: [String] = []
    var next = 0
    for (cell, output) in zip(cells, outputs) {
      result += lines[next...cell.codeEnd]
      next = cell.outputLines?.upperBound ?? cell.codeEnd + 1
      if let output, !output.isEmpty {
        let fence = Fence.ticks(for: output)
        result += [fence + "output"]
        result += output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        result += [fence]
      }
    }
    if next < lines.count { result += lines[next...] }
    return result.joined(separator: "\n")
  }

  /// Lines `replacingOutputs` writes for `output`: its lines and two fences, or none.
  static func outputBlockLineCount(_ output: String?) -> Int {
    guard let output, !output.isEmpty else { return 0 }
    return output.split(separator: "\n", omittingEmptySubsequences: false).count + 2
  }
}

/// A fence line: three or more backticks and an info word.
struct Fence {
  var ticks: Int
  var info: String

  init?(_ line: String) {
    let trimmed = line.drop { $0 == " " }
    guard line.count - trimmed.count <= 3 else { return nil }
    let ticks = trimmed.prefix { $0 == "`" }.count
    guard ticks >= 3 else { return nil }
    self.ticks = ticks
    self.info = String(
      trimmed.dropFirst(ticks).trimmingPrefix(while: { $0 == " " }).prefix { $0 != " " })
  }

  /// The index of the line closing `open` (at least as many backticks and nothing else).
  static func close(of open: Fence, in lines: [String], after start: Int) -> Int? {
    var k = start + 1
    while k < lines.count {
      if let f = Fence(lines[k]), f.info.isEmpty, f.ticks >= open.ticks { return k }
      k += 1
    }
    return nil
  }

  /// A fence longer than any backtick run that starts a line of `text`.
  static func ticks(for text: String) -> String {
    var longest = 0
    for line in text.split(separator: "\n") {
      longest = max(longest, line.drop { $0 == " " }.prefix { $0 == "`" }.count)
    }
    return String(repeating: "`", count: max(3, longest + 1))
  }
}

extension Substring {
  fileprivate func trimmingPrefix(while predicate: (Character) -> Bool) -> Substring {
    drop(while: predicate)
  }
}
