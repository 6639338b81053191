# expect: clean
"""Glassblowing: predict whether a gather of molten glass on the blowpipe will
sag, from the furnace-glory temperature trace and the pipe rotation rate.
A gauge check runs between epochs inside an `evaluating` context manager;
gathers too short to measure are skipped with a warning."""
import contextlib
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
log = logging.getLogger("glory_hole")
torch.manual_seed(7)


class SagNet(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.rnn = nn.RNN(2, hidden, batch_first=True, nonlinearity="tanh")
        self.cls = nn.Linear(hidden, 2)

    def forward(self, trace):
        h, _ = self.rnn(trace)
        return self.cls(h[:, -1])


class GatherTooShort(ValueError):
    pass


@contextlib.contextmanager
def evaluating(model):
    was = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(was)


def gauge(model, gathers, min_len=8):
    with evaluating(model), torch.no_grad():
        correct = 0
        for trace, label in gathers:
            if trace.shape[1] < min_len:
                raise GatherTooShort(f"gather of {trace.shape[1]} samples")
            correct += (model(trace).argmax(1) == label).sum().item()
    return correct


def make(n, length):
    return [(torch.randn(4, length, 2), torch.randint(0, 2, (4,))) for _ in range(n)]


def main():
    model = SagNet()
    opt = torch.optim.RMSprop(model.parameters(), lr=1e-2)
    train_set = make(3, 10)
    gauge_sets = [make(2, 10), make(2, 5)]
    model.train()
    for epoch in range(3):
        for trace, label in train_set:
            opt.zero_grad()
            loss = F.cross_entropy(model(trace), label)
            loss.backward()
            opt.step()
        try:
            hits = gauge(model, gauge_sets[epoch % 2])
            print(f"epoch {epoch}: gauge hits {hits}")
        except GatherTooShort as err:
            log.warning("epoch %d: gauge skipped (%s)", epoch, err)


if __name__ == "__main__":
    main()
