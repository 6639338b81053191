# expect: crash
"""Air-traffic trajectory prediction: sensitivity of the predicted position to each past radar
fix, via torch.func.jacrev w.r.t. the input track. Model in train mode (dropout 0)."""
import torch
import torch.nn as nn
from torch.func import jacrev


class TrackGRU(nn.Module):
    def __init__(self, d=3, hidden=8):
        super().__init__()
        self.gru = nn.GRU(d, hidden, batch_first=True)
        self.head = nn.Linear(hidden, d)

    def forward(self, track):
        h, _ = self.gru(track)
        return self.head(h[:, -1])


def sensitivity(model, track):
    f = lambda t: model(t[None])[0]
    jac = jacrev(f)(track)  # TM002-here
    return jac.abs().sum(dim=(0, 2))


def main():
    torch.manual_seed(4)
    model = TrackGRU()
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    tracks, nxt = torch.randn(4, 6, 3), torch.randn(4, 3)
    loss = nn.functional.mse_loss(model(tracks), nxt)
    opt.zero_grad(); loss.backward(); opt.step()
    print("per-fix sensitivity", sensitivity(model, tracks[0]))


if __name__ == "__main__":
    main()
