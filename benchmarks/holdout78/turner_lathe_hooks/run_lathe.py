# expect: crash
import torch

from lathe import LatheTrainer, SpindleLSTM


def synthetic(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(6, 8, 5, generator=g), torch.randn(6, generator=g)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(3)
    trainer = LatheTrainer(SpindleLSTM(), synthetic(4, 0), synthetic(2, 1), epochs=3)
    print(trainer.fit())
