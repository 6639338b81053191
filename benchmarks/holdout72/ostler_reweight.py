# expect: crash
"""Ostler: stable-door sensor logs -> horse-restlessness score.
Each batch is re-weighted by how badly the evaluation model does on its samples."""
import torch
from torch import nn


class StableNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        z, _ = self.gru(x)
        return self.fc(z[:, -1]).squeeze(-1)


def hardness(model, x, y):
    model.eval()
    per = (model(x) - y) ** 2
    model.train()
    return torch.softmax(per, 0)


def main():
    torch.manual_seed(14)
    model = StableNet().train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(3):
        x, y = torch.randn(8, 5, 3), torch.randn(8)
        w = hardness(model, x, y)
        per = (model(x) - y) ** 2
        loss = (w * per).sum()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print("weighted loss", round(loss.item(), 4))


if __name__ == "__main__":
    main()
