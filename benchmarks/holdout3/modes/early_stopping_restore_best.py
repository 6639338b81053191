# expect: crash
# category: modes
"""EarlyStopping keeps a deepcopy of the best model; the restored best model is then fine-tuned on train+val."""
import copy

import torch
from torch import nn

torch.manual_seed(52)


class EarlyStopping:
    def __init__(self, patience=1, min_delta=0.0):
        self.patience, self.min_delta = patience, min_delta
        self.best_score, self.best_model, self.counter = None, None, 0

    def __call__(self, val_loss, model):
        if self.best_score is None or val_loss < self.best_score - self.min_delta:
            self.best_score, self.counter = val_loss, 0
            self.best_model = copy.deepcopy(model)
        else:
            self.counter += 1
        return self.counter > self.patience


class TrafficGRU(nn.Module):
    def __init__(self, sensors=5, hidden=12):
        super().__init__()
        self.gru = nn.GRU(sensors, hidden, batch_first=True)
        self.out = nn.Linear(hidden, sensors)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


def batches(n):
    return [(torch.randn(4, 6, 5), torch.randn(4, 5)) for _ in range(n)]


train, val = batches(3), batches(2)
model = TrafficGRU()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
stopper = EarlyStopping(patience=1)
for epoch in range(4):
    model.train()
    for x, y in train:
        opt.zero_grad()
        nn.functional.mse_loss(model(x), y).backward()
        opt.step()
    model.eval()
    with torch.no_grad():
        val_loss = sum(nn.functional.mse_loss(model(x), y).item() for x, y in val) / len(val)
    print(f"epoch {epoch}: val {val_loss:.4f}")
    if stopper(val_loss, model):
        print("early stopping")
        break

model = stopper.best_model
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for x, y in train + val:  # final refit on all labelled data
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()  # TM001-here
    opt.step()
print("refit loss", loss.item())
