# expect: clean
"""Fuller's felting-time model with a hand-written Lightning-like module, trainer and callbacks."""
import torch

from fulling import FeltModule, MiniTrainer, SaliencyCallback, PrintCallback


def main():
    torch.manual_seed(8)
    module = FeltModule(n_in=4, hidden=8)
    trainer = MiniTrainer(max_epochs=2, callbacks=[PrintCallback(), SaliencyCallback()])
    trainer.fit(module)


if __name__ == "__main__":
    main()
