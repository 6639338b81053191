# expect: clean
"""Gunsmith's bore scope: a borescope is pulled through a barrel and logs groove depth
at each station. A pretrained LSTM (from the manufacturer's QA line) encodes the log;
we put it in eval mode, freeze it, and train only a small wear-grade head on our own
labelled barrels."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(19)


class BoreEncoder(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.scale = nn.Linear(2, 6)
        self.lstm = nn.LSTM(6, hidden, batch_first=True, proj_size=6)

    def forward(self, x):
        out, _ = self.lstm(torch.relu(self.scale(x)))
        return out.mean(1)


class WearGrader(nn.Module):
    def __init__(self, encoder, n_grades=4):
        super().__init__()
        self.encoder = encoder
        self.head = nn.Sequential(nn.Linear(6, 8), nn.ReLU(), nn.Linear(8, n_grades))

    def forward(self, x):
        return self.head(self.encoder(x))


def freeze(module):
    module.eval()
    for p in module.parameters():
        p.requires_grad_(False)
    return module


def borescope_logs(n=6, stations=11):
    depth = 1.0 - 0.05 * torch.rand(n, 1) * torch.arange(stations)[None, :]
    twist = torch.randn(n, stations) * 0.1
    return torch.stack([depth, twist], -1), torch.randint(0, 4, (n,))


if __name__ == "__main__":
    encoder = freeze(BoreEncoder())
    grader = WearGrader(encoder)
    opt = torch.optim.Adam([p for p in grader.parameters() if p.requires_grad], lr=1e-2)
    for epoch in range(4):
        x, y = borescope_logs()
        loss = F.cross_entropy(grader(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"epoch {epoch} loss {loss.item():.3f} encoder training={encoder.training}")
