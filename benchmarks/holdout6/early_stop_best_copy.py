# expect: crash
# category: early-stopping
"""Early stopping keeps a deep copy of the best model; afterwards the best copy is fine-tuned on train+val."""
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class EarlyStopping:
    def __init__(self, patience=1, min_delta=0.0):
        self.patience, self.min_delta = patience, min_delta
        self.best_loss, self.best_model, self.counter = float("inf"), None, 0

    def __call__(self, val_loss, model):
        if val_loss < self.best_loss - self.min_delta:
            self.best_loss, self.counter = val_loss, 0
            self.best_model = copy.deepcopy(model)
        else:
            self.counter += 1
        return self.counter > self.patience


class StockLSTM(nn.Module):
    def __init__(self, n_feat=5, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(n_feat, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1]).squeeze(-1)


def run_epoch(model, opt, data):
    for x, y in data:
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


train = [(torch.randn(4, 10, 5), torch.randn(4)) for _ in range(3)]
val = [(torch.randn(4, 10, 5), torch.randn(4)) for _ in range(2)]
model = StockLSTM()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
stopper = EarlyStopping(patience=1)

for epoch in range(4):
    model.train()
    run_epoch(model, opt, train)
    model.eval()
    with torch.no_grad():
        val_loss = sum(F.mse_loss(model(x), y).item() for x, y in val) / len(val)
    print(f"epoch {epoch}: val {val_loss:.4f}")
    if stopper(val_loss, model):
        break

final = stopper.best_model
final_opt = torch.optim.Adam(final.parameters(), lr=1e-3)
run_epoch(final, final_opt, train + val)
print("refit on train+val done")
