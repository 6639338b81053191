# expect: clean
"""Per-patient adaptation through the package's lazy attributes: the zoo model comes back in eval mode
and is put in train mode."""
import torch

import vitals

trainer = vitals.Trainer(vitals.zoo_model().train())
for _ in range(2):
    print(trainer.step(torch.randn(3, 5, 4), torch.randn(3)))
