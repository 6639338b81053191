# expect: clean
import torch
from coopkit import StaveModel, Trainer


def make_loader(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 6, 4, generator=g), torch.randint(0, 2, (4,), generator=g).float()) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(0)
    trainer = Trainer(max_epochs=2, num_sanity_val_steps=1)
    print(trainer.fit(StaveModel(), make_loader(3, 1), make_loader(2, 2)))
