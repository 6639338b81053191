"""Kaldi/ESPnet layout: src/bin/train.py imports `solver` and `encoder` by bare name (run.sh puts src/solver and
src/models on PYTHONPATH); Solver.train() cross-validates in eval mode and never calls train() before the next epoch."""
import argparse

import torch
from encoder import Encoder
from solver import Solver


def make_loader(n_batches, batch=2, frames=10, labels=3):
    return [(torch.randn(batch, frames, 4), torch.randint(1, 5, (batch, labels)),
             torch.full((batch,), frames, dtype=torch.long), torch.full((batch,), labels, dtype=torch.long))
            for _ in range(n_batches)]


def main(args):
    torch.manual_seed(args.seed)
    data = {"tr_loader": make_loader(3), "cv_loader": make_loader(1)}
    model = Encoder(elayers=args.elayers)
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    solver = Solver(data, model, optimizer, epochs=args.epochs)
    solver.train()


if __name__ == "__main__":
    parser = argparse.ArgumentParser("CTC acoustic model training")
    parser.add_argument("--elayers", type=int, default=1)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    main(parser.parse_args())
