# expect: crash
"""Coopers' stave bending: predict spring-back of a heated oak stave, then ask
which points of the heating curve the prediction is most sensitive to.
"""
import torch

from staves import BendNet, fit, heating_curves, sensitivity_map


def main():
    torch.manual_seed(17)
    net = BendNet()
    print("fit loss", round(fit(net, heating_curves(24)), 4))
    curve, _ = heating_curves(3)
    sens = sensitivity_map(net, curve)
    print("sensitivity shape", tuple(sens.shape))
    print("most sensitive step per stave", sens.abs().sum(-1).argmax(-1).tolist())


if __name__ == "__main__":
    main()
