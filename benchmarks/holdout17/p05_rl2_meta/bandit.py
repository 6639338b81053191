import random


class BanditTask:
    def __init__(self, probs):
        self.probs = probs

    @classmethod
    def sample(cls, n):
        return cls([random.random() for _ in range(n)])

    def pull(self, arm):
        return float(random.random() < self.probs[arm])
