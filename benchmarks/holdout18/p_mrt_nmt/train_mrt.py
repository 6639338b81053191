# expect: clean
"""Minimum risk training for a toy GRU seq2seq; candidates are sampled in eval mode."""
import tomllib
from pathlib import Path

import torch

from nmt import Seq2Seq, mrt_loss, sample_candidates

cfg = tomllib.loads(Path(__file__).with_name("mrt.toml").read_text())
torch.manual_seed(66)
model = Seq2Seq(**cfg["model"])
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
src = torch.randint(1, 14, (3, 6))
ref = torch.randint(1, 14, (3, 6))
for step in range(cfg["mrt"]["steps"]):
    cands = sample_candidates(model, src, cfg["mrt"]["n_samples"])
    opt.zero_grad()
    loss = mrt_loss(model, src, ref, cands, cfg["mrt"]["alpha"])
    loss.backward()
    opt.step()
    print("risk", round(loss.item(), 4))
