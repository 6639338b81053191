class RunningMean:
    def __init__(self):
        self.total, self.n = 0.0, 0

    def add(self, v):
        self.total += v
        self.n += 1

    @property
    def value(self):
        return self.total / max(self.n, 1)
