class ModelHolder:
    def __init__(self):
        self.model = None
        self.version = 0

    def swap(self, model):
        old, self.model = self.model, model
        self.version += 1
        return old
