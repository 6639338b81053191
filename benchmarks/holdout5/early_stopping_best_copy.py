# expect: crash
# category: modes_travel
"""Early stopping that keeps a deep copy of the best model; afterwards the best model is fine-tuned
on train+validation data (a common two-stage recipe in Kaggle kernels)."""
import copy

import torch
import torch.nn as nn

torch.manual_seed(34)


class EarlyStopping:
    def __init__(self, patience=2):
        self.patience, self.best_score, self.counter = patience, None, 0
        self.best_model, self.early_stop = None, False

    def __call__(self, val_loss, model):
        if self.best_score is None or val_loss < self.best_score:
            self.best_score, self.counter = val_loss, 0
            self.best_model = copy.deepcopy(model)
        else:
            self.counter += 1
            self.early_stop = self.counter >= self.patience


class StockRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(5, 12, num_layers=2, batch_first=True, nonlinearity="tanh")
        self.out = nn.Linear(12, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1]).squeeze(-1)


def run_epoch(model, opt, X, y):
    for i in range(0, len(X), 8):
        loss = nn.functional.smooth_l1_loss(model(X[i:i + 8]), y[i:i + 8])
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


X_tr, y_tr = torch.randn(24, 10, 5), torch.randn(24)
X_va, y_va = torch.randn(8, 10, 5), torch.randn(8)
model = StockRNN()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
stopper = EarlyStopping(patience=2)
for epoch in range(4):
    model.train()
    run_epoch(model, opt, X_tr, y_tr)
    model.eval()
    with torch.no_grad():
        val_loss = nn.functional.smooth_l1_loss(model(X_va), y_va).item()
    print(f"epoch {epoch}: val {val_loss:.4f}")
    stopper(val_loss, model)
    if stopper.early_stop:
        break

best = stopper.best_model
ft_opt = torch.optim.Adam(best.parameters(), lr=1e-4)
run_epoch(best, ft_opt, torch.cat([X_tr, X_va]), torch.cat([y_tr, y_va]))
print("fine-tuned on all data")
