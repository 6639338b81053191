# expect: crash
"""Sketch-RNN: bidirectional LSTM encoder + LSTM decoder with a GMM (MDN) output; every few steps the model draws a
sketch with its own sample() method, which sets eval and never restores train."""
import torch
import torch.nn as nn
import torch.nn.functional as F

M, NZ = 3, 4


class SketchRNN(nn.Module):
    def __init__(self, enc_h=8, dec_h=10):
        super().__init__()
        self.encoder = nn.LSTM(5, enc_h, bidirectional=True)
        self.fc_mu, self.fc_sigma = nn.Linear(2 * enc_h, NZ), nn.Linear(2 * enc_h, NZ)
        self.decoder = nn.LSTM(5 + NZ, dec_h)
        self.fc_params = nn.Linear(dec_h, 6 * M + 3)

    def encode(self, strokes):
        _, (h, _) = self.encoder(strokes)
        h = torch.cat([h[0], h[1]], -1)
        mu, sigma_hat = self.fc_mu(h), self.fc_sigma(h)
        return mu + torch.exp(sigma_hat / 2) * torch.randn_like(mu), mu, sigma_hat

    def decode(self, inputs, z, hidden=None):
        zs = z.unsqueeze(0).expand(inputs.size(0), -1, -1)
        out, hidden = self.decoder(torch.cat([inputs, zs], -1), hidden)
        y = self.fc_params(out)
        pi, mu_x, mu_y, s_x, s_y, rho = torch.split(y[..., :6 * M], M, -1)
        return (F.log_softmax(pi, -1), mu_x, mu_y, s_x.exp(), s_y.exp(), torch.tanh(rho), y[..., 6 * M:]), hidden

    def sample(self, steps=5):
        self.eval()
        z = torch.randn(1, NZ)
        s = torch.tensor([[[0, 0, 1, 0, 0]]], dtype=torch.float)
        hidden, seq = None, []
        with torch.no_grad():
            for _ in range(steps):
                (logpi, mx, my, sx, sy, rho, q), hidden = self.decode(s, z, hidden)
                k = torch.distributions.Categorical(logits=logpi[0, 0]).sample()
                dx, dy = torch.normal(mx[0, 0, k], sx[0, 0, k]), torch.normal(my[0, 0, k], sy[0, 0, k])
                s = torch.zeros(1, 1, 5); s[0, 0, 0], s[0, 0, 1], s[0, 0, 2] = dx, dy, 1
                seq.append((dx.item(), dy.item()))
        return seq


def bivariate_nll(dx, dy, params):
    logpi, mx, my, sx, sy, rho, q = params
    zx, zy = (dx - mx) / sx, (dy - my) / sy
    zz = zx ** 2 + zy ** 2 - 2 * rho * zx * zy
    logn = -zz / (2 * (1 - rho ** 2)) - torch.log(2 * torch.pi * sx * sy * torch.sqrt(1 - rho ** 2))
    return -torch.logsumexp(logpi + logn, -1).mean()


model = SketchRNN()
opt = torch.optim.Adam(model.parameters(), 1e-3)
strokes = torch.randn(7, 4, 5) * 0.1
model.train()
for step in range(6):
    z, mu, sigma_hat = model.encode(strokes)
    sos = torch.zeros(1, 4, 5); sos[..., 2] = 1
    params, _ = model.decode(torch.cat([sos, strokes[:-1]]), z)
    kl = -0.5 * torch.mean(1 + sigma_hat - mu ** 2 - sigma_hat.exp())
    loss = bivariate_nll(strokes[..., :1], strokes[..., 1:2], params) + 0.5 * kl
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    if step % 2 == 1:
        print("sample", model.sample()[:2])
