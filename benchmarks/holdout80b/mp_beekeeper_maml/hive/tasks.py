import torch


def sample_tasks(n_tasks=2, k=3, steps=5):
    tasks = []
    for _ in range(n_tasks):
        w = torch.randn(2, 1)
        def make(n):
            x = torch.randn(n, steps, 2)
            return x, x.mean(1) @ w
        tasks.append((make(k), make(k)))
    return tasks
