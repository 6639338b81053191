# expect: clean
"""Cattle-drove pace models: a dict of per-route models, evaluated, then the weakest one is refitted."""
import torch
from torch import nn


def make(kind):
    rnn = {"gru": nn.GRU, "lstm": nn.LSTM}[kind](3, 6, batch_first=True)
    return nn.ModuleDict({"rnn": rnn, "fc": nn.Linear(6, 1)})


def predict(m, x):
    h, _ = m["rnn"](x)
    return m["fc"](h[:, -1]).squeeze(-1)


def score_all(models, x, y):
    scores = {}
    for name, m in models.items():
        m.eval()
        with torch.no_grad():
            scores[name] = nn.functional.mse_loss(predict(m, x), y).item()
    return scores


def refit(m, x, y, steps=3):
    opt = torch.optim.SGD(m.parameters(), lr=0.05)
    for _ in range(steps):
        opt.zero_grad()
        loss = nn.functional.mse_loss(predict(m, x), y)
        loss.backward()
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(6)
    routes = {"north": make("gru"), "ridge": make("lstm"), "ford": make("gru")}
    x, y = torch.randn(5, 7, 3), torch.randn(5)
    scores = score_all(routes, x, y)
    worst = max(scores, key=scores.get)
    routes[worst].train()
    print("scores", {k: round(v, 3) for k, v in scores.items()}, "refit", worst)
    print("after", refit(routes[worst], x, y))


if __name__ == "__main__":
    main()
