# expect: crash
"""Three GRU networks built into a dict by name from a module-level table; a quality report puts the
encoder and decoder in eval mode by name, and the trainer, which hands its networks out through __getattr__,
trains the encoder again without switching it back (the critic phase is safe: the encoder runs under no_grad)."""
import torch

from nets import build_all, quality_report
from phases import PhaseTrainer

nets = build_all()
trainer = PhaseTrainer(nets)
batch = torch.randn(4, 5, 3)
trainer.reconstruct(batch)
print("quality", quality_report(nets, batch))
trainer.criticise(batch)
trainer.reconstruct(batch)  # TM001-here
