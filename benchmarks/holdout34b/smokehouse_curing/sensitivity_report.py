# expect: clean
"""Smokehouse curing: predict final moisture of a side of salmon from the
smoke/temperature log, then report d(moisture)/d(log) with torch.func.jacrev.

The recurrent core is an unrolled LSTMCell (the legacy curing model was written
that way to allow per-step interventions).
"""
import logging

import torch

from smokehouse.model import CuringNet
from smokehouse.train import fit, curing_logs
from smokehouse.report import input_jacobian

logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
log = logging.getLogger("smokehouse")


def main():
    torch.manual_seed(31)
    model = CuringNet()
    fit(model, curing_logs(12))
    model.eval()
    x = curing_logs(1)[0][0][0]
    jac = input_jacobian(model, x)
    log.info("jacobian shape %s, hottest step %d", tuple(jac.shape), int(jac.abs().sum(-1).argmax()))


if __name__ == "__main__":
    main()
