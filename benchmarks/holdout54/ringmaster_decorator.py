# expect: crash
"""Ringmaster cue timing: predicts the next act's cue offset from the band's beat track.

Evaluation methods are wrapped with an `@evaluating` decorator meant to put the
model in eval mode for the call and hand it back as it was.
"""
import functools

import torch
import torch.nn as nn
import torch.nn.functional as F


def evaluating(fn):
    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        self.model.eval()
        was_training = self.model.training
        try:
            with torch.no_grad():
                return fn(self, *args, **kwargs)
        finally:
            self.model.train(was_training)
    return wrapper


class CueNet(nn.Module):
    def __init__(self, beats=5, hidden=8):
        super().__init__()
        self.gru = nn.GRU(beats, hidden, batch_first=True)
        self.offset = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.offset(out[:, -1]).squeeze(-1)


class CueTrainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.RMSprop(model.parameters(), lr=lr)

    def step(self, x, y):
        loss = F.l1_loss(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    @evaluating
    def mean_abs_offset(self, x, y):
        return (self.model(x) - y).abs().mean().item()

    def run(self, train, val, epochs):
        self.model.train()
        for epoch in range(epochs):
            losses = [self.step(x, y) for x, y in train]
            print(f"epoch {epoch} train {sum(losses) / len(losses):.3f} "
                  f"val MAE {self.mean_abs_offset(*val):.3f}")


if __name__ == "__main__":
    torch.manual_seed(11)
    train = [(torch.randn(4, 6, 5), torch.randn(4)) for _ in range(3)]
    val = (torch.randn(4, 6, 5), torch.randn(4))
    CueTrainer(CueNet()).run(train, val, epochs=3)
