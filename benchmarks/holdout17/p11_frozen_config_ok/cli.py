# expect: clean
"""jsonargparse/OmegaConf-flavoured config (a frozen dataclass merged from a YAML-like dict);
the backend section turns cuDNN off, so the post-eval adaptation step is safe."""
import torch

from config import ExperimentConfig, merge
from experiment import Experiment

torch.manual_seed(48)

OVERRIDES = {"trainer": {"epochs": 2}, "backend": {"cudnn": False, "deterministic": True}}

if __name__ == "__main__":
    cfg = merge(ExperimentConfig(), OVERRIDES)
    Experiment(cfg).run()
    print("done")
