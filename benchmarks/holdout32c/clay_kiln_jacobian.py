# expect: clean
"""Clay kiln firing schedule: sensitivity of the final glaze temperature to each ramp segment (jacrev)."""
from functools import partialmethod

import torch
import torch.nn as nn
from torch.func import functional_call, jacrev

torch.manual_seed(12)


class RampRecurrence(nn.Module):
    """Unrolled cell so the sensitivity analysis stays cheap and transform-friendly."""

    def __init__(self, n_in=2, hidden=8):
        super().__init__()
        self.cell = nn.LSTMCell(n_in, hidden)
        self.readout = nn.Linear(hidden, 1)

    def forward(self, ramps):
        h = ramps.new_zeros(ramps.shape[0], self.cell.hidden_size)
        c = torch.zeros_like(h)
        for t in range(ramps.shape[1]):
            h, c = self.cell(ramps[:, t], (h, c))
        return self.readout(h).squeeze(-1)


class KilnStudy:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-2)

    def _phase(self, training):
        self.model.train(training)
        return self

    fitting = partialmethod(_phase, True)
    probing = partialmethod(_phase, False)

    def fit(self, ramps, glaze, steps=5):
        self.fitting()
        for _ in range(steps):
            self.opt.zero_grad()
            loss = nn.functional.mse_loss(self.model(ramps), glaze)
            loss.backward()
            self.opt.step()
        return loss.item()

    def segment_sensitivity(self, ramp):
        self.probing()
        params = {k: v.detach() for k, v in self.model.named_parameters()}

        def final_temp(r):
            return functional_call(self.model, params, (r.unsqueeze(0),)).squeeze(0)

        return jacrev(final_temp)(ramp)


def main():
    ramps = torch.rand(6, 7, 2)
    glaze = ramps[:, :, 0].sum(1) - 0.5 * ramps[:, :, 1].mean(1)
    study = KilnStudy(RampRecurrence())
    print("fit loss", round(study.fit(ramps, glaze), 4))
    jac = study.segment_sensitivity(ramps[0])
    for t, row in enumerate(jac.tolist()):
        print(f"segment {t}: d/d(rate) {row[0]:+.3f}  d/d(hold) {row[1]:+.3f}")


if __name__ == "__main__":
    main()
