# expect: crash
"""Recipe generation: a trainer whose `evaluation()` method returns a context manager. The
"refit on the validation recipes" step was placed inside the `with` block."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from recipes import RecipeTrainer, make_batches  # noqa: E402


def main():
    torch.manual_seed(0)
    trainer = RecipeTrainer(vocab=30, hidden=10)
    train, val = make_batches(3), make_batches(1)
    for epoch in range(2):
        print("train", trainer.train_epoch(train))
        with trainer.evaluation():
            ppl = trainer.perplexity(val)
            print("val ppl", ppl)
            if ppl > 5:
                trainer.refit(val)


if __name__ == "__main__":
    main()
