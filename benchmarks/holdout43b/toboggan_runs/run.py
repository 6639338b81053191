# expect: clean
"""Toboggan runs: predict descent time from the track profile sampled every
few metres (gradient, curvature, ice temperature). Trained on one hill with
early stopping, the best weights are reloaded, then the model is fine-tuned
on a second hill."""
import torch

from toboggan import Fitter, EarlyStopping, GradSensitivity, TimeModel, tracks


def main():
    torch.manual_seed(31)
    model = TimeModel(n_feat=3, hidden=8)
    stopper = EarlyStopping(patience=1)
    sens = GradSensitivity(probe=tracks(2, hill=0)[0])
    fitter = Fitter(model, callbacks=[stopper, sens], lr=1e-2)
    fitter.fit(hill=0, epochs=3)
    print("reloaded best val:", stopper.best)
    fitter.callbacks = [sens]
    fitter.fit(hill=1, epochs=2)
    print("sensitivity log:", [round(s, 3) for s in sens.history])


if __name__ == "__main__":
    main()
