# expect: crash
"""Scrivener's ledger: predict the next entry's amount class from past ledger lines.

Early stopping keeps the best state dict; after training the best weights are
reloaded and a short low-LR polish is run on the held-out calibration batch.
"""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(29)


class LedgerLSTM(nn.Module):
    def __init__(self, vocab=20, emb=6, hidden=8, n_cls=4):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, tok):
        o, _ = self.lstm(self.emb(tok))
        return self.cls(o[:, -1])


def batch(b=6, t=5):
    return torch.randint(0, 20, (b, t)), torch.randint(0, 4, (b,))


def evaluate(model, data):
    model.eval()
    with torch.no_grad():
        return sum(F.cross_entropy(model(x), y).item() for x, y in data) / len(data)


def fit(model, train_data, val_data, max_epochs=4, patience=1):
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    best, best_state, bad = float("inf"), None, 0
    for epoch in range(max_epochs):
        model.train()
        for x, y in train_data:
            opt.zero_grad()
            F.cross_entropy(model(x), y).backward()
            opt.step()
        val = evaluate(model, val_data)
        if val < best:
            best, best_state, bad = val, copy.deepcopy(model.state_dict()), 0
        else:
            bad += 1
            if bad > patience:
                break
    model.load_state_dict(best_state)
    return best


def polish(model, calib, steps=2, lr=1e-3):
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for _ in range(steps):
        x, y = calib
        opt.zero_grad()
        loss = F.cross_entropy(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


if __name__ == "__main__":
    model = LedgerLSTM()
    best = fit(model, [batch() for _ in range(3)], [batch() for _ in range(2)])
    print("best val", round(best, 4))
    print("polish", round(polish(model, batch()), 4))
