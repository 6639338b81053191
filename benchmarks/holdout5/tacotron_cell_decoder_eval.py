# expect: clean
# category: near_miss
"""Tacotron-like attention decoder built from LSTMCell steps. Guided-attention fine-tuning runs with
the model in eval mode (prenet dropout is applied explicitly, as Tacotron always does)."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(29)
N_MELS, ENC, DEC = 8, 12, 16


class Prenet(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(N_MELS, 16), nn.Linear(16, 16)])

    def forward(self, x):
        for lin in self.layers:
            x = F.dropout(F.relu(lin(x)), p=0.5, training=True)
        return x


class AttentionDecoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.prenet = Prenet()
        self.attention_rnn = nn.LSTMCell(16 + ENC, DEC)
        self.query = nn.Linear(DEC, ENC, bias=False)
        self.decoder_rnn = nn.LSTMCell(DEC + ENC, DEC)
        self.proj = nn.Linear(DEC + ENC, N_MELS)

    def forward(self, memory, mels):
        b = memory.size(0)
        h1 = c1 = h2 = c2 = memory.new_zeros(b, DEC)
        ctx = memory.new_zeros(b, ENC)
        prev = memory.new_zeros(b, N_MELS)
        outs, aligns = [], []
        for t in range(mels.size(1)):
            h1, c1 = self.attention_rnn(torch.cat([self.prenet(prev), ctx], 1), (h1, c1))
            align = torch.softmax(torch.bmm(memory, self.query(h1).unsqueeze(2)).squeeze(2), 1)
            ctx = torch.bmm(align.unsqueeze(1), memory).squeeze(1)
            h2, c2 = self.decoder_rnn(torch.cat([h1, ctx], 1), (h2, c2))
            outs.append(self.proj(torch.cat([h2, ctx], 1)))
            aligns.append(align)
            prev = mels[:, t]
        return torch.stack(outs, 1), torch.stack(aligns, 1)


def guided_attention_weights(t_dec, t_enc, g=0.2):
    n = torch.arange(t_dec).float().unsqueeze(1) / t_dec
    t = torch.arange(t_enc).float().unsqueeze(0) / t_enc
    return 1 - torch.exp(-((n - t) ** 2) / (2 * g * g))


encoder = nn.Embedding(20, ENC)
decoder = AttentionDecoder()
params = list(encoder.parameters()) + list(decoder.parameters())
opt = torch.optim.Adam(params, lr=1e-3)
encoder.eval()
decoder.eval()
for step in range(3):
    text, mels = torch.randint(0, 20, (2, 5)), torch.randn(2, 7, N_MELS)
    pred, align = decoder(encoder(text), mels)
    loss = F.l1_loss(pred, mels) + (align * guided_attention_weights(7, 5)).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(f"step {step}: loss {loss.item():.3f}")
