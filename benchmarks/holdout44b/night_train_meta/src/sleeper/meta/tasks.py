import torch


def sample_routes(n_tasks, n_support=4, n_query=4, stops=6, feats=4):
    tasks = []
    for _ in range(n_tasks):
        slope = torch.randn(feats)
        xs = torch.randn(n_support + n_query, stops, feats)
        ys = xs.mean(1) @ slope
        tasks.append(((xs[:n_support], ys[:n_support]), (xs[n_support:], ys[n_support:])))
    return tasks
