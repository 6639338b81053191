# expect: clean
# category: framework
"""k-fold cross-validation for an ECG-like sequence classifier: a model factory builds a fresh
bidirectional LSTM per fold; each fold trains, then scores its held-out part."""
import torch
import torch.nn as nn

torch.manual_seed(6)
K = 3
X, y = torch.randn(36, 12, 2), torch.randint(0, 2, (36,))


class SeqClassifier(nn.Module):
    def __init__(self, hidden=8, layers=2):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, layers, batch_first=True, bidirectional=True, dropout=0.2)
        self.fc = nn.Linear(2 * hidden, 2)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out.mean(1))


def make_model(cfg):
    return SeqClassifier(cfg["hidden"], cfg["layers"])


def kfold_indices(n, k):
    perm = torch.randperm(n)
    folds = perm.chunk(k)
    for i in range(k):
        val_idx = folds[i]
        train_idx = torch.cat([f for j, f in enumerate(folds) if j != i])
        yield train_idx, val_idx


def run_fold(cfg, train_idx, val_idx):
    model = make_model(cfg)
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"])
    for epoch in range(cfg["epochs"]):
        model.train()
        for b in train_idx.split(8):
            loss = nn.functional.cross_entropy(model(X[b]), y[b])
            opt.zero_grad()
            loss.backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        acc = (model(X[val_idx]).argmax(1) == y[val_idx]).float().mean().item()
    return model, acc


cfg = {"hidden": 8, "layers": 2, "lr": 3e-3, "epochs": 2}
scores, models = [], []
for fold, (tr, va) in enumerate(kfold_indices(len(X), K)):
    m, acc = run_fold(cfg, tr, va)
    models.append(m)
    scores.append(acc)
    print(f"fold {fold}: acc {acc:.3f}")
print("cv mean", sum(scores) / K)

# ensemble of fold models for the test set
X_test = torch.randn(6, 12, 2)
with torch.no_grad():
    probs = torch.stack([m(X_test).softmax(1) for m in models]).mean(0)
print(probs.argmax(1).tolist())
