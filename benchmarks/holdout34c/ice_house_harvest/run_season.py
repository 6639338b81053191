# expect: crash
import torch

from icehouse import build_task

torch.manual_seed(29)


def days(n, batch=4, hours=12):
    for _ in range(n):
        t = torch.randn(batch, hours, 3)
        yield t, 0.5 * torch.relu(t[..., 0]).cumsum(1)


if __name__ == "__main__":
    task = build_task(hidden=10, smooth_weight=0.05)
    for week in range(2):
        logs = [task.train_step(b) for b in days(3)]
        val = [task.valid_step(b) for b in days(1)]
        print(f"week {week} loss {logs[-1]['loss']:.3f} mae {val[0]['mae']:.3f}")
