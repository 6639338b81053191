# expect: crash
"""Entry script: build generator and predictor, then run a few policy-gradient epochs."""
import argparse

import torch

from generator import AffinityPredictor, StackGRUGenerator
from reinforce import Reinforce


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--batch_size", type=int, default=4)
    args = parser.parse_args(argv)
    torch.manual_seed(1)

    generator = StackGRUGenerator()
    predictor = AffinityPredictor()
    learner = Reinforce(generator, predictor, {"lr": 5e-4, "batch_size": args.batch_size})

    for epoch in range(args.epochs):
        loss, reward = learner.policy_gradient(epoch)
        print(f"epoch {epoch}: rl_loss {loss:.4f} mean reward {reward:.3f}")


if __name__ == "__main__":
    main([])
