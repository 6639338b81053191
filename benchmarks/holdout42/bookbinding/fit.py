# expect: crash
import torch

from bindery import LiteTrainer, SpineTask


class PrintValAcc:
    def on_validation_end(self, trainer, module):
        print("val acc", round(trainer.last_val, 3))


def batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 9, 2, generator=g), torch.randint(0, 2, (4,), generator=g)) for _ in range(n)]


if __name__ == "__main__":
    trainer = LiteTrainer(max_epochs=1, val_every=2, callbacks=[PrintValAcc()])
    trainer.fit(SpineTask(), batches(5, 0), batches(2, 1))
