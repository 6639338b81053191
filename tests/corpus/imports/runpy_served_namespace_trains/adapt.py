# expect: clean
"""Domain adaptation runs the export script with runpy and takes its LSTM from the namespace it returns; the export
script left it in eval mode, and the adaptation puts the LSTM back in train mode before its forward."""
import runpy

import torch

ns = runpy.run_path("export_lm.py")
lm, proj = ns["lm"], ns["proj"]
params = list(lm.parameters()) + list(proj.parameters())
opt = torch.optim.Adam(params, lr=1e-3)
lm.train()
seq = torch.randn(3, 9, 5)
out, _ = lm(seq[:, :-1])
loss = (proj(out) - seq[:, 1:]).pow(2).mean()
loss.backward()
opt.step()
print(round(loss.item(), 4))
