# expect: clean
"""Keystroke-dynamics authentication: a GRU embeds (hold, flight) timing
sequences; a contrastive loss pulls sessions of the same user together.
For monitoring, the input-gradient norm of the loss is computed with
create_graph=True (a leftover from an abandoned penalty) and only logged.
"""
import torch
import torch.nn as nn


class TimingEncoder(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(2, hidden, num_layers=2, batch_first=True)
        self.proj = nn.Linear(hidden, 6)

    def forward(self, x):
        _, h = self.rnn(x)
        return nn.functional.normalize(self.proj(h[-1]), dim=-1)


def sessions(n_users=3, per_user=2, keys=7, seed=0):
    g = torch.Generator().manual_seed(seed)
    style = torch.rand(n_users, 1, 2, generator=g)
    x = style.repeat_interleave(per_user, 0) + 0.05 * torch.randn(n_users * per_user, keys, 2, generator=g)
    users = torch.arange(n_users).repeat_interleave(per_user)
    return x, users


def contrastive(emb, users, margin=0.5):
    d = torch.cdist(emb, emb)
    same = (users[:, None] == users[None, :]).float()
    return (same * d.pow(2) + (1 - same) * (margin - d).clamp(min=0).pow(2)).mean()


def main():
    torch.manual_seed(10)
    enc = TimingEncoder()
    opt = torch.optim.Adam(enc.parameters(), lr=1e-2)
    enc.train()
    for it in range(4):
        x, users = sessions(seed=it)
        x.requires_grad_(True)
        loss = contrastive(enc(x), users)
        (gx,) = torch.autograd.grad(loss, x, create_graph=True)
        sensitivity = gx.norm().item()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"it {it} loss {loss.item():.4f} input-grad {sensitivity:.4f}")


if __name__ == "__main__":
    main()
