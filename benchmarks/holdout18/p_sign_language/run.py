# expect: clean
import configparser
from pathlib import Path

import torch

from signlang import PoseGRU, apply_backend, run_epochs

cfg = configparser.ConfigParser()
cfg.read(Path(__file__).with_name("config.ini"))
apply_backend(cfg["backend"])
m = cfg["model"]
model = PoseGRU(m.getint("keypoints"), m.getint("hidden"), m.getint("classes"))
torch.manual_seed(33)
poses, labels = torch.randn(4, 7, 6, 2), torch.randint(0, 5, (4,))
run_epochs(model, poses, labels, cfg["train"].getint("epochs"), cfg["train"].getfloat("lr"))
