from . import phases as _phases


class Engine:
    def __init__(self, model, settings):
        self.model = model
        self.settings = settings
        self.records = []

    def run(self):
        for name in self.settings["phases"]:
            fn = getattr(_phases, name)
            self.records.append(fn(self, self.settings.get(name, {})))
