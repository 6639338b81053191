# expect: crash
# category: notebook
# Exported from a notebook: stock-direction prediction with a GRU.
import torch
import torch.nn as nn

torch.manual_seed(50)

# %% data
prices = torch.randn(300).cumsum(0)
returns = prices.diff()
W = 15
X = torch.stack([returns[i:i + W] for i in range(len(returns) - W)]).unsqueeze(-1)
Y = (returns[W:] > 0).long()
n_train = 200
Xtr, Ytr, Xva, Yva = X[:n_train], Y[:n_train], X[n_train:], Y[n_train:]

# %% model
class DirectionGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(1, 16, num_layers=2, batch_first=True, dropout=0.2)
        self.fc = nn.Linear(16, 2)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])

model = DirectionGRU()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
loss_fn = nn.CrossEntropyLoss()

# %% train
model.train()
for epoch in range(1):
    for i in range(0, n_train, 50):
        loss = loss_fn(model(Xtr[i:i + 50]), Ytr[i:i + 50])
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("epoch", epoch, loss.item())

# %% validate
model.eval()
with torch.no_grad():
    acc = (model(Xva).argmax(1) == Yva).float().mean()
print("val acc", acc.item())

# %% not converged yet -- a few more epochs with a smaller lr
for g in opt.param_groups:
    g["lr"] = 3e-4
for epoch in range(1, 3):
    for i in range(0, n_train, 50):
        loss = loss_fn(model(Xtr[i:i + 50]), Ytr[i:i + 50])
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print("epoch", epoch, loss.item())
