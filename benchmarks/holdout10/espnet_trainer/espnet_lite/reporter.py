import contextlib
from collections import defaultdict


class SubReporter:
    def __init__(self):
        self.stats = defaultdict(list)

    def register(self, stats, weight=None):
        for k, v in stats.items():
            self.stats[k].append(float(v))


class Reporter:
    def __init__(self):
        self.epoch = 0
        self.history = []

    def set_epoch(self, epoch):
        self.epoch = epoch

    @contextlib.contextmanager
    def observe(self, key):
        sub = SubReporter()
        yield sub
        summary = {k: sum(v) / len(v) for k, v in sub.stats.items()}
        self.history.append((self.epoch, key, summary))
        print(f"[{key}] epoch={self.epoch} {summary}")
