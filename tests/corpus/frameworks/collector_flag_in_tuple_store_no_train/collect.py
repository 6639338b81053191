import torch


class Collector:
    def __init__(self, policy, is_test=False):
        self.policy, self.is_test = policy, is_test

    def collect(self, episodes):
        if self.is_test:
            self.policy.eval()
        with torch.no_grad():
            return [self.policy(torch.randn(1, 5, 4)) for _ in range(episodes)]
