# expect: crash
"""A trainer keeps handlers per event (`register(event, fn)` appending to `self._hooks[event]`) and fires an event by
calling each handler kept under it. The handlers are bound methods of plain objects made in `main()`: the
validator's `run` (registered for "after_epoch") leaves the model in eval mode, and the mode keeper's `set_train`
runs only once, before the fit, so the second epoch's backward meets the eval-mode GRU."""
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F


class Wear(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1])


class Trainer:
    def __init__(self, model, epochs):
        self.model, self.epochs = model, epochs
        self.opt = torch.optim.SGD(model.parameters(), lr=0.05)
        self._hooks = defaultdict(list)

    def register(self, event, fn):
        self._hooks[event].append(fn)

    def fire(self, event):
        for fn in self._hooks[event]:
            fn(self)

    def fit(self, batches):
        self.fire("before_fit")
        for _ in range(self.epochs):
            self.fire("before_epoch")
            for x, y in batches:
                loss = F.mse_loss(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()  # TM001-here
                self.opt.step()
            self.fire("after_epoch")


class ModeKeeper:
    def set_train(self, trainer):
        trainer.model.train()


class Validator:
    def __init__(self, batch):
        self.batch, self.scores = batch, []

    def run(self, trainer):
        trainer.model.eval()
        with torch.no_grad():
            x, y = self.batch
            self.scores.append(F.l1_loss(trainer.model(x), y).item())


def main():
    batches = [(torch.randn(3, 5, 2), torch.rand(3, 1)) for _ in range(2)]
    trainer = Trainer(Wear(), epochs=2)
    trainer.register("before_fit", ModeKeeper().set_train)
    trainer.register("after_epoch", Validator(batches[0]).run)
    trainer.fit(batches)


if __name__ == "__main__":
    main()
