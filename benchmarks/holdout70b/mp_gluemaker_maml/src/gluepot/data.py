import torch


class RecipeSampler:
    def __init__(self, t=5, n=4):
        self.t, self.n = t, n

    def sample(self, k):
        tasks = []
        for _ in range(k):
            w = torch.randn(3)
            xs, xq = torch.randn(self.n, self.t, 3), torch.randn(self.n, self.t, 3)
            tasks.append(((xs, (xs @ w).mean(1)), (xq, (xq @ w).mean(1))))
        return tasks
