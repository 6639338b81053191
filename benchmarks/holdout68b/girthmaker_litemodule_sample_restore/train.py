# expect: clean
"""girthmaker: saddle-girth buckle-sequence LM with a hand-written Lightning-like module."""
import torch

from minilit import MiniTrainer
from buckle_module import BuckleLM


def main():
    torch.manual_seed(9)
    module = BuckleLM(vocab=12, hidden=8)
    trainer = MiniTrainer(max_epochs=2, steps_per_epoch=2)
    trainer.fit(module)
    print("samples", module.last_sample)


if __name__ == "__main__":
    main()
