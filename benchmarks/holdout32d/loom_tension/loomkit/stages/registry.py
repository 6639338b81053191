STAGES = {}


def stage(name):
    def deco(cls):
        STAGES[name] = cls
        cls.stage_name = name
        return cls
    return deco


class Stage:
    def __init__(self, ctx):
        self.ctx = ctx
        self.model = ctx["model"]
        self.settings = ctx["settings"]

    def note(self, msg):
        self.ctx["log"].append(f"[{self.stage_name}] {msg}")
