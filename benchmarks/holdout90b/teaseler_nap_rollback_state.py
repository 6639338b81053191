# expect: clean
"""Teaseler nap-raising: plateau rollback to the best snapshot taken during validation."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F


class NapModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(5, 8, num_layers=2, batch_first=True, dropout=0.1)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        y, _ = self.rnn(x)
        return self.out(y[:, -1]).squeeze(-1)


class Tracker:
    def __init__(self):
        self.best_loss = float("inf")
        self.best_model = None
        self.stale = 0


def validate(model, data, tracker):
    was_training = model.training
    model.eval()
    with torch.no_grad():
        loss = sum(F.mse_loss(model(x), y).item() for x, y in data) / len(data)
        if loss < tracker.best_loss:
            tracker.best_loss, tracker.stale = loss, 0
            tracker.best_model = copy.deepcopy(model)
        else:
            tracker.stale += 1
    model.train(was_training)
    return loss


def batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 6, 5, generator=g), torch.randn(4, generator=g)) for _ in range(n)]


def main():
    torch.manual_seed(19)
    model = NapModel()
    opt = torch.optim.Adam(model.parameters(), lr=0.05)
    tracker = Tracker()
    train_data, val_data = batches(2, 0), batches(2, 1)
    model.train()
    for epoch in range(5):
        for x, y in train_data:
            loss = F.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        v = validate(model, val_data, tracker)
        print(f"epoch {epoch} val {v:.4f} stale {tracker.stale}")
        if tracker.stale >= 1:
            print("plateau: rolling back to best snapshot")
            model.load_state_dict(tracker.best_model.state_dict())
            opt = torch.optim.Adam(model.parameters(), lr=0.01)
            tracker.stale = 0


if __name__ == "__main__":
    main()
