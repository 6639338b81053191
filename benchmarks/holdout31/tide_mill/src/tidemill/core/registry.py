STAGES = {}


def stage(name):
    def register(cls):
        STAGES[name] = cls
        return cls
    return register
