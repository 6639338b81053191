# expect: clean
"""Perfumer e-nose: linear probe for top-note family on a pretrained sensor encoder."""
import torch

from nose.encoder import ScentEncoder, pretrain_encoder
from nose.probing import freeze_backbone, train_probe


def main():
    torch.manual_seed(17)
    enc = ScentEncoder(n_sensor=8, d_emb=6, hidden=10)
    pretrain_encoder(enc, steps=3)
    freeze_backbone(enc)
    head = torch.nn.Linear(10, 4)
    acc = train_probe(enc, head, epochs=2)
    print("probe acc", round(acc, 3))


if __name__ == "__main__":
    main()
