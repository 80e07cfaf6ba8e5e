class FileSystem:
    def __init__(self):
        pass

    def mkdir(self, path):
        return False

    def write(self, path, content):
        return False

    def append(self, path, content):
        return False

    def read(self, path):
        return None

    def ls(self, path):
        return None

    def move(self, src, dst):
        return False

    def size(self, path):
        return None
