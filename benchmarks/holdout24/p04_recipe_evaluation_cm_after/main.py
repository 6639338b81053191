# expect: clean
"""Recipe generation with `with trainer.evaluation():`; the refit happens after the block, once
the context manager has restored train mode."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from recipes import RecipeTrainer  # noqa: E402


def batches(n):
    return [torch.randint(0, 30, (3, 6)) for _ in range(n)]


def main():
    torch.manual_seed(0)
    trainer = RecipeTrainer(vocab=30, hidden=10)
    train, val = batches(3), batches(1)
    for epoch in range(2):
        print("train", trainer.train_epoch(train))
        with trainer.evaluation():
            ppl = trainer.perplexity(val)
        print("val ppl", ppl)
        if ppl > 5:
            trainer.refit(val)


if __name__ == "__main__":
    main()
