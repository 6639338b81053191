# expect: crash
"""One small LSTM per ticker; scoring runs in a thread pool, then the worst tickers are refit."""
from concurrent.futures import ThreadPoolExecutor

import torch

from jobs import refit_ticker, score_ticker
from models import PriceLSTM

torch.manual_seed(64)
tickers = ["AAA", "BBB", "CCC"]
models = {t: PriceLSTM() for t in tickers}
data = {t: (torch.randn(4, 6, 2), torch.randn(4)) for t in tickers}
with ThreadPoolExecutor(max_workers=2) as pool:
    scores = dict(zip(tickers, pool.map(lambda t: score_ticker(models[t], *data[t]), tickers)))
worst = sorted(scores, key=scores.get, reverse=True)[:2]
for t in worst:
    print(t, "refit loss", refit_ticker(models[t], *data[t]))
