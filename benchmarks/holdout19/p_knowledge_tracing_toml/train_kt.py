# expect: crash
"""DKT+ knowledge tracing driven by config.toml (read with tomllib)."""
import os
import tomllib

import torch

from kt import DKTPlus, Runner, synth_interactions

HERE = os.path.dirname(os.path.abspath(__file__))

if __name__ == "__main__":
    torch.manual_seed(0)
    with open(os.path.join(HERE, "config.toml"), "rb") as fh:
        cfg = tomllib.load(fh)
    model = DKTPlus(**cfg["model"])
    skills, correct = synth_interactions(8, 6, cfg["model"]["n_skills"])
    runner = Runner(model, cfg["train"])
    if cfg["train"]["eval_before_train"]:
        print("baseline bce", runner.evaluate(skills, correct))
    runner.train(skills, correct)
