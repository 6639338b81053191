# expect: clean
"""Knitting-pattern generation: an LSTM language model over stitch tokens (knit,
purl, yarn-over, k2tog, ...) is fine-tuned with REINFORCE against a frozen
"knittability" reward model that checks the stitch count stays balanced.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "src"))

import torch  # noqa: E402

from stitchgen import StitchLM, Knittability, reinforce_epoch  # noqa: E402


def main():
    torch.manual_seed(79)
    policy = StitchLM()
    reward_model = Knittability().freeze()
    opt = torch.optim.Adam(policy.parameters(), lr=3e-3)
    baseline = None
    for epoch in range(3):
        stats, baseline = reinforce_epoch(policy, reward_model, opt, baseline, n_batches=2)
        print(f"epoch {epoch}: reward {stats['reward']:.3f} loss {stats['loss']:.3f}")


if __name__ == "__main__":
    main()
