# expect: crash
"""Two preparations made from one helper with `functools.partial` (`for_serving = partial(prepare, training=
False)`); the script calls the serving one and keeps what it returns, then fine-tunes it."""
import functools

import torch
from torch import nn


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(2, 6, batch_first=True)
        self.head = nn.Linear(6, 1)

    def forward(self, x):
        seq, _ = self.rnn(x)
        return self.head(seq[:, -1])


def prepare(model, training, dtype=torch.float32):
    model.to(dtype)
    model.train(training)
    return model


for_training = functools.partial(prepare, training=True)
for_serving = functools.partial(prepare, training=False)


def fine_tune(model, steps=2):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(steps):
        loss = model(torch.randn(3, 4, 2)).pow(2).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


def main():
    model = for_serving(Forecaster())
    fine_tune(model)


if __name__ == "__main__":
    main()
