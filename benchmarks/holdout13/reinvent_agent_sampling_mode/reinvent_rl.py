# expect: crash
"""REINVENT 2-style RL run: a pretrained SMILES LSTM is saved with torch.save and loaded twice through
`Model.load_from_file(path, sampling_mode=...)`. The run config copies the prior's `sampling_mode=True` to the
agent too, so the agent module comes back in eval mode, and the RL loop in reinforcement.py trains it."""
import os
import tempfile

import torch

from models.model import Model, RNN
from reinforcement import ReinforcementLearning
from utils.scoring import tanimoto_like

config = {"prior": {"sampling_mode": True}, "sigma": 120, "batch_size": 6, "n_steps": 2}
config["agent"] = dict(config["prior"])


def main():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "pretrained.ckpt")
        Model(RNN(voc_size=12)).save(path)
        prior = Model.load_from_file(path, **config["prior"])
        agent = Model.load_from_file(path, **config["agent"])
    rl = ReinforcementLearning(prior, agent, scoring_function=tanimoto_like, sigma=config["sigma"])
    for step in range(config["n_steps"]):
        print(step, rl.step(config["batch_size"]))


if __name__ == "__main__":
    main()
    print("done")
