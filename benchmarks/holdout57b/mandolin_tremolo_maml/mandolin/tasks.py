import torch


def sample_players(n_tasks=2, shots=4, t=8):
    tasks = []
    for _ in range(n_tasks):
        speed = torch.rand(1) * 3 + 1
        def draw(n):
            x = torch.randn(n, t, 2)
            y = speed * x[:, :, 0].abs().mean(1)
            return x, y
        tasks.append((draw(shots), draw(shots)))
    return tasks
