class Catalogue:
    """Named model classes; a class enters with `@NETS.add(name)`."""

    def __init__(self):
        self._classes = {}

    def add(self, name):
        def enter(cls):
            self._classes[name] = cls
            return cls
        return enter

    def get(self, name):
        return self._classes[name]


NETS = Catalogue()
