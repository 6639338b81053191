# expect: clean
"""Entry: a subclass overrides on_validation_end to print metrics and then
defers to the base hook, which puts the model back into train mode."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from pound import StrayGRU, Trainer  # noqa: E402


class VerboseTrainer(Trainer):
    def on_validation_end(self, epoch, metrics):
        print(f"epoch {epoch}: loss={metrics['loss']:.3f} acc={metrics['acc']:.2f}")
        super().on_validation_end(epoch, metrics)


def make(n, b=4):
    torch.manual_seed(n)
    return [(torch.randn(b, 6, 4), torch.randint(0, 2, (b,))) for _ in range(n)]


if __name__ == "__main__":
    trainer = VerboseTrainer(StrayGRU(), epochs=3)
    trainer.fit(make(3), make(2))
    print("finished", len(trainer.history))
