import torch


class ToyEnv:
    """A vectorised toy environment: reward 1 when the action matches the sign of the first feature."""

    def __init__(self, n_envs=4, obs_dim=4, seed=0):
        self.n_envs, self.obs_dim = n_envs, obs_dim
        self.g = torch.Generator().manual_seed(seed)

    def reset(self):
        self.obs = torch.randn(self.n_envs, self.obs_dim, generator=self.g)
        return self.obs

    def step(self, actions):
        reward = (actions == (self.obs[:, 0] > 0).long()).float()
        self.obs = torch.randn(self.n_envs, self.obs_dim, generator=self.g)
        return self.obs, reward
