# expect: crash
"""Orchard frost alerts. The script hands the trainer a saliency callback from another module; every other batch the
callback puts the model in eval mode and back-propagates a class score to the inputs. The crash is the callback's,
reported once at its own backward (not again at the trainer's hook dispatch, which imports neither)."""
import torch

from orchard import FrostNet, SaliencyCallback, Trainer

if __name__ == "__main__":
    torch.manual_seed(1)
    batches = [(torch.randn(4, 6, 3), torch.randint(0, 2, (4,))) for _ in range(3)]
    saliency = SaliencyCallback(every=2)
    Trainer(FrostNet(), callbacks=[saliency]).fit(batches, epochs=1)
    print(len(saliency.maps))
