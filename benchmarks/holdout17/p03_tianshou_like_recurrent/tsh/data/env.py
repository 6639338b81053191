import torch


class ToyPOMDP:
    def __init__(self, obs_dim, n_actions, horizon):
        self.obs_dim, self.n_actions, self.horizon = obs_dim, n_actions, horizon

    def reset(self):
        self.t = 0
        self.goal = torch.randint(0, self.n_actions, (1,)).item()
        obs = torch.zeros(self.obs_dim)
        obs[0] = float(self.goal)  # only visible at t=0
        return obs

    def step(self, action):
        self.t += 1
        rew = 1.0 if action == self.goal else 0.0
        return torch.randn(self.obs_dim) * 0.1, rew, self.t >= self.horizon
