/// Phrases compiled into one byte trie over lower-cased UTF-8, so a single pass over a
/// sentence finds every phrase of every lexicon.
///
/// Matching starts only at word starts and ends only at word ends; ASCII letters are folded to
/// lower case, a run of white space matches one space, and an interjection (", however,",
/// "therefore", "of course", "(...)") inside a phrase is skipped: "It is, however, submitted"
/// matches `it is submitted`.
struct ByteTrie: Sendable {
  /// Byte → alphabet class; class 0 has no transitions.
  private let classOf: [UInt8]
  private let classCount: Int
  /// One row of `rowWidth` per node, the root's first: `rows[row + class]` is the child's row
  /// offset, or 0 for none (the root is never a child); `rows[row + classCount]` is the node's
  /// first index into `payloads`, or -1, and `rows[row + classCount + 1]` the end of its
  /// payloads. Row offsets rather than node numbers, and one table, keep the walk's inner loop
  /// free of a multiply and of a second array.
  private let rows: [Int32]
  private let payloads: [Int32]
  private let spaceClass: UInt8

  /// Builds the trie; `phrases[i]` yields payload `i`. Phrases must already be normalised.
  init(phrases: [String]) {
    var used = Set<UInt8>([0x20])
    for phrase in phrases { used.formUnion(phrase.utf8) }
    var classOf = [UInt8](repeating: 0, count: 256)
    var count: UInt8 = 1
    for byte in used.sorted() {
      classOf[Int(byte)] = count
      count += 1
    }
    for upper in UInt8(ascii: "A")...UInt8(ascii: "Z") {
      classOf[Int(upper)] = classOf[Int(upper | 0x20)]
    }
    for space in [UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r")] {
      classOf[Int(space)] = classOf[0x20]
    }
    let classCount = Int(count)
    var next = [Int32](repeating: 0, count: classCount)
    var terminal: [Int32] = [-1]
    var outputs: [[Int32]] = []
    for (payload, phrase) in phrases.enumerated() {
      var node = 0
      for byte in phrase.utf8 {
        let slot = node * classCount + Int(classOf[Int(byte)])
        if next[slot] == 0 {
          next[slot] = Int32(terminal.count)
          terminal.append(-1)
          next.append(contentsOf: repeatElement(0, count: classCount))
        }
        node = Int(next[slot])
      }
      if terminal[node] < 0 {
        terminal[node] = Int32(outputs.count)
        outputs.append([])
      }
      outputs[Int(terminal[node])].append(Int32(payload))
    }
    self.classOf = classOf
    self.classCount = classCount
    let rowWidth = classCount + 2
    var rows = [Int32](repeating: 0, count: terminal.count * rowWidth)
    var payloads: [Int32] = []
    for node in terminal.indices {
      let row = node * rowWidth
      for cls in 0..<classCount {
        let child = Int(next[node * classCount + cls])
        rows[row + cls] = Int32(child * rowWidth)
      }
      rows[row + classCount] = -1
      rows[row + classCount + 1] = -1
      guard terminal[node] >= 0 else { continue }
      rows[row + classCount] = Int32(payloads.count)
      payloads += outputs[Int(terminal[node])]
      rows[row + classCount + 1] = Int32(payloads.count)
    }
    self.rows = rows
    self.payloads = payloads
    self.spaceClass = classOf[0x20]
  }

  /// Calls `found(start, end, payload)` for every phrase occurrence in `text` (byte offsets).
  func scan(_ text: UnsafeBufferPointer<UInt8>, _ found: (Int, Int, Int) -> Void) {
    rows.withUnsafeBufferPointer { rows in
      classOf.withUnsafeBufferPointer { classOf in
        payloads.withUnsafeBufferPointer { payloads in
          let tables = Tables(rows: rows, classOf: classOf, payloads: payloads)
          var i = 0
          var previousIsWord = false
          let n = text.count
          while i < n {
            let byte = text[i]
            if byte == 0xE2 {
              previousIsWord = false
              i += 3
              continue
            }
            let isWord = ByteTrie.isWordByte(byte)
            if isWord && !previousIsWord { walk(text, from: i, tables, found) }
            previousIsWord = isWord
            i += 1
          }
        }
      }
    }
  }

  /// The trie's arrays, borrowed for one scan.
  private struct Tables {
    let rows: UnsafeBufferPointer<Int32>
    let classOf: UnsafeBufferPointer<UInt8>
    let payloads: UnsafeBufferPointer<Int32>
  }

  private func walk(
    _ text: UnsafeBufferPointer<UInt8>, from start: Int, _ tables: Tables,
    _ found: (Int, Int, Int) -> Void
  ) {
    var row = 0
    var j = start
    var lastWasSpace = false
    let n = text.count
    let space = Int(spaceClass)
    let payloadColumn = classCount
    while j < n {
      var cls = Int(tables.classOf[Int(text[j])])
      // Letters take the short way; only white space and commas can start an interjection.
      if cls == space || text[j] == UInt8(ascii: ",") {
        if row != 0, ByteTrie.mayStartInterjection(text, at: j),
          tables.rows[row &+ space] != 0,
          let resume = skipInterjection(text, at: j)
        {
          j = resume
          cls = Int(tables.classOf[Int(text[j])])
        }
        if cls == space {
          if lastWasSpace {
            j += 1
            continue
          }
          lastWasSpace = true
        } else {
          lastWasSpace = false
        }
      } else {
        lastWasSpace = false
      }
      let child = tables.rows[row &+ cls]
      if child == 0 { return }
      row = Int(child)
      j += 1
      let first = tables.rows[row &+ payloadColumn]
      if first >= 0 && ByteTrie.endsWord(text, at: j) {
        let end = Int(tables.rows[row &+ payloadColumn &+ 1])
        for index in Int(first)..<end { found(start, j, Int(tables.payloads[index])) }
      }
    }
  }

  /// False when no interjection can start at `j`: the cheap test on the walk's hot path that
  /// spares most calls of `skipInterjection`, which it must never contradict.
  @inline(__always)
  private static func mayStartInterjection(_ text: UnsafeBufferPointer<UInt8>, at j: Int) -> Bool {
    if text[j] == UInt8(ascii: ",") { return true }
    guard text[j] == 0x20, j + 1 < text.count else { return false }
    let byte = text[j + 1]
    let folded = byte | 0x20
    return byte == 0x20 || byte == UInt8(ascii: "(") || folded == UInt8(ascii: "h")
      || folded == UInt8(ascii: "t") || folded == UInt8(ascii: "o")
  }

  /// If an interjection starts at `j`, the offset of the space after it; otherwise nil.
  private func skipInterjection(_ text: UnsafeBufferPointer<UInt8>, at j: Int) -> Int? {
    let n = text.count
    var k = j
    if k < n && text[k] == UInt8(ascii: ",") { k += 1 }
    while k < n && text[k] == 0x20 { k += 1 }
    guard k < n else { return nil }
    // Most spaces inside a phrase are not followed by an interjection: reject on the first byte.
    let folded = text[k] | 0x20
    guard
      text[k] == UInt8(ascii: "(") || folded == UInt8(ascii: "h") || folded == UInt8(ascii: "t")
        || folded == UInt8(ascii: "o")
    else { return nil }
    if text[k] == UInt8(ascii: "(") {
      let limit = min(n, k + 80)
      k += 1
      while k < limit && text[k] != UInt8(ascii: ")") { k += 1 }
      guard k < limit else { return nil }
      k += 1
    } else {
      var matched = false
      for word in ByteTrie.interjections where ByteTrie.hasWord(text, at: k, word) {
        k += word.count
        matched = true
        break
      }
      guard matched else { return nil }
    }
    if k < n && text[k] == UInt8(ascii: ",") { k += 1 }
    guard k < n, text[k] == 0x20 else { return nil }
    return k
  }

  private static let interjections: [[UInt8]] = ["however", "therefore", "of course"].map {
    Array($0.utf8)
  }

  private static func hasWord(_ text: UnsafeBufferPointer<UInt8>, at k: Int, _ word: [UInt8])
    -> Bool
  {
    guard k + word.count <= text.count else { return false }
    for (offset, byte) in word.enumerated() where text[k + offset] | 0x20 != byte {
      return false
    }
    return endsWord(text, at: k + word.count)
  }

  /// ASCII letters and digits, and bytes of non-ASCII characters (other than U+2000–U+2FFF
  /// punctuation, whose lead byte is 0xE2 and which `scan` steps over).
  static func isWordByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      return true
    default:
      return byte >= 0x80 && byte != 0xE2
    }
  }

  /// True when offset `j` is the end of the text or the byte before it ends a word.
  static func endsWord(_ text: UnsafeBufferPointer<UInt8>, at j: Int) -> Bool {
    guard j < text.count, isWordByte(text[j - 1]) else { return true }
    return !isWordByte(text[j])
  }
}
