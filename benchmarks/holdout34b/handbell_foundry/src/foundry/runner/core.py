from collections import defaultdict

import torch.nn.functional as F


class Runner:
    """Calls registered handlers at named points of the loop."""

    def __init__(self, model, optimizer):
        self.model = model
        self.optimizer = optimizer
        self._handlers = defaultdict(list)
        self.state = {"iteration": 0, "epoch": 0, "val": []}

    def on(self, event, every=1):
        def deco(fn):
            self._handlers[event].append((every, fn))
            return fn
        return deco

    def fire(self, event):
        count = self.state["iteration"] if event.endswith("iter") else self.state["epoch"]
        for every, fn in self._handlers[event]:
            if count % every == 0:
                fn(self)

    def run(self, data, max_epochs=1):
        for epoch in range(1, max_epochs + 1):
            self.state["epoch"] = epoch
            self.fire("before_epoch")
            for x, y in data:
                self.state["iteration"] += 1
                self.fire("before_iter")
                loss = F.l1_loss(self.model(x), y)
                self.optimizer.zero_grad()
                loss.backward()
                self.optimizer.step()
                self.fire("after_iter")
            self.fire("after_epoch")
