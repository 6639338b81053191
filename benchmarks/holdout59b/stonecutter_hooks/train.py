# expect: crash
"""Stonecutter block-fracture predictor: a base trainer with hooks, overridden by a hard-mining subclass."""
import torch

from quarry import HardMiningTrainer, FractureNet


def main():
    torch.manual_seed(9)
    net = FractureNet(n_in=6, hidden=12)
    trainer = HardMiningTrainer(net, lr=5e-3, epochs=2)
    history = trainer.fit()
    print("history:", history)


if __name__ == "__main__":
    main()
