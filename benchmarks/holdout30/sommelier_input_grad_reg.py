# expect: crash
"""Sommelier tasting notes: score regression with an input-gradient (double backprop) regulariser."""
import torch
import torch.nn as nn

torch.manual_seed(7)
CONFIG = {"vocab": 30, "emb": 8, "hidden": 10, "lam": 0.1, "steps": 3}


class NoteScorer(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.emb = nn.Embedding(cfg["vocab"], cfg["emb"])
        self.lstm = nn.LSTM(cfg["emb"], cfg["hidden"], batch_first=True)
        self.out = nn.Linear(cfg["hidden"], 1)

    def score_embedded(self, e):
        return self.out(self.lstm(e)[0].mean(1)).squeeze(-1)


def regularised_loss(model, tokens, target, lam):
    e = model.emb(tokens)
    pred = model.score_embedded(e)
    mse = nn.functional.mse_loss(pred, target)
    (g,) = torch.autograd.grad(mse, e, create_graph=True)
    return mse + lam * g.pow(2).sum(-1).mean()


model = NoteScorer(CONFIG)
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
tokens = torch.randint(0, CONFIG["vocab"], (6, 12))
target = torch.rand(6) * 100
model.train()
for step in range(CONFIG["steps"]):
    loss = regularised_loss(model, tokens, target, CONFIG["lam"])
    opt.zero_grad()
    loss.backward()  # TM003-here
    opt.step()
print("loss", loss.item())
