# expect: clean
"""Fulling mill: predict cloth shrinkage from hammer-stroke sequences (token ids).

The stroke encoder is pretrained on other mills; the model keeps it in eval mode
(no dropout noise) by overriding train(), while the embedding and head adapt.
"""
import torch

from mill import ShrinkageModel, run_epochs


def main():
    torch.manual_seed(1)
    model = ShrinkageModel(vocab=20, dim=8)
    data = [(torch.randint(0, 20, (4, 7)), torch.rand(4)) for _ in range(3)]
    hist = run_epochs(model, data, epochs=2)
    print("losses", [round(h, 4) for h in hist])


if __name__ == "__main__":
    main()
