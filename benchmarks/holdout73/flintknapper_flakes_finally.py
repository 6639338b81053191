# expect: clean
"""Flint-knapping acoustics: classify a strike as a good flake or a shatter from
the microphone envelope. Validation skips buckets that came back empty."""
from contextlib import contextmanager

import torch
from torch import nn
from torch.nn import functional as F


class EmptyBucket(Exception):
    pass


class StrikeClassifier(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(1, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.out = nn.Linear(hidden, 2)

    def forward(self, env):
        h, _ = self.lstm(env)
        return self.out(self.drop(h[:, -1]))


@contextmanager
def evaluating(model):
    was_training = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(was_training)


def validate(model, buckets):
    correct = total = 0
    with evaluating(model), torch.no_grad():
        for env, label in buckets:
            if env.shape[0] == 0:
                raise EmptyBucket("bucket had no strikes")
            correct += (model(env).argmax(-1) == label).sum().item()
            total += label.numel()
    return correct / max(total, 1)


def make_buckets(seed, empty_last=False):
    g = torch.Generator().manual_seed(seed)
    out = [(torch.randn(4, 12, 1, generator=g), torch.randint(0, 2, (4,), generator=g)) for _ in range(2)]
    if empty_last:
        out.append((torch.zeros(0, 12, 1), torch.zeros(0, dtype=torch.long)))
    return out


def main():
    torch.manual_seed(2)
    model = StrikeClassifier()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    train = make_buckets(0)
    val = make_buckets(1, empty_last=True)
    model.train()
    for epoch in range(3):
        for env, label in train:
            loss = F.cross_entropy(model(env), label)
            opt.zero_grad()
            loss.backward()
            opt.step()
        try:
            acc = validate(model, val)
        except EmptyBucket as exc:
            acc = float("nan")
            print("validation cut short:", exc)
        print("epoch", epoch, "acc", acc)


if __name__ == "__main__":
    main()
