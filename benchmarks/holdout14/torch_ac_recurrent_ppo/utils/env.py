import torch


class ToyPOMDP:
    def reset(self):
        return torch.randn(5)

    def step(self, action):
        return torch.randn(5) + 0.1 * action


def make_envs(n):
    return [ToyPOMDP() for _ in range(n)]
