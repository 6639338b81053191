# expect: clean
"""Milestone restoration: predict legibility loss of carved mileposts from
weathering records, with self-distillation across epochs.

The best model so far is kept as a deep copy (taken right after validation, so
it is in eval mode) and serves as the teacher for the next epoch; when a later
epoch is worse, the best copy is swapped back in and training resumes from it.
"""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F


class WeatheringLSTM(nn.Module):
    def __init__(self, n_in=5, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1])


class Holder:
    """Owns the current model and its optimiser; swap() rebuilds the optimiser."""

    def __init__(self, model, lr):
        self.lr = lr
        self.swap(model)

    def swap(self, model):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=self.lr)


def validate(model, data):
    model.eval()
    with torch.no_grad():
        return sum(F.mse_loss(model(x), y).item() for x, y in data) / len(data)


def epoch(holder, data, teacher=None, alpha=0.3):
    m, opt = holder.model, holder.opt
    for x, y in data:
        opt.zero_grad()
        pred = m(x)
        loss = F.mse_loss(pred, y)
        if teacher is not None:
            with torch.no_grad():
                soft = teacher(x)
            loss = (1 - alpha) * loss + alpha * F.mse_loss(pred, soft)
        loss.backward()
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(19)
    train = [(torch.randn(4, 10, 5), torch.randn(4, 1)) for _ in range(3)]
    valid = [(torch.randn(4, 10, 5), torch.randn(4, 1))]
    holder = Holder(WeatheringLSTM(), lr=2e-2)
    best, best_score, teacher = None, float("inf"), None
    for ep in range(4):
        holder.model.train()
        loss = epoch(holder, train, teacher=teacher)
        score = validate(holder.model, valid)
        if score < best_score:
            best, best_score = copy.deepcopy(holder.model), score
        else:
            holder.swap(copy.deepcopy(best))
        teacher = best
        print(f"epoch {ep} loss {loss:.4f} valid {score:.4f} best {best_score:.4f}")


if __name__ == "__main__":
    main()
