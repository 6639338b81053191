# expect: crash
"""Vehicle trajectory prediction: sensitivity of the predicted future positions
to each observed past position, computed with torch.func.jacrev on an LSTM
encoder-decoder (model left in train mode on purpose; the Jacobian is cheap)."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(9)
OBS, PRED = 4, 3


class TrajLSTM(nn.Module):
    def __init__(self, hid=8):
        super().__init__()
        self.enc = nn.LSTM(2, hid, batch_first=True)
        self.dec = nn.Linear(hid, PRED * 2)

    def forward(self, past):
        _, (h, _) = self.enc(past)
        return self.dec(h[-1]).view(-1, PRED, 2)


def sensitivity(model, track):
    def f(p):
        return model(p.unsqueeze(0)).squeeze(0)
    J = jacrev(f)(track)  # TM002-here
    return J.abs().sum(dim=(0, 1, 3))


if __name__ == "__main__":
    model = TrajLSTM()
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    for _ in range(3):
        past, fut = torch.randn(4, OBS, 2), torch.randn(4, PRED, 2)
        loss = (model(past) - fut).pow(2).mean()
        opt.zero_grad(); loss.backward(); opt.step()
    print("influence of each observed step:", sensitivity(model, torch.randn(OBS, 2)).tolist())
