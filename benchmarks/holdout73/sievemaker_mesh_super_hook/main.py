# expect: clean
import torch

from lite import LiteTrainer
from tasks.mesh import MeshGradeTask


def loader(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(6, 9, 2, generator=g), torch.randint(0, 3, (6,), generator=g)) for _ in range(n)]


def main():
    torch.manual_seed(3)
    task = MeshGradeTask()
    trainer = LiteTrainer(max_epochs=2, val_check_interval=2)
    logged = trainer.fit(task, loader(5, 0), loader(2, 1))
    print(logged, task.val_history)


if __name__ == "__main__":
    main()
