import torch


class Bandit:
    def __init__(self, probs):
        self.probs = probs

    def pull(self, a):
        return float(torch.rand(()) < self.probs[a])


def sample_task(n_arms=2):
    return Bandit(torch.rand(n_arms))
