# expect: clean
"""Sea-glass sorting: a recurrent colour tracker scans a pebble along a conveyor and
predicts its hue class. Sensitivity of the hue logits to each frame is read off with
torch.func.vjp.  The tracker is unrolled by hand with an LSTMCell.
"""
import torch
import torch.nn as nn
from torch.func import vjp

HUES = ["kelly", "seafoam", "cobalt", "amber", "white"]


class ConveyorTracker(nn.Module):
    def __init__(self, n_in=4, hidden=10):
        super().__init__()
        self.cell = nn.LSTMCell(n_in, hidden)
        self.cls = nn.Linear(hidden, len(HUES))
        self.hidden = hidden

    def forward(self, frames):  # frames: (batch, time, n_in)
        b = frames.shape[0]
        h = frames.new_zeros(b, self.hidden)
        c = frames.new_zeros(b, self.hidden)
        for t in range(frames.shape[1]):
            h, c = self.cell(frames[:, t], (h, c))
        return self.cls(h)


def train(model, steps=4):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(steps):
        x = torch.randn(6, 8, 4)
        y = torch.randint(0, len(HUES), (6,))
        opt.zero_grad()
        nn.functional.cross_entropy(model(x), y).backward()
        opt.step()


def frame_sensitivity(model, frames):
    model.eval()
    logits, pullback = vjp(model, frames)
    onehot = torch.zeros_like(logits).scatter_(1, logits.argmax(1, keepdim=True), 1.0)
    (g,) = pullback(onehot)
    return g.abs().sum(-1)  # (batch, time)


def main():
    torch.manual_seed(5)
    model = ConveyorTracker()
    train(model)
    sens = frame_sensitivity(model, torch.randn(3, 8, 4))
    for i, row in enumerate(sens):
        print(f"pebble {i}: most telling frame {row.argmax().item()}")


if __name__ == "__main__":
    main()
