# expect: crash
"""Second-order MAML over organs: each organ's pipes drift differently with temperature."""
import argparse

import torch

from organtune import PipeRNN, meta_step, sample_organ


def parse():
    p = argparse.ArgumentParser()
    p.add_argument("--meta-iters", type=int, default=3)
    p.add_argument("--tasks", type=int, default=3)
    p.add_argument("--inner-steps", type=int, default=2)
    p.add_argument("--first-order", action="store_true")
    return p.parse_args()


def main():
    args = parse()
    torch.manual_seed(7)
    model = PipeRNN()
    meta_opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for it in range(args.meta_iters):
        tasks = [sample_organ() for _ in range(args.tasks)]
        loss = meta_step(model, meta_opt, tasks, inner_steps=args.inner_steps,
                         first_order=args.first_order)
        print(f"meta-iter {it}: query loss {loss:.4f}")


if __name__ == "__main__":
    main()
