# expect: clean
"""Stitch-type classification for a quilting bee's sewing-machine logs.

The wrapper has a `freeze_stats()` helper that flips its own `training` flag so
that the wrapper's bookkeeping stops updating running statistics; training
carries on afterwards with the same wrapper.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(7)


class StitchClassifier(nn.Module):
    def __init__(self, n_in=4, hidden=12, n_stitch=5):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_stitch)
        self.register_buffer("seen", torch.zeros(()))

    def forward(self, x):
        if self.training:
            self.seen += x.size(0)
        out, _ = self.lstm(x)
        return self.head(out[:, -1])

    def freeze_stats(self):
        # only the wrapper's own counter should stop; children are untouched
        self.training = False
        return self


def run(model, steps, opt):
    for _ in range(steps):
        x = torch.randn(5, 8, 4)
        y = torch.randint(0, 5, (5,))
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def main():
    model = StitchClassifier()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    print("warm-up", run(model, 3, opt), int(model.seen))
    model.freeze_stats()
    print("frozen stats", run(model, 3, opt), int(model.seen))


if __name__ == "__main__":
    main()
