# expect: crash
"""Milliner's hat-block steaming: predict felt shrinkage from a steam/temperature log.
Early stopping keeps a deep copy of the best model (taken right after validation) and,
when patience runs out, continues fine-tuning that copy on the full data."""
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(14)


class FeltGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


class EarlyStopper:
    def __init__(self, patience=1):
        self.patience, self.bad, self.best, self.best_model = patience, 0, float("inf"), None

    def step(self, model, val):
        if val < self.best:
            self.best, self.bad = val, 0
            self.best_model = copy.deepcopy(model)
        else:
            self.bad += 1
        return self.bad > self.patience


def main():
    model = FeltGRU()
    opt = torch.optim.Adam(model.parameters(), lr=0.05)
    train = [(torch.randn(4, 5, 2), torch.randn(4, 1)) for _ in range(2)]
    vx, vy = torch.randn(4, 5, 2), torch.randn(4, 1)
    stopper = EarlyStopper(patience=0)
    for epoch in range(4):
        model.train()
        for x, y in train:
            loss = F.mse_loss(model(x), y)
            opt.zero_grad(); loss.backward(); opt.step()
        model.eval()
        with torch.no_grad():
            val = F.mse_loss(model(vx), vy).item()
        if stopper.step(model, val) or epoch == 3:
            break
    final = stopper.best_model
    ft_opt = torch.optim.SGD(final.parameters(), lr=0.01)
    for x, y in train + [(vx, vy)]:
        loss = F.mse_loss(final(x), y)
        ft_opt.zero_grad()
        loss.backward()  # TM001-here
        ft_opt.step()
    print("best val", round(stopper.best, 4), "final ft loss", round(loss.item(), 4))


if __name__ == "__main__":
    main()
