import torch


def sample_tasks(n, shots=4, steps=6):
    tasks = []
    for _ in range(n):
        scale = torch.rand(1) * 2
        xs, xq = torch.randn(shots, steps, 3), torch.randn(shots, steps, 3)
        tasks.append(((xs, xs.sum((1, 2)) * scale), (xq, xq.sum((1, 2)) * scale)))
    return tasks
