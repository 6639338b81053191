# expect: crash
"""Teaseler burr grading: LSTM classifier with a saliency logging callback."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class BurrClassifier(nn.Module):
    def __init__(self, feat=5, hidden=12, classes=3):
        super().__init__()
        self.lstm = nn.LSTM(feat, hidden, batch_first=True)
        self.head = nn.Linear(hidden, classes)

    def forward(self, x):
        out, (h, c) = self.lstm(x)
        return self.head(h[-1])


class SaliencyLogger:
    def __init__(self, probe_x, every=2):
        self.probe_x = probe_x
        self.every = every
        self.records = []

    def __call__(self, step, model):
        if step % self.every:
            return
        model.eval()
        x = self.probe_x.clone().requires_grad_(True)
        score = model(x).max(dim=1).values.sum()
        (g,) = torch.autograd.grad(score, x)  # TM001-here
        self.records.append(g.abs().mean(dim=(0, 2)))
        model.train()


def main():
    torch.manual_seed(3)
    model = BurrClassifier()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    cb = SaliencyLogger(torch.randn(2, 7, 5))
    callbacks = [cb]
    for step in range(5):
        x, y = torch.randn(6, 7, 5), torch.randint(0, 3, (6,))
        model.train()
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        for fn in callbacks:
            fn(step, model)
    print("saliency records", len(cb.records))


if __name__ == "__main__":
    main()
