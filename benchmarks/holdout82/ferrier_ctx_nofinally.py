# expect: crash
"""Ferry crossing-time regressor; evaluation inside a mode context that a skipped batch escapes."""
import contextlib

import torch
from torch import nn


class CrossingNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 10, batch_first=True)
        self.fc = nn.Linear(10, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.fc(h[:, -1]).squeeze(-1)


class SkipBatch(Exception):
    pass


@contextlib.contextmanager
def evaluating(model):
    model.eval()
    yield model
    model.train()


def validate(model, batches):
    scores = []
    with evaluating(model), torch.no_grad():
        for x, y in batches:
            if x.shape[0] < 2:
                raise SkipBatch("ragged tail batch")
            scores.append(nn.functional.l1_loss(model(x), y).item())
    return sum(scores) / len(scores)


def main():
    torch.manual_seed(0)
    model = CrossingNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    train = [(torch.randn(4, 6, 4), torch.randn(4)) for _ in range(3)]
    val = [(torch.randn(4, 6, 4), torch.randn(4)), (torch.randn(1, 6, 4), torch.randn(1))]
    for epoch in range(2):
        for x, y in train:
            opt.zero_grad()
            loss = nn.functional.mse_loss(model(x), y)
            loss.backward()  # TM001-here
            opt.step()
        try:
            print("val", validate(model, val))
        except SkipBatch as exc:
            print("validation skipped:", exc)
    print("done")


if __name__ == "__main__":
    main()
