# expect: clean
"""Cartographers' plane tables: consistency to an eval-mode reading that is treated as a fixed target."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Evaluating:
    """Context manager: eval mode inside, previous mode restored on exit."""

    def __init__(self, module):
        self.module = module

    def __enter__(self):
        self.prev = self.module.training
        self.module.eval()
        return self.module

    def __exit__(self, *exc):
        self.module.train(self.prev)
        return False


class Alidade(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(8, 2)

    def forward(self, sightings):
        h, _ = self.lstm(sightings)
        return self.out(self.drop(h[:, -1]))


def main():
    torch.manual_seed(14)
    model = Alidade().train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    sightings, bearing = torch.randn(6, 5, 3), torch.randn(6, 2)
    for step in range(3):
        noisy = model(sightings)
        with Evaluating(model):
            clean = model(sightings).detach()
        loss = F.mse_loss(noisy, bearing) + 0.1 * F.mse_loss(noisy, clean)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, loss.item())


if __name__ == "__main__":
    main()
