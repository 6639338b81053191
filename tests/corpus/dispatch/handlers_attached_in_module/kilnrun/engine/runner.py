from collections import defaultdict

import torch.nn.functional as F


class Runner:
    def __init__(self, model, optimizer):
        self.model = model
        self.optimizer = optimizer
        self.iteration = 0
        self._handlers = defaultdict(list)

    def on(self, event):
        def register(fn):
            self._handlers[event].append(fn)
            return fn
        return register

    def fire(self, event):
        for fn in self._handlers[event]:
            fn(self)

    def process(self, batch):
        x, y = batch
        loss = F.mse_loss(self.model(x), y)
        self.optimizer.zero_grad()
        loss.backward()  # TM001-here
        self.optimizer.step()

    def run(self, data, epochs=1):
        self.model.train()
        for _ in range(epochs):
            for batch in data:
                self.iteration += 1
                self.fire("iteration_started")
                self.process(batch)
                self.fire("iteration_completed")
