class Averager:
    def __init__(self):
        self.total, self.n = 0.0, 0

    def update(self, v, k=1):
        self.total += float(v) * k
        self.n += k

    @property
    def value(self):
        return self.total / max(self.n, 1)
