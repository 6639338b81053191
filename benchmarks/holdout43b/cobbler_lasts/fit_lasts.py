# expect: crash
"""Cobbler's lasts: predict the last size (length, girth, instep) from a
pressure-plate walk recorded as a sequence of frames, then report how
sensitive each prediction is to every frame of the walk (a Jacobian)."""
import torch

from cobbler import LastNet, fit, frame_sensitivity, walks


def main():
    torch.manual_seed(8)
    model = LastNet(n_sensors=6, hidden=10)
    fit(model, steps=3)
    model.eval()
    x, _ = walks(3)
    sens = frame_sensitivity(model, x)
    for i, s in enumerate(sens):
        print(f"walk {i}: most influential frame {int(s.argmax())}")


if __name__ == "__main__":
    main()
