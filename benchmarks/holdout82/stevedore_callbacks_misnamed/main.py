# expect: crash
import torch

from stevedore import CargoTask, PrintMetrics, RestoreTrainMode, Runner


def loader(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 7, 5, generator=g), torch.randint(0, 3, (4,), generator=g)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(1)
    printer = PrintMetrics()
    runner = Runner(callbacks=[printer, RestoreTrainMode()], epochs=3)
    runner.fit(CargoTask(), loader(3, 0), loader(2, 1))
    for row in printer.rows:
        print({k: round(v, 3) for k, v in row.items()})
