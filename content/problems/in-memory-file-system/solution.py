class _File:
    def __init__(self):
        self.content = ""


class _Directory:
    def __init__(self):
        self.children = {}  # name -> _File or _Directory


def _split(path):
    """'/a/b' -> ['a', 'b']; '/' -> []. The only place that knows how paths are spelled."""
    return [name for name in path.split("/") if name]


class FileSystem:
    def __init__(self):
        self.root = _Directory()

    # Level 1 ---------------------------------------------------------------------------------

    def mkdir(self, path):
        node = self.root
        for name in _split(path):
            child = node.children.get(name)
            if child is None:
                child = node.children[name] = _Directory()
            elif isinstance(child, _File):
                # Only existing nodes can be files, so nothing has been created at this point.
                return False
            node = child
        return True

    def write(self, path, content):
        file = self._file_for_writing(path)
        if file is None:
            return False
        file.content = content
        return True

    def append(self, path, content):
        file = self._file_for_writing(path)
        if file is None:
            return False
        file.content += content
        return True

    def read(self, path):
        node = self._find(_split(path))
        return node.content if isinstance(node, _File) else None

    # Level 2 ---------------------------------------------------------------------------------

    def ls(self, path):
        names = _split(path)
        node = self._find(names)
        if node is None:
            return None
        if isinstance(node, _File):
            return [names[-1]]
        return sorted(node.children)

    # Level 3 ---------------------------------------------------------------------------------

    def move(self, src, dst):
        src_names, dst_names = _split(src), _split(dst)
        if not src_names or not dst_names:
            return False  # the root can neither move nor be replaced
        if dst_names[: len(src_names)] == src_names:
            return False  # a node cannot move into itself
        source_parent = self._directory(src_names[:-1])
        target_parent = self._directory(dst_names[:-1])
        if source_parent is None or target_parent is None:
            return False
        if src_names[-1] not in source_parent.children or dst_names[-1] in target_parent.children:
            return False
        target_parent.children[dst_names[-1]] = source_parent.children.pop(src_names[-1])
        return True

    def size(self, path):
        node = self._find(_split(path))
        if node is None:
            return None
        # Computed on demand with an explicit stack (deep trees are fine). Caching sizes per
        # directory would make this O(1) but every write, append and move would then have to
        # update all ancestors.
        total, stack = 0, [node]
        while stack:
            current = stack.pop()
            if isinstance(current, _File):
                total += len(current.content)
            else:
                stack.extend(current.children.values())
        return total

    # Helpers ---------------------------------------------------------------------------------

    def _find(self, names):
        """The node at this path, or None."""
        node = self.root
        for name in names:
            if not isinstance(node, _Directory) or name not in node.children:
                return None
            node = node.children[name]
        return node

    def _directory(self, names):
        node = self._find(names)
        return node if isinstance(node, _Directory) else None

    def _file_for_writing(self, path):
        """The file at path, created if missing; None if it cannot be a file."""
        names = _split(path)
        parent = self._directory(names[:-1]) if names else None
        if parent is None:
            return None
        node = parent.children.get(names[-1])
        if node is None:
            node = parent.children[names[-1]] = _File()
        return node if isinstance(node, _File) else None
