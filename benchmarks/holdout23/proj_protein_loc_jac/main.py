# expect: crash
"""Protein subcellular localisation: train a BiLSTM, then per-residue Jacobian attributions with torch.func."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from ploc import LocBiLSTM, residue_jacobian, train_epoch  # noqa: E402


def main():
    torch.manual_seed(39)
    model = LocBiLSTM(n_aa=21, emb=6, hidden=6, n_loc=3)
    seqs = torch.randint(1, 21, (4, 10))
    locs = torch.randint(0, 3, (4,))
    for epoch in range(2):
        print("epoch", epoch, round(train_epoch(model, seqs, locs), 4))
    J = residue_jacobian(model, seqs[0])
    print("attribution shape", tuple(J.shape))


if __name__ == "__main__":
    main()
