# expect: crash
"""A data stream written as a generator checks the model on every third batch (eval, no_grad) before it
hands the next batch over; the generator object is made in main() and looped over in train(), so its
body runs there, after train()'s own model.train(), and the next step's backward meets the eval."""
import itertools

import torch
import torch.nn as nn


class CatchGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.rate = nn.Linear(8, 1)

    def forward(self, x):
        return self.rate(self.gru(x)[0][:, -1])


def batches():
    while True:
        yield torch.randn(4, 6, 4), torch.randn(4, 1)


def with_checks(model, stream, every=3):
    for step, (x, y) in enumerate(stream):
        if step and step % every == 0:
            model.eval()
            with torch.no_grad():
                print("check", (model(x) - y).abs().mean().item())
        yield x, y


def train(model, stream, steps):
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    model.train()
    for x, y in itertools.islice(stream, steps):
        opt.zero_grad()
        loss = (model(x) - y).pow(2).mean()
        loss.backward()  # TM001-here
        opt.step()


def main():
    model = CatchGRU()
    stream = with_checks(model, batches())
    train(model, stream, steps=6)


main()
