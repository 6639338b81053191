from collections import defaultdict


class Executor:
    def __init__(self, model, train_data, valid_data, optimizer, max_epochs=1):
        self.model = model
        self.train_data, self.valid_data = train_data, valid_data
        self.optimizer = optimizer["type"](model.parameters(), **optimizer["kwargs"])
        self.max_epochs = max_epochs
        self.status = defaultdict(int)
        self._hooks = []

    def on(self, condition, fn):
        self._hooks.append((condition, fn))
        return self

    def _fire_hooks(self):
        for condition, fn in self._hooks:
            if condition(self):
                fn(self)

    def _train_step(self, batch):
        out = self.model(*batch)
        self.optimizer.zero_grad()
        out["loss"].backward()  # TM001-here
        self.optimizer.step()
        return out["loss"].item()

    def train(self):
        self.model.train()
        for epoch in range(self.max_epochs):
            self.status["epoch"] = epoch
            for batch in self.train_data:
                self.status["loss"] = self._train_step(batch)
                self.status["iteration"] += 1
                self._fire_hooks()
