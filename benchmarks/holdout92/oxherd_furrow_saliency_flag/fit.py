# expect: clean
import torch

from furrow import FurrowNet, HookedTrainer, LossPrinter, SaliencyLogger

torch.manual_seed(4)
g = torch.Generator().manual_seed(9)
batches = [(torch.randn(3, 6, 5, generator=g), torch.randn(3, generator=g)) for _ in range(3)]
saliency = SaliencyLogger(torch.randn(2, 6, 5, generator=g))
trainer = HookedTrainer([LossPrinter(), saliency], epochs=2)
trainer.fit(FurrowNet(), batches)
print("saliency rows", len(saliency.history))
