import torch


class ToyEnv:
    def __init__(self, obs_size, n_actions, horizon):
        self.obs_size, self.n_actions, self.horizon = obs_size, n_actions, horizon

    def reset(self):
        self.t = 0
        return torch.randn(self.obs_size)

    def step(self, action):
        self.t += 1
        return torch.randn(self.obs_size), float(action == 0), self.t >= self.horizon, {}
