# expect: clean
"""Ropery: an ensemble of strand-tension forecasters kept in a dict; the
members are re-trained each round after a validation pass."""
import torch
from torch import nn


def make_member(kind):
    rnn = {"gru": nn.GRU, "lstm": nn.LSTM}[kind](3, 8, batch_first=True)
    return nn.ModuleDict({"rnn": rnn, "head": nn.Linear(8, 1)})


def predict(member, x):
    h, _ = member["rnn"](x)
    return member["head"](h[:, -1])


def validate(members, x, y):
    scores = {}
    for name, m in members.items():
        m.eval()
        with torch.no_grad():
            scores[name] = nn.functional.mse_loss(predict(m, x), y).item()
    return scores


def main():
    torch.manual_seed(4)
    members = {"g0": make_member("gru"), "l0": make_member("lstm"), "g1": make_member("gru")}
    opts = {k: torch.optim.Adam(m.parameters(), 1e-2) for k, m in members.items()}
    xv, yv = torch.randn(4, 6, 3), torch.randn(4, 1)
    scores = validate(members, xv, yv)
    for rnd in range(2):
        best = min(scores, key=scores.get)
        for name, m in members.items():
            m.train()
            if name == best:
                continue
            x, y = torch.randn(4, 6, 3), torch.randn(4, 1)
            loss = nn.functional.mse_loss(predict(m, x), y)
            opts[name].zero_grad()
            loss.backward()
            opts[name].step()
        scores = validate(members, xv, yv)
    print({k: round(v, 3) for k, v in scores.items()})


if __name__ == "__main__":
    main()
