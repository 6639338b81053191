import torch


class StockTradingEnv:
    def __init__(self, n_stocks=3, window=5, days=12, seed=0):
        g = torch.Generator().manual_seed(seed)
        self.prices = 10 + torch.randn(days, n_stocks, generator=g).cumsum(0) * 0.1
        self.window = window

    def windows(self):
        for t in range(self.window, len(self.prices) - 1):
            obs = self.prices[t - self.window:t]
            ret = self.prices[t + 1] / self.prices[t] - 1
            yield obs, ret
