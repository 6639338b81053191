# expect: crash
"""A kiln-temperature forecaster run as a list of stages from a package: the stage module imports no model
(the package `__init__` imports the nets that fill the factory). `score` leaves the model in eval mode; the
`probe` stage after it freezes the recurrent encoder, but this net refines the encoder's states with a
second GRU the probe leaves trainable: the probe's backward runs through it in eval mode."""
import argparse

import torch

from kiln import make_model, run_stages

if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--net", default="gru")
    args = parser.parse_args()
    torch.manual_seed(0)
    net = make_model(args.net, width=16)
    run_stages(net, {"stages": ["fit", "score", "probe"], "steps": 3, "batch": 8})
