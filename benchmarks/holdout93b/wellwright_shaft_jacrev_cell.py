# expect: clean
"""Well-shaft water-level forecaster (wellwright survey): input sensitivity maps with
torch.func.jacrev. The recurrent core is an unrolled LSTMCell, as in the field unit's
firmware port, so no fused RNN kernel is involved."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(4)
FEAT, HID, SEQ = 2, 8, 5


class ShaftCell(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.LSTMCell(FEAT, HID)
        self.reg = nn.Linear(HID, 1)

    def forward(self, x):
        h = x.new_zeros(x.shape[0], HID)
        c = x.new_zeros(x.shape[0], HID)
        for t in range(x.shape[1]):
            h, c = self.cell(x[:, t], (h, c))
        return self.reg(h).squeeze(-1)


def main():
    model = ShaftCell()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    x, y = torch.randn(4, SEQ, FEAT), torch.randn(4)
    for _ in range(3):
        loss = ((model(x) - y) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    for i in range(2):
        sens = jacrev(lambda s: model(s.unsqueeze(0)).squeeze(0))(x[i])
        print("sheet", i, "sensitivity per step", [round(v, 3) for v in sens.abs().sum(-1).tolist()])


if __name__ == "__main__":
    main()
