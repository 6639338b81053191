# expect: crash
"""A rollback callback keeps a deep copy of the model taken while the trainer validates (so the copy is in eval
mode) and, when the metric stops improving, hands that copy back to the trainer through `swap_model()`. The
trainer's next epoch trains the copy without calling train(): its LSTM runs in eval mode."""
import copy

import torch
from torch import nn
from torch.nn import functional as F


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True)
        self.out = nn.Linear(6, 2)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


class Rollback:
    def __init__(self):
        self.snapshot = None
        self.best = None

    def after_validation(self, trainer, score):
        if self.best is None or score < self.best:
            self.best = score
            self.snapshot = copy.deepcopy(trainer.model)

    def after_epoch(self, trainer):
        if self.snapshot is not None:
            trainer.swap_model(self.snapshot)


class Trainer:
    def __init__(self, model, hooks):
        self.model = model
        self.hooks = list(hooks)
        self.opt = torch.optim.SGD(model.parameters(), lr=0.1)

    def swap_model(self, model):
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=0.05)

    def step(self, x, y):
        loss = F.cross_entropy(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()

    def validate(self, x, y):
        self.model.eval()
        with torch.no_grad():
            score = F.cross_entropy(self.model(x), y).item()
        for hook in self.hooks:
            hook.after_validation(self, score)
        self.model.train()

    def fit(self, x, y, epochs=3):
        self.model.train()
        for _ in range(epochs):
            self.step(x, y)
            self.validate(x, y)
            for hook in self.hooks:
                hook.after_epoch(self)


def main():
    trainer = Trainer(Tagger(), hooks=[Rollback()])
    trainer.fit(torch.randn(4, 5, 3), torch.randint(0, 2, (4,)))


if __name__ == "__main__":
    main()
