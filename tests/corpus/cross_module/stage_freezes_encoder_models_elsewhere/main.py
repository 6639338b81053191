# expect: clean
"""A kiln-temperature forecaster run as a list of stages from a package: the stage module imports no model
(the package `__init__` imports the nets that fill the factory). `score` leaves the model in eval mode; the
`probe` stage after it freezes the recurrent encoder and fits only the head on raw readings, so no gradient
reaches the GRU and cuDNN never runs its backward."""
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
