# expect: crash
"""Lyrics LM: pre-train on all artists, then fine-tune on one; phases come from dataclasses.replace'd configs."""
import torch

from config import RunConfig
from lm import RhymeLM
from routines import fit, perplexity

torch.manual_seed(24)
cfg = RunConfig()
model = RhymeLM(hidden=cfg.hidden)
print("pretrain loss", round(fit(model, cfg), 3))
eval_cfg = cfg.for_eval()
print("ppl", round(perplexity(model, eval_cfg), 2))
ft_cfg = eval_cfg.for_finetune(lr=5e-4)  # derived from the eval config, so phase is still "eval"
print("finetune loss", round(fit(model, ft_cfg), 3))
