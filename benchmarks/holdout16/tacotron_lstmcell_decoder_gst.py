# expect: clean
"""Tacotron2-ish decoder (prenet + attention LSTMCell + decoder LSTMCell). A style
token is optimised through the frozen, inference-mode decoder."""
import torch
import torch.nn as nn


class Prenet(nn.Module):
    def __init__(self, n_mels, d):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(n_mels, d), nn.Linear(d, d)])

    def forward(self, x):
        for l in self.layers:
            x = nn.functional.dropout(torch.relu(l(x)), 0.5, training=True)
        return x


class Decoder(nn.Module):
    def __init__(self, n_mels=4, d=8, enc=8):
        super().__init__()
        self.n_mels = n_mels
        self.prenet = Prenet(n_mels, d)
        self.attention_rnn = nn.LSTMCell(d + enc, d)
        self.decoder_rnn = nn.LSTMCell(d + enc, d)
        self.linear_projection = nn.Linear(d + enc, n_mels)

    def forward(self, memory, steps=5):
        b = memory.size(0)
        h = c = h2 = c2 = memory.new_zeros(b, 8)
        frame = memory.new_zeros(b, self.n_mels)
        ctx = memory.mean(1)
        outs = []
        for _ in range(steps):
            p = self.prenet(frame)
            h, c = self.attention_rnn(torch.cat([p, ctx], -1), (h, c))
            w = torch.softmax((memory @ h.unsqueeze(-1)).squeeze(-1), -1)
            ctx = (w.unsqueeze(-1) * memory).sum(1)
            h2, c2 = self.decoder_rnn(torch.cat([h, ctx], -1), (h2, c2))
            frame = self.linear_projection(torch.cat([h2, ctx], -1))
            outs.append(frame)
        return torch.stack(outs, 1)


torch.manual_seed(0)
decoder = Decoder().eval()
for p in decoder.parameters():
    p.requires_grad_(False)
memory = torch.randn(2, 6, 8)
style = torch.zeros(1, 1, 8, requires_grad=True)
opt = torch.optim.Adam([style], lr=0.05)
target = torch.randn(2, 5, 4)
for _ in range(3):
    mel = decoder(memory + style)
    loss = nn.functional.mse_loss(mel, target)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("style norm", style.norm().item())
