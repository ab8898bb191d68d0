/// Reads draft markup into two readings and a list of edits, in one byte scan.
///
/// ```
/// "We ~~ought~~ should think"     -> final "We should think",  typed "We ought should think"
/// "at ^{the rule of} by"          -> final "at the rule of by", typed "at by"
/// "the attachment *in which*"     -> final "the attachment in which", typed "the attachment"
/// "19 June* may"                  -> final "19 June may" (footnote mark), typed "19 June* may"
/// ```
///
/// Both readings collapse runs of spaces (U+00A0 counts as one), drop a space before
/// `, . ; : )` and a doubled comma, so removing an edit leaves no gap behind.
struct DraftMarkup {
  struct Edit {
    var kind: DraftEdit.Kind
    var text: String
    var rawOffset: Int
    /// Where the edit sits in the final reading (for struck text: where it would have stood).
    var finalOffset: Int
  }

  private(set) var final: [UInt8] = []
  private(set) var typed: [UInt8] = []
  private(set) var edits: [Edit] = []
  /// False when the text had no markup, so both readings are the same bytes.
  private(set) var hasMarkup = false
  /// Byte ranges already searched in vain for `~~`, `}` and a closing `*`.
  /// (Three fields, not an array: every paragraph makes a `DraftMarkup`, most never search.)
  private var misses = SearchMisses()

  /// Renders `raw`; `marks` are raw offsets whose final offsets the caller wants back.
  static func render(_ raw: [UInt8], marks: [Int]) -> (DraftMarkup, [Int]) {
    var m = DraftMarkup()
    if raw.withUnsafeBufferPointer(isClean) {
      m.final = raw
      m.typed = raw
      return (m, marks)
    }
    var markFinal = Array(repeating: 0, count: marks.count)
    raw.withUnsafeBufferPointer { r in
      verbatimClasses.withUnsafeBufferPointer { classes in
        let hasMarkup = ByteScan.containsMarkupByte(r)
        var f = ByteWriter(capacity: r.count)
        var t = ByteWriter(capacity: hasMarkup ? r.count : 0)
        defer {
          f.free()
          t.free()
        }
        var nextMark = 0
        let n = r.count
        var i = 0
        while i < n {
          while nextMark < marks.count, marks[nextMark] <= i {
            markFinal[nextMark] = f.count
            nextMark += 1
          }
          let b = r[i]
          if isPlain(b) {
            let limit = nextMark < marks.count ? min(marks[nextMark], n) : n
            let j = verbatimRunEnd(r, from: i + 1, limit: limit, classes: classes)
            f.append(r, i..<j)
            if hasMarkup { t.append(r, i..<j) }
            i = j
          } else if b == 0x7E, i + 1 < n, r[i + 1] == 0x7E,
            let close = m.find(r, 0x7E, 0x7E, from: i + 2, miss: 0)
          {
            m.addEdit(.struck, r, i + 2, close, at: i, finalOffset: f.count)
            t.put(r, (i + 2)..<close)
            i = close + 2
          } else if b == 0x5E, i + 1 < n, r[i + 1] == 0x7B,
            let close = m.find(r, 0x7D, nil, from: i + 2, miss: 1)
          {
            m.addEdit(.inserted, r, i + 2, close, at: i, finalOffset: f.count)
            f.put(r, (i + 2)..<close)
            i = close + 1
          } else if b == 0x2A {
            i = m.star(r, i, &f, &t)
          } else if b == 0xC2, i + 1 < n, r[i + 1] == 0xA0 {
            f.put(0x20)
            if hasMarkup { t.put(0x20) }
            i += 2
          } else if b == 0x2E, i + 1 < n, r[i + 1] == 0x2E {
            while i < n, r[i] == 0x2E {
              f.append(0x2E)
              if hasMarkup { t.append(0x2E) }
              i += 1
            }
          } else {
            f.put(b)
            if hasMarkup { t.put(b) }
            i += 1
          }
        }
        while nextMark < marks.count {
          markFinal[nextMark] = f.count
          nextMark += 1
        }
        m.final = f.finish()
        m.typed = hasMarkup ? t.finish() : m.final
        m.hasMarkup = hasMarkup
      }
    }
    return (m, markFinal)
  }

  /// True when rendering would change nothing: no markup, no U+00A0, no control bytes,
  /// single spaces only and none before `, . ; : )`.
  ///
  /// Every paragraph passes through here, so the test is a table look-up per byte with the
  /// verdict checked once per 64 bytes rather than a chain of branches per byte.
  private static func isClean(_ r: UnsafeBufferPointer<UInt8>) -> Bool {
    cleanClass.withUnsafeBufferPointer { table in
      var previousSpace: UInt8 = 4  // the text must not start with a space or `, . ; : )`
      var i = 0
      let n = r.count
      while i < n {
        let blockEnd = min(n, i + 64)
        var bad: UInt8 = 0
        while i < blockEnd {
          let c = table[Int(r[i])]
          bad |= (c & 2) | (previousSpace & (c << 2))
          previousSpace = c & 4
          i += 1
        }
        if bad != 0 { return false }
      }
      return previousSpace == 0
    }
  }

  /// Per byte for `isClean`: bit 0 = may not follow a space (space, `) , . : ;`), bit 1 = never
  /// in clean text (control bytes, `* ^ ~`, U+00A0's lead), bit 2 = a space.
  private static let cleanClass: [UInt8] = (0...255).map { b -> UInt8 in
    switch b {
    case 0..<0x20, 0x2A, 0x5E, 0x7E, 0xC2: 2
    case 0x20: 5
    case 0x29, 0x2C, 0x2E, 0x3A, 0x3B: 1
    default: 0
    }
  }

  /// Bytes copied as they are: everything but spaces, markup, `, . ; : )` and U+00A0's lead.
  @inline(__always) private static func isPlain(_ b: UInt8) -> Bool {
    if b >= 0x3C { return b != 0x5E && b != 0x7E && b != 0xC2 }
    return (specialBelow64 >> UInt64(b)) & 1 == 0
  }

  /// End of the run of bytes, from `from` (after a plain byte) up to `limit`, that `put` would
  /// write unchanged because of the byte written just before: a space after no space, `. ; : )`
  /// after no space, a comma after neither space nor comma. Long runs are copied in one go.
  @inline(__always) private static func verbatimRunEnd(
    _ r: UnsafeBufferPointer<UInt8>, from: Int, limit: Int, classes: UnsafeBufferPointer<UInt8>
  ) -> Int {
    var j = from
    var previous: UInt8 = 0
    while j < limit {
      let c = classes[Int(r[j])]
      guard (verbatimAfter &>> UInt32(c &* 4 &+ previous)) & 1 == 1 else { break }
      previous = c
      j += 1
    }
    return j
  }

  /// Byte classes for `verbatimRunEnd`: 0 plain, 1 space, 2 `. ; : )`, 3 comma, 4 anything
  /// else that needs the slow path (other whitespace, markup, U+00A0's lead).
  private static let verbatimClasses: [UInt8] = (0...255).map { b -> UInt8 in
    switch b {
    case 0x20: 1
    case 0x29, 0x2E, 0x3A, 0x3B: 2
    case 0x2C: 3
    default: isPlain(UInt8(b)) ? 0 : 4
    }
  }

  /// Bit `4 * class + previous class` set when a byte of that class is written unchanged
  /// after one of the previous class: plain after any; space or `. ; : )` after 0, 2, 3;
  /// comma after 0, 2.
  private static let verbatimAfter: UInt32 = 0x5DDF

  /// Bit k set when byte k (< 64) needs a closer look: whitespace, `) * , . : ;`.
  private static let specialBelow64: UInt64 = 0x0C00_5601_0000_3E00

  /// A `*`: opens handwriting after a space, or is a footnote mark after a word (`June*`).
  private mutating func star(
    _ r: UnsafeBufferPointer<UInt8>, _ i: Int, _ f: inout ByteWriter, _ t: inout ByteWriter
  ) -> Int {
    let prev: UInt8 = i > 0 ? r[i - 1] : 0x20
    let next: UInt8 = i + 1 < r.count ? r[i + 1] : 0x20
    let opensAfter = ByteText.isSpace(prev) || prev == 0x28 || prev == 0x22
    if opensAfter, next != 0x2A, !ByteText.isSpace(next), let close = closingStar(r, i + 1) {
      addEdit(.handwritten, r, i + 1, close, at: i, finalOffset: f.count)
      f.put(r, (i + 1)..<close)
      return close + 1
    }
    var j = i
    while j < r.count, r[j] == 0x2A {
      t.put(0x2A)
      if opensAfter { f.put(0x2A) }
      j += 1
    }
    return j
  }

  /// The `*` that closes handwriting: after a non-space, before a non-letter.
  private mutating func closingStar(_ r: UnsafeBufferPointer<UInt8>, _ from: Int) -> Int? {
    guard let j = find(r, 0x2A, nil, from: from, miss: 2) else { return nil }
    let after: UInt8 = j + 1 < r.count ? r[j + 1] : 0x20
    return !ByteText.isSpace(r[j - 1]) && !ByteText.isAlnum(after) ? j : nil
  }

  private mutating func addEdit(
    _ kind: DraftEdit.Kind, _ r: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, at: Int,
    finalOffset: Int
  ) {
    let text = ByteText.string(ByteText.trim(Array(r[s..<e])[...]))
    edits.append(Edit(kind: kind, text: text, rawOffset: at, finalOffset: finalOffset))
  }

  /// How far a closing `~~`, `}` or `*` is looked for, so unclosed markup stays linear.
  static let maximumSpan = 4096

  /// First index of byte `a` (followed by `b` when given) at or after `from`, within reach.
  /// A stretch already searched in vain is skipped, so repeated unclosed markup stays linear.
  private mutating func find(
    _ r: UnsafeBufferPointer<UInt8>, _ a: UInt8, _ b: UInt8?, from: Int, miss k: Int
  ) -> Int? {
    let end = min(r.count, from + Self.maximumSpan)
    var j = misses[k].covers(from) ? misses[k].to : from
    while j < end {
      if r[j] == a {
        guard let b else { return j }
        if j + 1 < r.count, r[j + 1] == b { return j }
      }
      j += 1
    }
    misses[k] = SearchMiss(from: from, to: max(end, misses[k].covers(from) ? misses[k].to : end))
    return nil
  }
}

/// The three `SearchMiss` records of a render, by kind: 0 `~~`, 1 `}`, 2 `*`.
struct SearchMisses {
  private var struck = SearchMiss()
  private var inserted = SearchMiss()
  private var handwritten = SearchMiss()

  subscript(kind: Int) -> SearchMiss {
    get {
      switch kind {
      case 0: struck
      case 1: inserted
      default: handwritten
      }
    }
    set {
      switch kind {
      case 0: struck = newValue
      case 1: inserted = newValue
      default: handwritten = newValue
      }
    }
  }
}

/// A byte range known to hold no match for one kind of closing markup.
struct SearchMiss {
  var from = 0
  var to = 0

  func covers(_ offset: Int) -> Bool { offset >= from && offset < to }
}

/// A fixed-capacity output buffer with the tidy-spacing rules of `DraftMarkup`.
struct ByteWriter {
  private var base: UnsafeMutablePointer<UInt8>
  private(set) var count = 0

  init(capacity: Int) { base = .allocate(capacity: max(capacity, 1)) }

  @inline(__always) mutating func append(_ b: UInt8) {
    base[count] = b
    count += 1
  }

  /// Copies bytes as they are.
  @inline(__always) mutating func append(_ r: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    guard let source = r.baseAddress else { return }
    (base + count).update(from: source + range.lowerBound, count: range.count)
    count += range.count
  }

  /// Appends one byte, collapsing spaces, dropping a space before `, . ; : )` and a doubled comma.
  @inline(__always) mutating func put(_ b: UInt8) {
    if ByteText.isSpace(b) {
      if count > 0, base[count - 1] != 0x20 { append(0x20) }
      return
    }
    if b == 0x2C || b == 0x2E || b == 0x3B || b == 0x3A || b == 0x29 {
      if count > 0, base[count - 1] == 0x20 { count -= 1 }
      if b == 0x2C, count > 0, base[count - 1] == 0x2C { return }
    }
    append(b)
  }

  mutating func put(_ r: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    for k in range { put(r[k]) }
  }

  /// The bytes written, without trailing spaces.
  mutating func finish() -> [UInt8] {
    while count > 0, base[count - 1] == 0x20 { count -= 1 }
    return Array(UnsafeBufferPointer(start: base, count: count))
  }

  func free() { base.deallocate() }
}
