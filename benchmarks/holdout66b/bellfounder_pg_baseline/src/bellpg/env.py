import torch


class TuningEnv:
    """Toy environment: the agent shaves a bell until its partials line up."""

    obs_dim = 4
    n_actions = 3

    def __init__(self, horizon=5):
        self.horizon = horizon

    def reset(self):
        self.t = 0
        self.state = torch.randn(self.obs_dim)
        return self.state.clone()

    def step(self, action):
        self.t += 1
        self.state = self.state + 0.1 * (action - 1)
        reward = -self.state.abs().mean().item()
        return self.state.clone(), reward, self.t >= self.horizon
