# expect: crash
"""Coracle builders: predict hull leak rate from the weave-tension trace recorded while
a coracle's willow frame is stretched with hide.  The optimiser scales its step by a
Hessian-vector-product curvature estimate (a cheap Newton-ish trust region).
"""
from coracle.model import LeakRNN
from coracle.opt import CurvatureScaledSGD, fit


def main():
    import torch
    torch.manual_seed(41)
    model = LeakRNN(hidden=8)
    opt = CurvatureScaledSGD(model.parameters(), lr=0.05)
    for line in fit(model, opt, steps=3):
        print(line)


if __name__ == "__main__":
    main()
