# expect: clean
"""The same networks and trainer; after the quality report the run puts the encoder and decoder back in
train mode by name."""
import torch

from nets import build_all, quality_report
from phases import PhaseTrainer

nets = build_all()
trainer = PhaseTrainer(nets)
batch = torch.randn(4, 5, 3)
trainer.reconstruct(batch)
print("quality", quality_report(nets, batch))
for name in ("encoder", "decoder"):
    nets[name].train()
trainer.criticise(batch)
trainer.reconstruct(batch)
