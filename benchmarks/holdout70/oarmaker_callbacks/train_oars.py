# expect: crash
import torch

from oarmaker import PeriodicValidation, StrokeModel, Task, Trainer


def fake_strokes(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 8, 3, generator=g), torch.randint(0, 2, (4,), generator=g)) for _ in range(n)]


def main():
    torch.manual_seed(0)
    task = Task(StrokeModel())
    val_cb = PeriodicValidation(every=2, batches=fake_strokes(2, 9))
    Trainer(task, callbacks=[val_cb]).fit(fake_strokes(3, 1))
    print("val history", [round(a, 2) for a in val_cb.history])


if __name__ == "__main__":
    main()
