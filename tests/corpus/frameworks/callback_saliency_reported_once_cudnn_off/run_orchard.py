# expect: clean
"""Orchard frost alerts. The script hands the trainer a saliency callback from another module; every other batch the
callback puts the model in eval mode and back-propagates a class score to the inputs, with cuDNN off for that
forward (its own RNN kernels run a backward in eval mode)."""
import torch

from grove import FrostNet, SaliencyCallback, Trainer

if __name__ == "__main__":
    torch.manual_seed(1)
    batches = [(torch.randn(4, 6, 3), torch.randint(0, 2, (4,))) for _ in range(3)]
    saliency = SaliencyCallback(every=2)
    Trainer(FrostNet(), callbacks=[saliency]).fit(batches, epochs=1)
    print(len(saliency.maps))
