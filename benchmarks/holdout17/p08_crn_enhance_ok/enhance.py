# expect: clean
"""Convolutional-recurrent (CRN) speech enhancement; a "freeze BN statistics" helper flips only the wrapper flag."""
import torch

from crn import CRN
from train_utils import freeze_wrapper, si_snr_loss, synth_batch

torch.manual_seed(46)


def main():
    model = CRN()
    opt = torch.optim.Adam(model.parameters(), 1e-3)
    for step in range(4):
        if step == 2:
            freeze_wrapper(model)
        noisy, clean = synth_batch()
        est = model(noisy)
        loss = si_snr_loss(est, clean)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4), model.training, model.lstm.training)
    print("done")


if __name__ == "__main__":
    main()
