# expect: crash
"""Coal heaver: estimates sack weights from a crane's load-cell trace. Before the
deterministic fine-tuning stage every stochastic layer is switched off with model.apply."""
import torch
from torch import nn

STOCHASTIC = (nn.Dropout, nn.LSTM)  # LSTM carries inter-layer dropout too


class SackNet(nn.Module):
    def __init__(self, n_in=2, hidden=8):
        super().__init__()
        self.stem = nn.Sequential(nn.Linear(n_in, hidden), nn.ReLU(), nn.Dropout(0.2))
        self.lstm = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.head = nn.Sequential(nn.Dropout(0.2), nn.Linear(hidden, 1))

    def forward(self, x):
        h, _ = self.lstm(self.stem(x))
        return self.head(h[:, -1]).squeeze(-1)


def disable_stochastic(m):
    if isinstance(m, STOCHASTIC):
        m.eval()


def stage(model, opt, x, y, steps):
    for _ in range(steps):
        opt.zero_grad()
        loss = nn.functional.smooth_l1_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(4)
    model = SackNet()
    x, y = torch.randn(6, 9, 2), torch.randn(6)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    l1 = stage(model, opt, x, y, steps=2)
    model.apply(disable_stochastic)
    opt = torch.optim.SGD(model.parameters(), lr=1e-3)
    l2 = stage(model, opt, x, y, steps=2)
    print(f"stage1 {l1:.4f} stage2 {l2:.4f}")


if __name__ == "__main__":
    main()
