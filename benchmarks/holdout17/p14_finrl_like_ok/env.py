import torch


class StockTradingEnv:
    def __init__(self, n_assets, window, steps):
        self.n, self.window, self.steps = n_assets, window, steps

    def reset(self):
        self.prices = 1 + 0.01 * torch.randn(self.window + self.steps + 1, self.n).cumsum(0)
        self.t = self.window
        return self._obs()

    def _obs(self):
        p = self.prices[self.t - self.window:self.t]
        return (p / p[-1]).unsqueeze(0)

    def step(self, weights):
        r = (self.prices[self.t + 1] / self.prices[self.t] - 1)
        reward = (weights * r).sum()
        self.t += 1
        return self._obs(), reward, self.t >= self.window + self.steps
