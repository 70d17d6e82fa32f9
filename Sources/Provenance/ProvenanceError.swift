/// Mistakes a user can make and fix. The ``description`` is exactly what
/// `prov` prints after `Error: `, so it names the thing and the way out.
public enum ProvenanceError: Error, Equatable, Sendable {
    case fileNotFound(path: String)
    case unreadableFile(path: String, reason: String)
    case binaryFile(path: String)
    case notUTF8(path: String, byteOffset: Int)
    case malformedFrontMatter(file: String, line: Int, reason: String)
    case unsupportedFileType(path: String)
    case claimNotFound(id: Int64)
    case mentionNotFound(id: Int64)
    case articleNotFound(id: Int64)
    case unknownSource(name: String)
    /// The file exists but is not a prov store: prov leaves it as it is.
    case notAProvDatabase(path: String)
    /// No store at the path (no file, or an empty one), and the command only reads or corrects one.
    case noSuchStore(path: String)
    case invalidArgument(String)
}

extension ProvenanceError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .fileNotFound(let path):
            "\(path): no such file or folder"
        case .unreadableFile(let path, let reason):
            "\(path): cannot read: \(reason)"
        case .binaryFile(let path):
            "\(path): binary file (holds NUL bytes); prov imports text articles (.txt, .md)"
        case .notUTF8(let path, let offset):
            "\(path): not valid UTF-8 (first bad byte at offset \(offset)); convert it with iconv -t UTF-8"
        case .malformedFrontMatter(let file, let line, let reason):
            "\(file):\(line): front matter: \(reason)"
        case .unsupportedFileType(let path):
            "\(path): unsupported file type; prov imports .txt and .md files"
        case .claimNotFound(let id):
            "no claim \(id); list claims with 'prov claims'"
        case .mentionNotFound(let id):
            "no mention \(id); see a claim's mentions with 'prov claim ID'"
        case .articleNotFound(let id):
            "no article \(id); list articles with 'prov articles'"
        case .unknownSource(let name):
            "no source named '\(name)'; list sources with 'prov sources'"
        case .notAProvDatabase(let path):
            "\(path) is not a prov database (another program's file, or not SQLite); prov leaves it unchanged. "
                + "Name a prov store with --db, or import into a new file"
        case .noSuchStore(let path):
            "no such store: \(path) holds no prov database yet; import articles first with "
                + "'prov import --db \(path) PATH'"
        case .invalidArgument(let message):
            message
        }
    }
}

extension ProvenanceError {
    /// The file an error is about, when it is about one.
    public var path: String? {
        switch self {
        case .fileNotFound(let path), .unreadableFile(let path, _), .binaryFile(let path), .notUTF8(let path, _),
            .unsupportedFileType(let path):
            path
        case .malformedFrontMatter(let file, _, _):
            file
        default:
            nil
        }
    }
}
