# expect: clean
"""Bellringer peals: a GRU scores how well a band keeps rounds; steps are closures made by factories."""
import torch
import torch.nn as nn

torch.manual_seed(12)


class PealScorer(nn.Module):
    def __init__(self, bells=6, hidden=8):
        super().__init__()
        self.gru = nn.GRU(bells, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, strikes):
        h, _ = self.gru(strikes)
        return self.score(h).squeeze(-1).mean(1)


def make_train_step(model, lr=1e-2):
    opt = torch.optim.Adam(model.parameters(), lr=lr)

    def step(x, y):
        model.train()
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        return loss.item()
    return step


def make_eval_step(model):
    def step(x, y):
        model.eval()
        with torch.no_grad():
            return nn.functional.l1_loss(model(x), y).item()
    return step


def peal(n_changes=4):
    x = torch.rand(5, n_changes, 6)
    return x, x.std(-1).mean(-1)


if __name__ == "__main__":
    model = PealScorer()
    train_step, eval_step = make_train_step(model), make_eval_step(model)
    for quarter in range(3):
        print("eval", round(eval_step(*peal()), 4))
        print("train", round(train_step(*peal()), 4))
