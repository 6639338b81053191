# expect: clean
"""mmcv-runner-style training: hooks registered by decorator, config file names them by string."""
import importlib

import torch

from mmlite.runner import IterBasedRunner
from mmlite.registry import build

if __name__ == "__main__":
    torch.manual_seed(1)
    cfg = importlib.import_module("configs.gru_forecast").cfg
    model = build(cfg["model"])
    runner = IterBasedRunner(model=model, optimizer=torch.optim.Adam(model.parameters(), lr=1e-2),
                             work_dir="/tmp/unused", max_iters=cfg["max_iters"])
    for hook_cfg in cfg["hooks"]:
        runner.register_hook(build(hook_cfg))
    runner.run(cfg["data"])
    print("val history", runner.log_buffer)
