# expect: crash
"""Saltpan brine-evaporation forecaster: stage 1 trains and exports a checkpoint
for the monitoring service, stage 2 resumes from it on the new season."""
import os
import tempfile

import torch

from saltpan.stages import export_checkpoint, pretrain, resume_finetune

torch.manual_seed(7)
season1 = [(torch.randn(4, 12, 3), torch.randn(4, 1)) for _ in range(4)]
season2 = [(torch.randn(4, 12, 3), torch.randn(4, 1)) for _ in range(4)]

tmpdir = tempfile.mkdtemp()
path = os.path.join(tmpdir, "brine.pt")
try:
    model = pretrain(season1)
    export_checkpoint(model, path, season1[0][0])
    losses = resume_finetune(path, season2)
    print("season 2 losses", [round(l, 4) for l in losses])
finally:
    if os.path.exists(path):
        os.remove(path)
    os.rmdir(tmpdir)
