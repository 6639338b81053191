import torch


def task_sampler(n_tasks, shots=4, t=6):
    def sample():
        out = []
        for _ in range(n_tasks):
            scale = torch.rand(1) + 0.5
            xs, xq = torch.randn(shots, t, 3), torch.randn(shots, t, 3)
            out.append(((xs, scale * xs.sum((1, 2))), (xq, scale * xq.sum((1, 2)))))
        return out
    return sample
