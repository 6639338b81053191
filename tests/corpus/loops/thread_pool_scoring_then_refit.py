# expect: crash
"""One LSTM per ticker in a dict; scoring runs in a ThreadPoolExecutor (`pool.map(lambda t: score(models[t], x))`)
and score() puts each model in eval mode; refit() then backpropagates through the worst models without train()."""
from concurrent.futures import ThreadPoolExecutor

import torch
import torch.nn as nn


class PriceLSTM(nn.Module):
    def __init__(self, n_feat=3, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(n_feat, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


def score(model, x):
    model.eval()
    with torch.no_grad():
        return model(x).mean().item()


def refit(model, x, y, steps=2):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(steps):
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


torch.manual_seed(0)
tickers = ["AAPL", "MSFT", "NVDA", "AMZN"]
models = {t: PriceLSTM() for t in tickers}
x = torch.randn(2, 8, 3)
with ThreadPoolExecutor(max_workers=2) as pool:
    scores = dict(zip(tickers, pool.map(lambda t: score(models[t], x), tickers)))
print(scores)
for t in sorted(tickers, key=scores.get)[:2]:
    xt, yt = torch.randn(4, 8, 3), torch.randn(4, 1)
    print(t, refit(models[t], xt, yt))
