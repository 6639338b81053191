import random
from types import SimpleNamespace

import torch

from .probing import PROBING_TASKS


class SE:
    def __init__(self, params, batcher, prepare=None):
        self.params = SimpleNamespace(**params)
        self.batcher = batcher
        self.prepare = prepare if prepare else (lambda x, y: None)
        words = "the cat sat on a mat dog ran far away".split()
        self.samples = [[random.choice(words) for _ in range(random.randint(2, 6))] for _ in range(12)]

    def eval(self, name):
        if isinstance(name, list):
            return {x: self.eval(x) for x in name}
        self.prepare(self.params, self.samples)
        task = PROBING_TASKS[name]
        embeddings = torch.cat([self.batcher(self.params, self.samples[i:i + self.params.batch_size])
                                for i in range(0, len(self.samples), self.params.batch_size)])
        return task(embeddings, self.samples)
