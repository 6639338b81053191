# expect: crash
"""Cartographer: label survey traverses (ridge / valley / plain) from GPS
elevation sequences, reusing a frozen pretrained traverse encoder."""
import torch

from carto.nets import TraverseClassifier
from carto.fit import fit


def main():
    torch.manual_seed(13)
    model = TraverseClassifier(n_in=3, d_emb=6, hidden=8, n_cls=3)
    model.freeze_encoder()
    acc = fit(model, epochs=2)
    print("val acc", acc)


if __name__ == "__main__":
    main()
