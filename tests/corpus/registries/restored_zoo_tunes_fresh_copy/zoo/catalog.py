ARCHS = {}


def arch(tag):
    def add(cls):
        ARCHS[tag] = cls
        return cls
    return add
