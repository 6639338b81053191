# expect: clean
"""Typefounder kerning: pruning scores after evaluation, but only for the head; the LSTM and embedding are frozen."""
import torch
import torch.nn as nn

torch.manual_seed(5)


class KernLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(20, 6)
        self.lstm = nn.LSTM(6, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, ids):
        h, _ = self.lstm(self.emb(ids))
        return self.out(h[:, -1]).squeeze(-1)


def evaluate(model, ids, y):
    model.eval()
    with torch.no_grad():
        return nn.functional.mse_loss(model(ids), y).item()


def prune_scores(model, ids, y):
    model.zero_grad()
    nn.functional.mse_loss(model(ids), y).backward()
    return {n: (p * p.grad).abs() for n, p in model.named_parameters() if p.grad is not None}


model = KernLSTM()
for mod in (model.emb, model.lstm):
    for p in mod.parameters():
        p.requires_grad_(False)
ids, y = torch.randint(0, 20, (4, 5)), torch.randn(4)
print("val", evaluate(model, ids, y))
scores = prune_scores(model, ids, y)
print("scored", len(scores))
