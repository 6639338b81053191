# expect: crash
"""Duck-decoy pond counts: a stateful GRU over a long stream of dawn counts.

Before training, the hidden state is primed on the archive stream (the model
is put in inference mode for that) and the primed state seeds truncated BPTT.
"""
import torch
import torch.nn as nn

CHUNK, BATCH = 5, 3


class DecoyCounter(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.inp = nn.Linear(2, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x, h=None):
        y, h = self.gru(torch.relu(self.inp(x)), h)
        return self.out(y).squeeze(-1), h


def prime_state(model, archive):
    model.eval()
    _, h = model(archive)
    return h


def stream(batch, length):
    t = torch.arange(length).float()
    ducks = torch.sin(t / 3)[None].repeat(batch, 1) + 0.1 * torch.randn(batch, length)
    wind = torch.randn(batch, length)
    return torch.stack([ducks, wind], -1), ducks.roll(-1, 1)


def main():
    torch.manual_seed(9)
    model = DecoyCounter()
    opt = torch.optim.RMSprop(model.parameters(), lr=5e-3)
    archive, _ = stream(BATCH, 12)
    x, y = stream(BATCH, 4 * CHUNK)
    h = prime_state(model, archive)
    model.train()
    for k in range(0, x.shape[1], CHUNK):
        pred, h_next = model(x[:, k:k + CHUNK], h)
        loss = nn.functional.mse_loss(pred, y[:, k:k + CHUNK])
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        h = h_next.detach()
        print(f"chunk {k // CHUNK}: loss {loss.item():.4f}")


if __name__ == "__main__":
    main()
