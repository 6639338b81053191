# expect: crash
"""Dye-vat controller: a GRU maps the last 8 readings of (temperature, pH, dye
concentration) to the colour-fastness score. The engineers want the sensitivity of the
score to every reading: a Jacobian with respect to the input, via torch.func.jacrev."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(13)


class DyeVat(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6)
        self.score = nn.Linear(6, 1)

    def forward(self, seq):  # seq: (T, 3), unbatched
        out, _ = self.gru(seq)
        return self.score(out[-1]).squeeze(-1)


def sensitivity_table(model, seq):
    model.eval()
    jac = jacrev(model)(seq)  # TM002-here
    names = ["temp", "pH", "conc"]
    return {n: jac[:, i].abs().sum().item() for i, n in enumerate(names)}


if __name__ == "__main__":
    vat = DyeVat()
    seq = torch.randn(8, 3)
    table = sensitivity_table(vat, seq)
    for k, v in table.items():
        print(f"{k:5s} {v:.4f}")
