# expect: crash
"""Lip-movement word spotting; a helper meant to restore the caller's mode reads the flag too late."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class LipNet(nn.Module):
    def __init__(self, feat=10, hidden=8, words=5):
        super().__init__()
        self.frontend = nn.Sequential(nn.Linear(feat, 8), nn.ReLU(), nn.Dropout(0.1))
        self.gru = nn.GRU(8, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, words)

    def forward(self, lips):
        h, _ = self.gru(self.frontend(lips))
        return self.cls(h.max(1).values)


def quick_accuracy(model, x, y):
    model.eval()
    was_training = model.training  # read after eval(): always False
    with torch.no_grad():
        acc = (model(x).argmax(-1) == y).float().mean().item()
    model.train(was_training)
    return acc


def main():
    torch.manual_seed(61)
    model = LipNet().train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = torch.randn(4, 9, 10), torch.randint(0, 5, (4,))
    for step in range(3):
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(step, round(loss.item(), 4), "acc", quick_accuracy(model, x, y))


if __name__ == "__main__":
    main()
