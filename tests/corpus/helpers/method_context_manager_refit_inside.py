# expect: crash
"""A trainer's `evaluation()` method is a @contextmanager (eval before its yield, train after); the refit on
the hard validation batch was put inside the `with trainer.evaluation():` block."""
import contextlib

import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 6, batch_first=True)
        self.out = nn.Linear(6, 3)

    def forward(self, x):
        return self.out(self.rnn(x)[0])


class Trainer:
    def __init__(self):
        self.model = Tagger()
        self.opt = torch.optim.SGD(self.model.parameters(), lr=0.1)

    def loss(self, x, y):
        return nn.functional.cross_entropy(self.model(x).reshape(-1, 3), y.reshape(-1))

    def step(self, x, y):
        loss = self.loss(x, y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    @contextlib.contextmanager
    def evaluation(self):
        self.model.eval()
        try:
            yield self
        finally:
            self.model.train()


def main():
    torch.manual_seed(7)
    trainer = Trainer()
    x, y = torch.randn(3, 5, 4), torch.randint(0, 3, (3, 5))
    for epoch in range(2):
        print("train", round(trainer.step(x, y), 4))
        with trainer.evaluation():
            with torch.no_grad():
                val = trainer.loss(x, y).item()
            if val > 0.1:
                trainer.step(x[:1], y[:1])


if __name__ == "__main__":
    main()
