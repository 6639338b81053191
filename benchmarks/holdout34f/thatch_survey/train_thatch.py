# expect: clean
"""Thatched-roof survey: predicts re-thatching need from yearly moisture readings."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

import torch  # noqa: E402

from thatch import RoofTrainer, build_model  # noqa: E402
from thatch.utils import accuracy  # noqa: E402


class SurveyTrainer(RoofTrainer):
    def on_epoch_end(self, epoch):
        acc = accuracy(self.model, *self.val_batch)
        print(f"epoch {epoch} val acc {acc:.3f}")


def main():
    torch.manual_seed(4)
    batches = [(torch.randn(5, 6, 3), torch.randint(0, 2, (5,))) for _ in range(3)]
    val = (torch.randn(5, 6, 3), torch.randint(0, 2, (5,)))
    trainer = SurveyTrainer(build_model(), val_batch=val)
    trainer.fit(batches, epochs=3)
    print("ok")


if __name__ == "__main__":
    main()
