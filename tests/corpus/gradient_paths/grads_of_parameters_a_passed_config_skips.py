# expect: clean
"""Influence scores take gradients only of the parameters whose names the run's settings do not skip; the
settings table is a module-level dict the script passes down (`score(model, batch, SETTINGS)`), and it skips
the embedding and the LSTM: no gradient goes back through the eval-mode LSTM."""
import torch
from torch import nn

SETTINGS = {"lr": 1e-2, "skip": ("embed", "rnn"), "steps": 2}


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(20, 6)
        self.rnn = nn.LSTM(6, 6, batch_first=True)
        self.head = nn.Linear(6, 3)

    def forward(self, ids):
        seq, _ = self.rnn(self.embed(ids))
        return self.head(seq[:, -1])


def fit(model, settings):
    opt = torch.optim.SGD(model.parameters(), lr=settings["lr"])
    model.train()
    for _ in range(settings["steps"]):
        ids, y = torch.randint(0, 20, (4, 5)), torch.randint(0, 3, (4,))
        loss = nn.functional.cross_entropy(model(ids), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


def scored_parameters(model, settings):
    return [p for name, p in model.named_parameters() if not name.startswith(settings["skip"])]


def influence(model, ids, settings):
    model.eval()
    params = scored_parameters(model, settings)
    logits = model(ids)
    loss = nn.functional.cross_entropy(logits, logits.argmax(-1))
    grads = torch.autograd.grad(loss, params)
    return sum(g.norm() for g in grads).item()


if __name__ == "__main__":
    model = Tagger()
    fit(model, SETTINGS)
    print("influence", influence(model, torch.randint(0, 20, (2, 5)), SETTINGS))
