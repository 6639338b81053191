# expect: crash
"""Domain adaptation runs the export script with runpy and takes its LSTM from the namespace it returns; the export
script left it in eval mode, so the adaptation step's backward fails on a GPU."""
import runpy

import torch

ns = runpy.run_path("export_lm.py")
lm, proj = ns["lm"], ns["proj"]
params = list(lm.parameters()) + list(proj.parameters())
opt = torch.optim.Adam(params, lr=1e-3)
seq = torch.randn(3, 9, 5)
out, _ = lm(seq[:, :-1])
loss = (proj(out) - seq[:, 1:]).pow(2).mean()
loss.backward()  # TM001-here
opt.step()
print(round(loss.item(), 4))
