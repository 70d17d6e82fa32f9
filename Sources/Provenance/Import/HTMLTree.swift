import CLibXML2

/// An HTML page parsed by libxml2's HTML parser and copied into a flat
/// preorder array, so the rest of the import never touches C pointers.
///
/// Element names are lowercase (libxml2 lowercases them); comments and
/// processing instructions are left out. libxml2 decodes the page from its
/// declared charset (`<meta charset>` or `http-equiv`), so all text is UTF-8.
struct HTMLTree {
    struct Node {
        /// The element's name, or "" for a text node.
        var tag: String
        /// A text node's text (entities decoded); "" for elements.
        var text: String
        /// The element's attributes, names lowercase, in document order.
        var attributes: [(name: String, value: String)]
        /// Index of the parent node, -1 at the top.
        var parent: Int
        /// Index of the last node of this node's subtree (itself for a leaf).
        var end: Int

        var isText: Bool { tag.isEmpty }

        func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name }?.value
        }
    }

    var nodes: [Node] = []

    /// Parses `bytes` as an HTML page; nil when libxml2 builds no document
    /// (empty input).
    init?(bytes: [UInt8]) {
        guard !bytes.isEmpty, bytes.count <= Int(Int32.max) else { return nil }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { clibxml2_read_html($0.baseAddress, Int32($0.count), nil) }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        copy(from: root)
    }

    /// Copies the subtree at `root` (and its following siblings' subtrees are
    /// not visited): an iterative preorder walk, so deep pages cannot
    /// overflow the stack.
    private mutating func copy(from root: xmlNodePtr) {
        var node: xmlNodePtr? = root
        var parent = -1
        while let current = node {
            var descend: xmlNodePtr?
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                let index = nodes.count
                nodes.append(
                    Node(
                        tag: Self.string(current.pointee.name), text: "", attributes: Self.attributes(current),
                        parent: parent, end: index))
                if let child = current.pointee.children {
                    parent = index
                    descend = child
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    let index = nodes.count
                    nodes.append(
                        Node(tag: "", text: String(cString: content), attributes: [], parent: parent, end: index))
                }
            default:
                break
            }
            if let descend {
                node = descend
                continue
            }
            // Next sibling, else climb, closing each finished element.
            var climbing: xmlNodePtr? = current
            node = nil
            while let at = climbing, at != root {
                if let next = at.pointee.next {
                    node = next
                    break
                }
                climbing = at.pointee.parent
                guard parent >= 0 else { break }
                nodes[parent].end = nodes.count - 1
                parent = nodes[parent].parent
            }
            if climbing == root { break }
        }
        if !nodes.isEmpty { nodes[0].end = nodes.count - 1 }
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    private static func attributes(_ element: xmlNodePtr) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        var attribute = element.pointee.properties
        while let current = attribute {
            var value = ""
            var child = current.pointee.children
            while let text = child {
                if let content = text.pointee.content { value += String(cString: content) }
                child = text.pointee.next
            }
            result.append((name: string(current.pointee.name).lowercased(), value: value))
            attribute = current.pointee.next
        }
        return result
    }

    /// The element children of node `index`, in order.
    func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = index + 1
        while child <= nodes[index].end {
            if !nodes[child].isText { result.append(child) }
            child = nodes[child].end + 1
        }
        return result
    }

    /// The text of node `index`'s subtree, joined as it stands.
    func text(of index: Int) -> String {
        var result = ""
        for node in nodes[index...nodes[index].end] where node.isText { result += node.text }
        return result
    }
}
